import { check } from './check';
import type { CheckerSettings, Rule } from './rule';
import type { DraftInput, Finding } from './types';

/** Findings as compact strings for table tests: '16-25 privacy/bsn'. */
export const compact = (findings: Finding[]) => findings.map((f) => `${f.start}-${f.end} ${f.ruleId}`);

/** Runs one rule (or the whole registry) on a text and returns its findings. */
export function findingsOf(
  text: string | DraftInput,
  rule?: Rule,
  settings: CheckerSettings = {},
): Finding[] {
  const draft = typeof text === 'string' ? { text } : text;
  return check(draft, settings, rule ? { rules: [rule] } : {}).findings;
}
