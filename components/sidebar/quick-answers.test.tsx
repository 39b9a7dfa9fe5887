// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../lib/checker/check';
import type { Finding } from '../../lib/checker/types';
import { exampleState } from './examples';
import { Sidebar } from './Sidebar';
import { spyActions } from './testing';

afterEach(cleanup);

/** A real report from the checker: a name found only through the care context of the draft. */
const draft =
  'Vandaag vierde Ria Jansen haar 100ste verjaardag in ons woonzorgcentrum. Mevrouw De Vries (94) ook.';
const report = check({ text: draft, surface: 'post' });
const guessed = report.findings.find((f) => f.text === 'Ria Jansen')!;
const titled = report.findings.find((f) => f.text === 'Mevrouw De Vries')!;

const personCards = () =>
  [...document.querySelectorAll<HTMLElement>('[data-rule="privacy/person"]')].filter(
    (c) => !c.querySelector('.details'),
  );

describe('quick answers on a name found through context', () => {
  it('come from the checker only for the guessed name', () => {
    expect(guessed.quickAnswers).toEqual(['colleague', 'consent']);
    expect(guessed.message).toMatch(/lijkt een naam van een bewoner/);
    expect(titled.quickAnswers).toBeUndefined();
  });

  it('show as "Is een collega" and "Toestemming gegeven" on its card, not on a certain one', () => {
    render(<Sidebar state={exampleState({ report })} actions={spyActions()} />);
    const cards = personCards();
    const ria = cards.find((c) => c.textContent!.includes('Ria Jansen'))!;
    const devries = cards.find((c) => c.textContent!.includes('Mevrouw De Vries'))!;
    expect(within(ria).getByRole('button', { name: 'Is een collega: “Ria Jansen”' })).toBeTruthy();
    expect(within(ria).getByRole('button', { name: 'Toestemming gegeven: “Ria Jansen”' })).toBeTruthy();
    expect(within(devries).queryByRole('button', { name: /Is een collega/ })).toBeNull();
  });

  it.each(['Is een collega', 'Toestemming gegeven'])('"%s" quiets the finding for this draft', (answer) => {
    const actions = spyActions();
    render(<Sidebar state={exampleState({ report })} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: `${answer}: “Ria Jansen”` }));
    expect(actions.ignore).toHaveBeenCalledTimes(1);
    expect(actions.ignore).toHaveBeenCalledWith(guessed);
  });

  it('the card is gone once the draft ignores it, and the other findings stay', () => {
    const ignored = new Set<string>();
    const key = (f: Finding) => `${f.ruleId}\u0000${f.text}`;
    const state = () =>
      exampleState({ report: { ...report, findings: report.findings.filter((f) => !ignored.has(key(f))) } });
    const actions = { ...spyActions(), ignore: (f: Finding) => void ignored.add(key(f)) };
    const { rerender } = render(<Sidebar state={state()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming gegeven: “Ria Jansen”' }));
    rerender(<Sidebar state={state()} actions={actions} />);
    expect(screen.queryByRole('button', { name: /“Ria Jansen”/ })).toBeNull();
    expect(personCards().some((c) => c.textContent!.includes('Mevrouw De Vries'))).toBe(true);
  });

  it('speaks English when the sidebar does', () => {
    render(<Sidebar state={exampleState({ report, lang: 'en' })} actions={spyActions()} />);
    expect(screen.getByRole('button', { name: 'Is a colleague: “Ria Jansen”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Consent given: “Ria Jansen”' })).toBeTruthy();
  });
});
