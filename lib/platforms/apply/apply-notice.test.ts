import { describe, expect, it } from 'vitest';
import { applyNotice } from './apply-notice';

describe('applyNotice', () => {
  it('says nothing when the fix went in', () => {
    expect(applyNotice({ ok: true }, 'nl')).toBeNull();
  });

  it('tells a moved text apart from an editor that refused, in the chosen language', () => {
    const moved = applyNotice({ ok: false, reason: 'moved' }, 'nl');
    const refused = applyNotice({ ok: false, reason: 'refused', detail: 'x' }, 'nl');
    expect(moved).toMatch(/veranderd/);
    expect(refused).toMatch(/niet gelukt/);
    expect(refused).toBe(applyNotice({ ok: false, reason: 'unverified' }, 'nl'));
    expect(applyNotice({ ok: false, reason: 'moved' }, 'en')).toMatch(/^The text has changed/);
    expect(applyNotice({ ok: false, reason: 'refused' }, 'en')).toMatch(/did not alter your text/);
  });
});
