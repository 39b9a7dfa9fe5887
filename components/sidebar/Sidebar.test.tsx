// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import type { SidebarState } from './contract';
import { exampleFindings, exampleState } from './examples';
import { Sidebar } from './Sidebar';
import { ruleById } from '../../lib/checker/registry';
import { spyActions } from './testing';

afterEach(cleanup);

function withFindings(findings: Finding[], over: Partial<SidebarState> = {}): SidebarState {
  return exampleState({ report: { findings, stats: { ms: 1, words: 10 } }, ...over });
}

const byRule = (id: string) => exampleFindings.find((f) => f.ruleId === id)!;
const card = (id: string) => document.querySelector<HTMLElement>(`[data-rule="${id}"]`)!;

describe('landmark and headings', () => {
  it('is a complementary landmark named Zorgvuldig with a heading per category', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(screen.getByRole('complementary', { name: 'Zorgvuldig' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Zorgvuldig' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 });
    const names = [
      'Privacy 2 niet plaatsen, 1 controleren',
      'AVG 1 niet plaatsen',
      "Foto's en video 1 controleren",
      'Links 1 controleren',
      'Spelling 1 tip',
    ];
    expect(headings.length).toBe(names.length);
    names.forEach((name, i) => expect(screen.getByRole('heading', { level: 3, name })).toBe(headings[i]));
  });

  it('shows the totals per severity in words and icons, stop first, zeros kept in place', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    const pills = [...document.querySelectorAll('.overview li')].map((li) => li.textContent);
    expect(pills).toEqual(['3 Niet plaatsen', '3 Controleren', '1 Tip']);
    cleanup();
    render(<Sidebar state={withFindings([byRule('links/shortener')])} actions={spyActions()} />);
    const tiles = [...document.querySelectorAll('.overview li')].map(
      (li) => `${li.className}: ${li.textContent}`,
    );
    expect(tiles).toEqual([
      'tile tile-zero: 0 Niet plaatsen',
      'tile sev-check: 1 Controleren',
      'tile tile-zero: 0 Tip',
    ]);
    expect(document.querySelectorAll('.overview svg').length).toBe(3);
  });

  it('labels every button', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    for (const b of screen.getAllByRole('button'))
      expect(b.getAttribute('aria-label') ?? b.textContent).toMatch(/\S/);
  });
});

describe('finding cards', () => {
  it('calls reveal when the quoted text is clicked', () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: '“111222333”, aanwijzen in je tekst' }));
    expect(actions.reveal).toHaveBeenCalledWith(byRule('privacy/bsn'));
  });

  it('offers each suggestion, with "Verwijderen" for the empty one', () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(within(card('privacy/bsn')).getByRole('button', { name: 'Verwijderen: “111222333”' }));
    expect(actions.applySuggestion).toHaveBeenLastCalledWith(byRule('privacy/bsn'), '');
    fireEvent.click(
      within(card('spelling/unknown-word')).getByRole('button', { name: 'Vervang door “teen”' }),
    );
    expect(actions.applySuggestion).toHaveBeenLastCalledWith(byRule('spelling/unknown-word'), 'teen');
    expect(actions.applySuggestion).toHaveBeenCalledTimes(2);
  });

  it('ignores the finding it belongs to', () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Negeren: “http://bit.ly/abc123”' }));
    expect(actions.ignore).toHaveBeenCalledWith(byRule('links/shortener'));
  });

  it('offers "Toevoegen aan woordenboek" for spelling only, and only when allowed', () => {
    const actions = spyActions();
    const { rerender } = render(<Sidebar state={exampleState()} actions={actions} />);
    const add = screen.getAllByRole('button', { name: 'Toevoegen aan woordenboek' });
    expect(add.length).toBe(1);
    fireEvent.click(add[0]);
    expect(actions.addWord).toHaveBeenCalledWith('teem');
    rerender(<Sidebar state={exampleState({ canAddWords: false })} actions={actions} />);
    expect(screen.queryByRole('button', { name: 'Toevoegen aan woordenboek' })).toBeNull();
  });

  it('offers no "Toevoegen aan woordenboek" for a verb form: the word itself is right', () => {
    const base = exampleState();
    const verb = {
      ...base.report!.findings.find((f) => f.ruleId === 'spelling/unknown-word')!,
      ruleId: 'spelling/verb-form',
      suggestions: ['team'],
    };
    const report = { ...base.report!, findings: [verb] };
    render(<Sidebar state={exampleState({ report })} actions={spyActions()} />);
    expect(screen.queryByRole('button', { name: 'Toevoegen aan woordenboek' })).toBeNull();
  });

  it('keeps the why folded until asked', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    const details = card('avg/special-category').querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText('Waarom?')).toBeTruthy();
    expect(details.textContent).toContain('AVG art. 9');
  });

  it('shows an attachment finding without a quote to click', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(within(card('media/photo')).getByText('Bijlage')).toBeTruthy();
    expect(
      within(card('media/photo'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Negeren']);
  });

  it('shows the worst cards of a long group first and the rest on request', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...byRule('spelling/unknown-word'),
      severity: i === 15 ? ('check' as const) : ('tip' as const),
      start: i * 10,
      end: i * 10 + 4,
      text: `teem${i}`,
    }));
    render(<Sidebar state={withFindings(many)} actions={spyActions()} />);
    const quotes = () => [...document.querySelectorAll('[data-rule] .quote')].map((q) => q.textContent);
    expect(quotes().length).toBe(8);
    expect(quotes()[0]).toBe('“teem15”');
    fireEvent.click(screen.getByRole('button', { name: 'Nog 12 tonen' }));
    expect(quotes().length).toBe(20);
    expect(screen.queryByRole('button', { name: /^Nog/ })).toBeNull();
  });

  it('shows a lock where the organisation locked the rule or category', () => {
    render(
      <Sidebar state={exampleState({ locks: { 'privacy/bsn': 'ICT Zorggroep' } })} actions={spyActions()} />,
    );
    expect(within(card('privacy/bsn')).getByText('Vastgezet door ICT Zorggroep')).toBeTruthy();
    expect(card('privacy/combination').querySelector('.lock')).toBeNull();
  });

  it('never presses a fix from a mouse down alone and keeps focus in the composer', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    const fix = screen.getByRole('button', { name: 'Vervang door “team”' });
    expect(fireEvent.mouseDown(fix)).toBe(false);
  });
});

