import type { Finding, Report } from '../../checker/types';

/** "Negeren" hides this rule's finding on this exact text, wherever it moves in the draft. */
export const ignoreKey = (f: Finding) => `${f.ruleId}\u0000${f.text}`;

/** The report without the findings the user ignored (the same object when there are none). */
export function filterIgnored(report: Report | null, ignored: Set<string>): Report | null {
  if (!report || ignored.size === 0) return report;
  return { ...report, findings: report.findings.filter((f) => !ignored.has(ignoreKey(f))) };
}
