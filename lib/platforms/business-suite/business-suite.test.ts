// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { businessSuite, channelOf } from '.';

afterEach(() => {
  document.body.innerHTML = '';
});

const composer = (channels: string, box = '<div id="text" contenteditable="true"></div>') => {
  document.body.innerHTML = `<div role="dialog"><fieldset>${channels}</fieldset>${box}</div>`;
  return document.getElementById('text')!;
};

it('takes the platform from the channels switched on in the composer', () => {
  const fb = '<label><input type="checkbox" checked> Zorggroep Noord (Facebook)</label>';
  const igOn = '<div role="checkbox" aria-checked="true" aria-label="zorggroepnoord op Instagram"></div>';
  const igOff = '<div role="checkbox" aria-checked="false" aria-label="zorggroepnoord op Instagram"></div>';
  const fbOff = '<label><input type="checkbox"> Zorggroep Noord (Facebook)</label>';
  expect(channelOf(composer(fbOff + igOn))).toBe('instagram');
  expect(channelOf(composer(fb + igOff))).toBe('facebook');
  // Both: the Suite belongs to the Facebook Page, which is the sender.
  expect(channelOf(composer(fb + igOn))).toBe('facebook');
  expect(channelOf(composer(''))).toBe('facebook');
});

it('a box with its own channel (tab or label) goes to that channel', () => {
  const tabs =
    '<div role="tablist"><div role="tab" aria-selected="false">Facebook</div><div role="tab" aria-selected="true">Instagram</div></div>';
  expect(channelOf(composer(tabs))).toBe('instagram');
  expect(
    channelOf(composer('', '<div id="text" contenteditable aria-label="Tekst voor Facebook"></div>')),
  ).toBe('facebook');
});

it('a box in the composer is a post; the inbox is for messages', () => {
  expect(businessSuite.surfaceOf!(composer(''))).toBe('post');
  document.body.innerHTML = '<div contenteditable id="x" aria-label="Antwoorden"></div>';
  expect(businessSuite.surfaceOf!(document.getElementById('x')!)).toBe('reply');
});

it('without channel controls, the nearest text or icon that names one platform says where it goes', () => {
  document.body.innerHTML = `
    <main><nav>Facebook Instagram</nav>
      <section><header><img alt="Instagram"> opmerking van @familie_de_boer</header>
        <div><textarea id="text">Volg ons ook op Facebook</textarea></div></section></main>`;
  // The user's own words ("Facebook") are not read; the thread's icon is, before the menu further up.
  expect(channelOf(document.getElementById('text')!)).toBe('instagram');
  document.body.innerHTML =
    '<main><nav>Facebook Instagram</nav><div><textarea id="text"></textarea></div></main>';
  expect(channelOf(document.getElementById('text')!)).toBe('facebook');
});

it('a composer box labelled "Bericht" in the Suite is the post, not a message', () => {
  expect(
    businessSuite.surfaceOf!(composer('', '<div id="text" contenteditable aria-label="Bericht"></div>')),
  ).toBe('post');
});
