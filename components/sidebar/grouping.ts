import type { Category, Finding, Severity } from '../../lib/checker/types';

export const SEVERITIES: readonly Severity[] = ['stop', 'check', 'tip'];
/** Fixed order for categories of equal weight: what can hurt a patient comes first. */
export const CATEGORIES: readonly Category[] = ['privacy', 'avg', 'media', 'link', 'tone', 'spelling'];

export type SeverityCounts = Record<Severity, number>;

export type FindingGroup = {
  category: Category;
  findings: Finding[];
  counts: SeverityCounts;
};

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { stop: 0, check: 0, tip: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Worst first, then in the order the text reads. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.start - b.start || a.end - b.end
  );
}

/** In the order the text reads, attachments (0,0) last so the text comes first. */
export function compareByPosition(a: Finding, b: Finding): number {
  const aMedia = a.category === 'media' && a.start === a.end ? 1 : 0;
  const bMedia = b.category === 'media' && b.start === b.end ? 1 : 0;
  return aMedia - bMedia || a.start - b.start || compareFindings(a, b);
}

function worst(counts: SeverityCounts): number {
  return SEVERITIES.findIndex((s) => counts[s] > 0);
}

/** Groups findings by category; the group with the worst finding comes first. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = byCategory.get(f.category) ?? [];
    list.push(f);
    byCategory.set(f.category, list);
  }
  const groups = [...byCategory].map(([category, list]) => ({
    category,
    findings: [...list].sort(compareFindings),
    counts: countBySeverity(list),
  }));
  return groups.sort(
    (a, b) =>
      worst(a.counts) - worst(b.counts) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
}

/** Stable keys so an open "why" stays open when offsets shift while typing. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}|${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

/** The lock that applies to a finding: its rule or its whole category. */
export function lockFor(locks: Record<string, string>, finding: Finding): string | undefined {
  return locks[finding.ruleId] ?? locks[finding.category];
}
