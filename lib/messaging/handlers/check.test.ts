import { describe, expect, it, vi } from 'vitest';
import type { CheckerSettings } from '../../checker/rule';
import { createCheckHandler } from './check';

const draft = (text: string) => ({
  text,
  platform: 'facebook' as const,
  surface: 'post' as const,
  media: [],
});
const sender = {};

describe('check handler', () => {
  it('answers with the findings and echoes composer and seq', async () => {
    const handler = createCheckHandler({ settings: () => ({}), spell: async () => undefined });
    const answer = await handler(
      { composerId: 'c', seq: 7, draft: draft('Mevrouw Jansen, BSN 111222333') },
      sender,
    );
    expect(answer.seq).toBe(7);
    expect(answer.composerId).toBe('c');
    expect(answer.report.findings.map((f) => `${f.start}-${f.end} ${f.ruleId}`)).toContain(
      '20-29 privacy/bsn',
    );
  });

  it('serves a repeated draft from the cache until the settings change', async () => {
    let settings: CheckerSettings = {};
    const spell = vi.fn(async () => undefined);
    const handler = createCheckHandler({ settings: () => settings, spell });
    const first = await handler({ composerId: 'c', seq: 1, draft: draft('BSN 111222333') }, sender);
    const again = await handler({ composerId: 'd', seq: 2, draft: draft('BSN 111222333') }, sender);
    expect(again.report).toBe(first.report);
    settings = { rules: { 'privacy/bsn': { enabled: false } } };
    const changed = await handler({ composerId: 'c', seq: 3, draft: draft('BSN 111222333') }, sender);
    expect(changed.report.findings.filter((f) => f.ruleId === 'privacy/bsn')).toEqual([]);
  });
});
