// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../checker/types';
import type { DraftSession } from '../session/draft-session';
import type { Entry } from '../session/entry';
import type { Composer } from '../types';
import { watchUndoRedo } from '../apply/undo-redo';
import { createSidebarActions, type ActionContext } from './actions';
import type { SidebarState } from './contract';

const finding = (text: string, start: number, category: Finding['category'] = 'spelling'): Finding => ({
  ruleId: category === 'spelling' ? 'spelling/unknown-word' : 'privacy/bsn',
  category,
  severity: 'tip',
  start,
  end: start + text.length,
  text,
  message: '',
  suggestions: [],
});

/** A textarea composer with a session that records what the actions ask of it. */
function draft(text: string) {
  const element = document.createElement('textarea');
  element.value = text;
  document.body.append(element);
  const composer: Composer = {
    id: 'c1',
    element,
    editor: 'textarea',
    surface: 'post',
    read: () => element.value,
    rangeFor: () => null,
    media: () => [],
  };
  const session = { flush: vi.fn(), recheck: vi.fn(), lastChange: 0 };
  const life = new AbortController();
  const entry: Entry = {
    composer,
    session: session as unknown as DraftSession,
    life,
    ignored: new Set(),
    picked: new Map(),
    undoRedo: watchUndoRedo(element, life.signal),
  };
  return { entry, session, element };
}

function context(entry: Entry | null, extra: Partial<ActionContext> = {}) {
  const state = { lang: 'nl', report: null } as unknown as SidebarState;
  const ctx = {
    doc: document,
    active: () => entry,
    state: () => state,
    show: vi.fn(),
    refresh: vi.fn(),
    say: vi.fn(),
    choose: vi.fn(),
    ...extra,
  };
  return { ctx, state };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sidebar actions', () => {
  it('"Negeren" hides the finding on this draft and shows the draft again', () => {
    const { entry } = draft('zorgg');
    const { ctx } = context(entry);
    createSidebarActions(ctx).ignore(finding('zorgg', 0));
    expect([...entry.ignored]).toEqual(['spelling/unknown-word\u0000zorgg']);
    expect(ctx.show).toHaveBeenCalledWith(entry);
  });

  it('reveal selects the finding in a textarea and gives it focus', () => {
    const { entry, element } = draft('Hallo zorgg wereld');
    const { ctx } = context(entry);
    createSidebarActions(ctx).reveal(finding('zorgg', 6));
    expect(document.activeElement).toBe(element);
    expect([element.selectionStart, element.selectionEnd]).toEqual([6, 11]);
  });

  it('a fix on text that has moved away says so, changes nothing, and checks again', async () => {
    const { entry, session, element } = draft('Het is anders geworden');
    const { ctx } = context(entry);
    createSidebarActions(ctx).applySuggestion(finding('zorgg', 3), 'zorg');
    await vi.waitFor(() => expect(session.flush).toHaveBeenCalled());
    expect(ctx.say).toHaveBeenCalledWith('De tekst is intussen veranderd; de suggestie is niet toegepast.');
    expect(element.value).toBe('Het is anders geworden');
    expect(entry.picked.size).toBe(0);
  });

  it('after a word is added or a rule muted, the shown draft is checked afresh', async () => {
    const { entry } = draft('x');
    const addWord = vi.fn(async () => undefined);
    const muteRule = vi.fn(async () => undefined);
    const { ctx } = context(entry, { addWord, muteRule });
    const actions = createSidebarActions(ctx);
    actions.addWord('zorgg');
    actions.muteRule!(finding('zorgg', 0));
    await vi.waitFor(() => expect(ctx.refresh).toHaveBeenCalledTimes(2));
    expect(addWord).toHaveBeenCalledWith('zorgg');
    expect(muteRule).toHaveBeenCalledWith('spelling/unknown-word');
  });

  it('says so when the word list or the settings could not be changed, instead of nothing', async () => {
    const { entry } = draft('x');
    const failed = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const { ctx } = context(entry, { addWord: vi.fn(failed), muteRule: vi.fn(failed) });
    const actions = createSidebarActions(ctx);
    actions.addWord('zorgg');
    actions.muteRule!(finding('zorgg', 0));
    await vi.waitFor(() => expect(ctx.say).toHaveBeenCalledTimes(2));
    expect(ctx.say).toHaveBeenCalledWith(
      'Niet gelukt: Zorgvuldig kreeg geen antwoord. Probeer het zo nog eens.',
    );
    expect(ctx.refresh).not.toHaveBeenCalled();
  });

  it('offers "Altijd negeren" only where the settings can be written, and does nothing without a draft', () => {
    const { ctx } = context(null);
    const actions = createSidebarActions(ctx);
    expect(actions.muteRule).toBeUndefined();
    actions.ignore(finding('x', 0));
    actions.applyAll!();
    expect(ctx.show).not.toHaveBeenCalled();
    actions.setCollapsed(true);
    expect(ctx.choose).toHaveBeenCalledWith(true);
  });
});
