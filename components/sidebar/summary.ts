import type { Finding } from '../../lib/checker/types';
import type { Lang } from '../../lib/i18n';
import { t } from './texts';
import { categoryLabel, severityLabel } from '../../lib/checker/labels';
import {
  cardsOf,
  compareByPosition,
  countBySeverity,
  SEVERITIES,
  type Card,
  type SeverityCounts,
} from './grouping';

/** "1 niet plaatsen, 2 controleren, 3 tips": only the severities that occur. */
export function severityList(lang: Lang, counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.stop) parts.push(t('severityCount.stop', lang, { n: counts.stop }));
  if (counts.check) parts.push(t('severityCount.check', lang, { n: counts.check }));
  if (counts.tip)
    parts.push(
      t(counts.tip === 1 ? 'severityCount.tipOne' : 'severityCount.tipMany', lang, { n: counts.tip }),
    );
  return parts.join(', ');
}

export type SummaryInput = {
  lang: Lang;
  findings: readonly Finding[];
  checklist: readonly string[];
  /** Indexes into checklist that the reviewer ticked. */
  checked: ReadonlySet<number>;
};

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `“${oneLine.slice(0, 79)}…”` : `“${oneLine}”`;
}

function cardLines(lang: Lang, card: Card): string[] {
  const [f] = card;
  const label = categoryLabel(f.category, lang);
  const where = card.map((d) => (d.text ? quote(d.text) : t('summary.attachment', lang))).join(', ');
  const lines = [`- ${label}: ${where}: ${f.message}`];
  if (f.explanation) lines.push(`  ${t('summary.why', lang, { s: f.explanation })}`);
  for (const d of card) {
    const best = d.suggestions[0];
    if (best === undefined) continue;
    const suggestion =
      best === '' ? t('summary.suggestionRemove', lang) : t('summary.suggestion', lang, { s: best });
    // A passage has a suggestion per detail: say which one it is for.
    lines.push(`  ${card.length > 1 && d.text ? `${quote(d.text)}: ` : ''}${suggestion}`);
  }
  return lines;
}

/**
 * Plain text a reviewer can paste into a mail or chat to the author: the findings by
 * severity (worst first, in reading order), then the checklist with what was ticked.
 */
export function reviewSummary({ lang, findings, checklist, checked }: SummaryInput): string {
  const lines = [t('summary.title', lang), ''];
  if (findings.length === 0) lines.push(t('summary.none', lang));
  else {
    lines.push(t('summary.total', lang, { list: severityList(lang, countBySeverity(findings)) }));
    for (const severity of SEVERITIES) {
      const these = cardsOf(findings.filter((f) => f.severity === severity).sort(compareByPosition));
      if (these.length === 0) continue;
      lines.push('', `${severityLabel(severity, lang)}:`);
      for (const card of these) lines.push(...cardLines(lang, card));
    }
  }
  if (checklist.length > 0) {
    lines.push('', `${t('summary.checklist', lang)}:`);
    checklist.forEach((item, i) => lines.push(`[${checked.has(i) ? 'x' : ' '}] ${item}`));
  }
  return lines.join('\n');
}
