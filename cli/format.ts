import { categoryLabel, severityLabel } from '../lib/checker/labels';
import type { Category, Finding, Report, Severity } from '../lib/checker/types';
import type { Lang } from '../lib/i18n';
import { lineIndex } from './position';
import { t } from './texts';

const COLOR: Record<Severity, string> = { stop: '\x1b[31m', check: '\x1b[33m', tip: '\x1b[36m' };
const ORDER: Category[] = ['privacy', 'avg', 'media', 'link', 'tone', 'spelling'];

/** Control characters and bidi overrides are shown escaped, so a finding cannot garble the terminal. */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** The readable report: findings grouped by category, with line:column, colour only when asked. */
export function formatReport(text: string, report: Report, lang: Lang, color: boolean, source = ''): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}\x1b[0m` : s);
  const at = lineIndex(text);
  const lines: string[] = [];
  for (const category of ORDER) {
    const group = report.findings.filter((f) => f.category === category);
    if (!group.length) continue;
    lines.push(paint('\x1b[1m', `${categoryLabel(category, lang)} (${group.length})`));
    for (const f of group) lines.push(...formatFinding(f, at, lang, paint));
    lines.push('');
  }
  const counts = (['stop', 'check', 'tip'] as const).map((s) => {
    const n = report.findings.filter((f) => f.severity === s).length;
    return `${n} ${severityLabel(s, lang).toLowerCase()}`;
  });
  const totals = report.findings.length
    ? t('report.totals', lang, {
        counts: counts.join(', '),
        words: report.stats.words,
        ms: report.stats.ms.toFixed(1),
      })
    : t('report.none', lang);
  lines.push(`${source ? `${source}: ` : ''}${totals}`);
  return lines.join('\n') + '\n';
}

function formatFinding(
  f: Finding,
  at: (offset: number) => { line: number; column: number },
  lang: Lang,
  paint: (code: string, s: string) => string,
): string[] {
  const { line, column } = at(f.start);
  const label = paint(COLOR[f.severity], severityLabel(f.severity, lang).toLowerCase().padEnd(13));
  const out = [`  ${line}:${column}`.padEnd(10) + ` ${label} ${f.message} ${paint('\x1b[2m', f.ruleId)}`];
  if (f.text) out.push(`             «${printable(f.text)}»`);
  if (f.explanation) out.push(`             ${f.explanation}`);
  const suggestions = f.suggestions.map((s) => (s === '' ? t('report.remove', lang) : `«${printable(s)}»`));
  if (suggestions.length)
    out.push(`             ${t('report.suggestion', lang, { suggestions: suggestions.join(', ') })}`);
  return out;
}