describe('states', () => {
  it('idle: invites to write', () => {
    render(<Sidebar state={exampleState({ status: 'idle', report: null })} actions={spyActions()} />);
    expect(screen.getByText('Begin met schrijven, dan kijk ik mee.')).toBeTruthy();
  });

  it('checking without a report: says it is checking', () => {
    render(<Sidebar state={exampleState({ status: 'checking', report: null })} actions={spyActions()} />);
    expect(screen.getByText('Bezig met controleren…')).toBeTruthy();
  });

  it('checking with a report: keeps the findings on screen, so nothing flickers', () => {
    const { rerender } = render(<Sidebar state={exampleState()} actions={spyActions()} />);
    const before = card('privacy/bsn');
    rerender(<Sidebar state={exampleState({ status: 'checking' })} actions={spyActions()} />);
    expect(card('privacy/bsn')).toBe(before);
    expect(document.querySelector('[role="tabpanel"]')!.getAttribute('aria-busy')).toBe('true');
  });

  it('nothing found: calm, in Dutch and in English', () => {
    const { rerender } = render(<Sidebar state={withFindings([])} actions={spyActions()} />);
    expect(screen.getByText('Niets gevonden. Je bericht ziet er goed uit.')).toBeTruthy();
    rerender(<Sidebar state={withFindings([], { lang: 'en' })} actions={spyActions()} />);
    expect(screen.getByText('Nothing found. Your post looks good.')).toBeTruthy();
  });

  it('error: says so without alarm and shows the detail', () => {
    render(<Sidebar state={exampleState({ status: 'error', error: 'timeout' })} actions={spyActions()} />);
    expect(screen.getByText('Controleren lukte even niet.')).toBeTruthy();
    expect(screen.getByText('timeout')).toBeTruthy();
    expect(document.querySelector('[data-rule]')).toBeNull();
  });

  it('shows notices above the findings', () => {
    const notice = 'Instellingen van je organisatie konden niet worden gelezen.';
    render(<Sidebar state={exampleState({ notices: [notice] })} actions={spyActions()} />);
    const text = document.querySelector('[role="tabpanel"]')!.textContent!;
    expect(text.indexOf(notice)).toBe(0);
  });
});

