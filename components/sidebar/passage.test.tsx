// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../lib/checker/check';
import type { Finding } from '../../lib/checker/types';
import { exampleState } from './examples';
import { cardsOf, countBySeverity } from './grouping';
import { Sidebar } from './Sidebar';
import { spyActions } from './testing';
import { reviewSummary } from './summary';

afterEach(cleanup);

/** A passage whose age, room and moment together point to one resident: the real rule's findings. */
const TEXT =
  'Vannacht lag de 94-jarige man op kamer 12 van de afdeling Geriatrie erg onrustig. ' +
  'Ook zijn buurvrouw van 81 op kamer 14 sliep slecht.';
const findings = check({ text: TEXT, platform: 'facebook', surface: 'post', media: [] }).findings;
const passages = findings.filter((f) => f.ruleId === 'privacy/combination');

const show = (list: readonly Finding[], actions = spyActions()) => {
  render(
    <Sidebar
      state={exampleState({ report: { findings: [...list], stats: { ms: 1, words: 20 } } })}
      actions={actions}
    />,
  );
  return actions;
};

describe('one card per passage', () => {
  it('the combination rule reports several details of one passage (the premise of this test)', () => {
    expect(passages.length).toBeGreaterThan(1);
    expect(new Set(passages.map((f) => f.message)).size).toBeLessThan(passages.length);
  });

  it('cardsOf puts details with the same message together, in reading order, and nothing else', () => {
    const cards = cardsOf(findings);
    const passageCards = cards.filter(([f]) => f.ruleId === 'privacy/combination');
    expect(passageCards.length).toBe(new Set(passages.map((f) => `${f.severity}|${f.message}`)).size);
    for (const card of passageCards) {
      expect(card.every((f) => f.message === card[0].message)).toBe(true);
      expect(card.map((f) => f.start)).toEqual([...card.map((f) => f.start)].sort((a, b) => a - b));
    }
    expect(cards.flat().length).toBe(findings.length);
    expect(cards.filter(([f]) => f.ruleId !== 'privacy/combination').every((c) => c.length === 1)).toBe(true);
  });

  it('a BSN twice is still two cards: only passage rules merge', () => {
    const bsn = check({
      text: 'BSN 111222333 en BSN 123456782',
      platform: 'facebook',
      surface: 'post',
      media: [],
    }).findings.filter((f) => f.ruleId === 'privacy/bsn');
    expect(bsn.length).toBe(2);
    expect(cardsOf(bsn).length).toBe(2);
  });

  it('shows the passage once, with each detail selectable and fixable on its own; Negeren hides them all', () => {
    const actions = show(passages);
    const cards = document.querySelectorAll('li[data-rule="privacy/combination"]');
    expect(cards.length).toBe(cardsOf(passages).length);
    const first = cards[0] as HTMLElement;
    const [lead, ...rest] = cardsOf(passages)[0];
    const details = within(first).getByRole('list', { name: 'De details' });
    expect(within(details).getAllByRole('listitem').length).toBe(1 + rest.length);
    fireEvent.click(within(details).getByRole('button', { name: `“${lead.text}”, aanwijzen in je tekst` }));
    expect(actions.reveal).toHaveBeenCalledWith(lead);
    const fix = within(details).getAllByRole('listitem')[0].querySelector('button.btn-primary')!;
    fireEvent.click(fix);
    expect(actions.applySuggestion).toHaveBeenCalledWith(lead, lead.suggestions[0]);
    fireEvent.click(within(first).getByRole('button', { name: 'Negeren: alle details hierboven' }));
    expect(actions.ignore.mock.calls.map(([f]) => f)).toEqual([lead, ...rest]);
  });

  it('counts the passage once, in the header and in the summary', () => {
    const counts = countBySeverity(passages);
    expect(counts.stop + counts.check + counts.tip).toBe(cardsOf(passages).length);
    show(passages);
    const total = [...document.querySelectorAll('.overview .tile-n')].reduce(
      (n, el) => n + Number(el.textContent),
      0,
    );
    expect(total).toBe(cardsOf(passages).length);
    const summary = reviewSummary({ lang: 'nl', findings: passages, checklist: [], checked: new Set() });
    expect(summary.split('\n').filter((l) => l.startsWith('- Privacy:')).length).toBe(
      cardsOf(passages).length,
    );
    expect(summary).toContain(`“${cardsOf(passages)[0][1]?.text.trim()}”`);
    expect(screen.getAllByRole('button', { name: /aanwijzen in je tekst/ }).length).toBe(passages.length);
  });
});
