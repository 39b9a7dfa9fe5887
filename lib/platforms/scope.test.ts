// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { boxWithButtons } from './scope';

it('finds the box that holds the composer and its own send button', () => {
  document.body.innerHTML = `
    <main id="thread"><div id="row"><div id="slot"><div id="ed" contenteditable="true"><button>in editor</button></div></div>
    <div role="button">Verzenden</div></div></main>`;
  expect(boxWithButtons(document.getElementById('ed')!).id).toBe('row');
  document.body.innerHTML = '<div id="p"><textarea id="t"></textarea></div>';
  expect(boxWithButtons(document.getElementById('t')!).id).toBe('p');
});