describe('announcements', () => {
  const live = () => document.querySelector('[aria-live="polite"]')!;

  it('announce the count, and change only when the count does', () => {
    const { rerender } = render(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(live().textContent).toBe('Zorgvuldig: 3 niet plaatsen, 3 controleren, 1 tip.');
    const node = live().firstChild;
    rerender(<Sidebar state={exampleState({ status: 'checking', report: null })} actions={spyActions()} />);
    rerender(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(live().firstChild).toBe(node);
    expect(live().textContent).toBe('Zorgvuldig: 3 niet plaatsen, 3 controleren, 1 tip.');
    rerender(<Sidebar state={withFindings([byRule('privacy/bsn')])} actions={spyActions()} />);
    expect(live().textContent).toBe('Zorgvuldig: 1 niet plaatsen.');
    rerender(<Sidebar state={withFindings([])} actions={spyActions()} />);
    expect(live().textContent).toBe('Zorgvuldig: niets gevonden.');
  });
});

describe('collapse', () => {
  it('collapses from its button and from Escape, without the page seeing that Escape', () => {
    const actions = spyActions();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zorgvuldig inklappen' }));
    expect(actions.setCollapsed).toHaveBeenLastCalledWith(true);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Vervang door “team”' }), { key: 'Escape' });
    expect(actions.setCollapsed).toHaveBeenCalledTimes(2);
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('shows a badge with the stop and check count that opens the panel', () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState({ collapsed: true })} actions={actions} />);
    const badge = screen.getByRole('button', { name: 'Zorgvuldig openen: 6 om na te kijken' });
    expect(badge.textContent).toBe('6');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('complementary', { name: 'Zorgvuldig' })).toBeTruthy();
    expect(document.querySelector('[data-rule]')).toBeNull();
    fireEvent.click(badge);
    expect(actions.setCollapsed).toHaveBeenCalledWith(false);
  });

  it('moves focus to the badge after Escape, because the focus was in the panel', () => {
    const actions = spyActions();
    const { rerender } = render(<Sidebar state={exampleState()} actions={actions} />);
    const fix = screen.getByRole('button', { name: 'Vervang door “team”' });
    fix.focus();
    fireEvent.keyDown(fix, { key: 'Escape' });
    rerender(<Sidebar state={exampleState({ collapsed: true })} actions={actions} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Zorgvuldig openen/ }));
  });

  it('moves focus into the panel when the badge was opened from the keyboard', () => {
    const actions = spyActions();
    const { rerender } = render(<Sidebar state={exampleState({ collapsed: true })} actions={actions} />);
    const badge = screen.getByRole('button', { name: /^Zorgvuldig openen/ });
    badge.focus();
    fireEvent.click(badge);
    rerender(<Sidebar state={exampleState()} actions={actions} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zorgvuldig inklappen' }));
  });
});

