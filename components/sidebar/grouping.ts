import type { Category, Finding, Severity } from '../../lib/checker/types';

export const SEVERITIES: readonly Severity[] = ['stop', 'check', 'tip'];
/** Fixed order for categories of equal weight: what can hurt a patient comes first. */
export const CATEGORIES: readonly Category[] = ['privacy', 'avg', 'media', 'link', 'tone', 'spelling'];

export type SeverityCounts = Record<Severity, number>;

/** What one card shows: one finding, or every detail of one passage (never empty). */
export type Card = readonly [Finding, ...Finding[]];

export type FindingGroup = {
  category: Category;
  cards: Card[];
  counts: SeverityCounts;
};

/**
 * Rules that report one passage as several spans, so that each detail has its own fix
 * (age, room, date that together point to one person). Their findings with the same
 * message are one warning about one passage, and so one card.
 */
const PASSAGE_RULES: ReadonlySet<string> = new Set(['privacy/combination']);

/** The cards for these findings, in the order given; a passage's details in reading order. */
export function cardsOf(findings: readonly Finding[]): Card[] {
  const cards: Finding[][] = [];
  const passages = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!PASSAGE_RULES.has(f.ruleId)) {
      cards.push([f]);
      continue;
    }
    const key = `${f.ruleId}\u0000${f.severity}\u0000${f.message}`;
    const passage = passages.get(key);
    if (passage) passage.push(f);
    else {
      const fresh = [f];
      passages.set(key, fresh);
      cards.push(fresh);
    }
  }
  for (const passage of passages.values()) passage.sort(compareByPosition);
  return cards as unknown as Card[];
}

/** Counted as the user sees them: one per card. */
export const countBySeverity = (findings: readonly Finding[]): SeverityCounts =>
  countCards(cardsOf(findings));

function countCards(cards: readonly Card[]): SeverityCounts {
  const counts: SeverityCounts = { stop: 0, check: 0, tip: 0 };
  for (const [first] of cards) counts[first.severity]++;
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
  const groups = [...byCategory].map(([category, list]) => {
    const cards = cardsOf([...list].sort(compareFindings));
    return { category, cards, counts: countCards(cards) };
  });
  return groups.sort(
    (a, b) =>
      worst(a.counts) - worst(b.counts) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
}

/** Stable keys for cards, from their first finding (see findingKeys). */
export const cardKeys = (cards: readonly Card[]): string[] => findingKeys(cards.map(([first]) => first));

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
