import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkStatus } from '../../checker/links';
import type { Draft, Report } from '../../checker/types';
import type { Composer } from '../types';
import { DraftSession, type CheckFn, type SessionView } from './draft-session';
import { Lru } from '../../checker/lru';

const report = (text: string): Report => ({ findings: [], stats: { ms: 0, words: text.split(' ').length } });

function setup(check: CheckFn, linkStatus?: (url: string) => LinkStatus | undefined) {
  let text = '';
  let reads = 0;
  const composer = {
    id: 'c1',
    element: { isConnected: true },
    surface: 'post',
    read: () => {
      reads += 1;
      return text;
    },
    media: () => [],
  } as unknown as Composer;
  const views: SessionView[] = [];
  const session = new DraftSession(composer, {
    platform: 'facebook',
    check,
    cache: new Lru<string, Report>(8),
    onUpdate: (view) => views.push(view),
    linkStatus,
    delayMs: 300,
    signal: new AbortController().signal,
  });
  return { session, views, setText: (t: string) => (text = t), reads: () => reads };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DraftSession', () => {
  it('reads once per pause, not per keystroke', async () => {
    const check = vi.fn<CheckFn>(async (_id, seq, draft) => ({ seq, report: report(draft.text) }));
    const s = setup(check);
    for (const ch of 'Hallo daar') {
      s.setText(ch);
      s.session.touch();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(s.reads()).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(s.reads()).toBe(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(s.views.at(-1)?.status).toBe('ready');
  });

  it('drops an answer that is older than the newest request', async () => {
    const pending: ((r: { seq: number; report: Report }) => void)[] = [];
    const check: CheckFn = (_id, seq, draft: Draft) =>
      new Promise((resolve) => pending.push(() => resolve({ seq, report: report(draft.text) })));
    const s = setup(check);
    s.setText('een');
    s.session.flush();
    s.setText('een twee drie');
    s.session.flush();
    pending[1]({} as never);
    await vi.advanceTimersByTimeAsync(0);
    pending[0]({} as never);
    await vi.advanceTimersByTimeAsync(0);
    const ready = s.views.filter((v) => v.status === 'ready');
    expect(ready.map((v) => v.report?.stats.words)).toEqual([3]);
  });

  it('answers unchanged and earlier drafts from the cache', async () => {
    const check = vi.fn<CheckFn>(async (_id, seq, draft) => ({ seq, report: report(draft.text) }));
    const s = setup(check);
    s.setText('a b');
    s.session.flush();
    await vi.advanceTimersByTimeAsync(0);
    s.session.flush();
    s.setText('a b c');
    s.session.flush();
    await vi.advanceTimersByTimeAsync(0);
    s.setText('a b');
    s.session.flush();
    expect(check).toHaveBeenCalledTimes(2);
    expect(s.views.at(-1)).toEqual({ status: 'ready', report: report('a b'), chars: 3 });
  });

  it("asks again once a link's live status is known, instead of answering from the cache", async () => {
    const statuses = new Map<string, LinkStatus>();
    const check = vi.fn<CheckFn>(async (_id, seq, draft) => ({ seq, report: report(draft.text) }));
    const s = setup(check, (url) => statuses.get(url));
    s.setText('Lees www.voorbeeld.nl/weg.');
    s.session.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);
    statuses.set('https://www.voorbeeld.nl/weg', { state: 'broken', status: 404 });
    s.session.recheck();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(2);
    // and with nothing new, the cache answers again
    s.session.recheck();
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('shows an error and retries the same text later', async () => {
    const check = vi.fn<CheckFn>(async () => {
      throw new Error('weg');
    });
    const s = setup(check);
    s.setText('x');
    s.session.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.views.at(-1)).toMatchObject({ status: 'error', error: 'weg' });
    s.session.flush();
    expect(check).toHaveBeenCalledTimes(2);
  });
});

describe('Lru', () => {
  it('keeps the most recently used entries', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