describe('review mode', () => {
  it('has tabs that switch with arrow keys', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    const [findingsTab, reviewTab] = screen.getAllByRole('tab');
    expect(findingsTab.getAttribute('aria-selected')).toBe('true');
    findingsTab.focus();
    fireEvent.keyDown(findingsTab, { key: 'ArrowRight' });
    expect(reviewTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(reviewTab);
    expect(screen.getByRole('tabpanel', { name: 'Nakijken' })).toBeTruthy();
  });

  it('lists every finding in reading order, attachments last', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    const rows = [...document.querySelectorAll('.full-list > li')].map(
      (li) => li.querySelector('.quote')!.textContent,
    );
    expect(rows).toEqual([
      '“Mevrouw Jansen”',
      '“111222333”',
      '“kamer 12”',
      '“geopereerd”',
      '“http://bit.ly/abc123”',
      '“teem”',
      'Bijlage',
    ]);
  });

  it('keeps checklist ticks for this draft and starts afresh for another', () => {
    const actions = spyActions();
    const { rerender } = render(<Sidebar state={exampleState({ draftId: 'a' })} actions={actions} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    const box = screen.getByRole('checkbox', { name: 'Links gecontroleerd' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(screen.getByText('1 van 4 afgevinkt')).toBeTruthy();
    rerender(<Sidebar state={exampleState({ draftId: 'a', status: 'checking' })} actions={actions} />);
    expect((screen.getByRole('checkbox', { name: 'Links gecontroleerd' }) as HTMLInputElement).checked).toBe(
      true,
    );
    rerender(<Sidebar state={exampleState({ draftId: 'b' })} actions={actions} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    expect((screen.getByRole('checkbox', { name: 'Links gecontroleerd' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('copies a summary with the ticks through copyText, and says it did', async () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toon past bij onze organisatie' }));
    fireEvent.click(screen.getByRole('button', { name: 'Samenvatting kopiëren' }));
    const text = actions.copyText.mock.calls[0][0] as string;
    expect(text.split('\n')[0]).toBe('Zorgvuldig: controle van je bericht');
    expect(text).toContain('- Privacy: “111222333”: Dit is een burgerservicenummer (BSN). Haal het weg.');
    expect(text).toContain('[x] Toon past bij onze organisatie');
    expect(text).toContain('[ ] Links gecontroleerd');
    expect(await screen.findByText('Samenvatting gekopieerd.')).toBeTruthy();
  });

  it('lists what the organisation locked, with category names in words', () => {
    render(
      <Sidebar
        state={exampleState({ locks: { 'privacy/bsn': 'ICT', avg: 'Privacy officer' } })}
        actions={spyActions()}
      />,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    const section = screen.getByRole('region', { name: 'Vastgezet door je organisatie' });
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'privacy/bsn ICT',
      'AVG Privacy officer',
    ]);
  });

  it('says so when copying fails', async () => {
    const actions = spyActions();
    actions.copyText.mockRejectedValue(new Error('denied'));
    render(<Sidebar state={exampleState()} actions={actions} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Nakijken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Samenvatting kopiëren' }));
    expect(await screen.findByText('Kopiëren lukte niet. Probeer het nog eens.')).toBeTruthy();
  });
});

describe('English', () => {
  it('uses English for every UI string when lang is en', () => {
    const actions = spyActions();
    render(<Sidebar state={exampleState({ lang: 'en' })} actions={actions} />);
    expect(screen.getByRole('heading', { level: 3, name: /^GDPR/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Collapse Zorgvuldig' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove: “111222333”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add to dictionary' })).toBeTruthy();
    expect(screen.getAllByText('Why?').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Review' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Negeren|Controleren|Waarom|Verwijderen/);
  });
});

describe('focus', () => {
  it('never moves focus away from the composer while findings update', () => {
    const composer = document.createElement('div');
    composer.contentEditable = 'true';
    composer.tabIndex = 0;
    document.body.append(composer);
    composer.focus();
    const actions = spyActions();
    const states = [
      exampleState({ status: 'idle', report: null }),
      exampleState({ status: 'checking', report: null }),
      exampleState(),
      exampleState({ status: 'checking' }),
      withFindings([byRule('privacy/bsn')]),
      withFindings([]),
      exampleState({ status: 'error', error: 'x' }),
      exampleState({ collapsed: true }),
      exampleState(),
      exampleState({ draftId: 'other' }),
    ];
    const { rerender } = render(<Sidebar state={states[0]} actions={actions} />);
    for (const state of states) {
      rerender(<Sidebar state={state} actions={actions} />);
      expect(document.activeElement).toBe(composer);
    }
    fireEvent.mouseDown(screen.getByRole('button', { name: 'Zorgvuldig inklappen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zorgvuldig inklappen' }));
    rerender(<Sidebar state={exampleState({ collapsed: true })} actions={actions} />);
    expect(document.activeElement).toBe(composer);
    composer.remove();
  });

  it('has no autofocus anywhere', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(document.querySelector('[autofocus]')).toBeNull();
  });
});

describe('a check that did not work', () => {
  it('says so above the findings, in Dutch and in English, naming the check', () => {
    const report = {
      findings: [byRule('privacy/bsn')],
      stats: { ms: 1, words: 3, failedRules: ['privacy/email'] },
    };
    render(<Sidebar state={exampleState({ report })} actions={spyActions()} />);
    const notice = document.querySelector('.notices')!.textContent!;
    expect(notice).toContain('Een controle werkte niet');
    expect(notice).toContain('meld dit');
    expect(notice).toContain('privacy/email');
    expect(card('privacy/bsn')).toBeTruthy();
    cleanup();
    render(<Sidebar state={exampleState({ report, lang: 'en' })} actions={spyActions()} />);
    expect(document.querySelector('.notices')!.textContent).toContain('A check did not work');
  });

  it('shows no such notice when every check ran', () => {
    render(<Sidebar state={exampleState()} actions={spyActions()} />);
    expect(document.body.textContent).not.toContain('werkte niet');
  });
});

describe('the examples (demo page, previews, these tests)', () => {
  it('use only rule ids the checker has', () => {
    expect(exampleFindings.map((f) => f.ruleId).filter((id) => !ruleById.has(id))).toEqual([]);
  });
});
