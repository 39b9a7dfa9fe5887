import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import { countBySeverity, findingKeys, groupFindings, lockFor } from './grouping';

function f(ruleId: string, severity: Finding['severity'], start: number, text = 'x'): Finding {
  const category = ruleId.split('/')[0] as Finding['category'];
  return { ruleId, category, severity, start, end: start + text.length, text, message: 'm', suggestions: [] };
}

/** Groups as compact strings: 'privacy stop=1 check=0 tip=0: privacy/bsn@4'. */
const compactGroups = (findings: Finding[]) =>
  groupFindings(findings).map(
    (g) =>
      `${g.category} stop=${g.counts.stop} check=${g.counts.check} tip=${g.counts.tip}: ` +
      g.cards.map((c) => c.map((x) => `${x.ruleId}@${x.start}`).join('+')).join(' '),
  );

describe('groupFindings', () => {
  it('puts the group with a stop first, then checks, then tips', () => {
    expect(
      compactGroups([
        f('spelling/unknown-word', 'tip', 1),
        f('link/shortener', 'check', 30),
        f('avg/special-category', 'stop', 50),
        f('spelling/unknown-word', 'check', 60),
      ]),
    ).toEqual([
      'avg stop=1 check=0 tip=0: avg/special-category@50',
      'link stop=0 check=1 tip=0: link/shortener@30',
      'spelling stop=0 check=1 tip=1: spelling/unknown-word@60 spelling/unknown-word@1',
    ]);
  });

  it('orders equal groups privacy before avg, and findings stop first then by position', () => {
    expect(
      compactGroups([
        f('avg/special-category', 'stop', 5),
        f('privacy/combination', 'check', 2),
        f('privacy/bsn', 'stop', 20),
        f('privacy/name', 'stop', 10),
      ]),
    ).toEqual([
      'privacy stop=2 check=1 tip=0: privacy/name@10 privacy/bsn@20 privacy/combination@2',
      'avg stop=1 check=0 tip=0: avg/special-category@5',
    ]);
  });

  it('counts per severity', () => {
    expect(countBySeverity([f('a/b', 'tip', 0), f('a/b', 'tip', 1), f('a/c', 'stop', 2)])).toEqual({
      stop: 1,
      check: 0,
      tip: 2,
    });
    expect(groupFindings([])).toEqual([]);
  });
});

describe('findingKeys', () => {
  it('stay the same when offsets shift, and differ for repeats', () => {
    const before = findingKeys([
      f('spelling/unknown-word', 'tip', 3, 'teem'),
      f('spelling/unknown-word', 'tip', 9, 'teem'),
    ]);
    const after = findingKeys([
      f('spelling/unknown-word', 'tip', 8, 'teem'),
      f('spelling/unknown-word', 'tip', 14, 'teem'),
    ]);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(2);
  });
});

describe('lockFor', () => {
  it('finds a lock on the rule or on its category', () => {
    expect(lockFor({ 'privacy/bsn': 'ICT' }, f('privacy/bsn', 'stop', 0))).toBe('ICT');
    expect(lockFor({ spelling: 'Communicatie' }, f('spelling/unknown-word', 'tip', 0))).toBe('Communicatie');
    expect(lockFor({ 'privacy/bsn': 'ICT' }, f('privacy/iban', 'stop', 0))).toBeUndefined();
  });
});
