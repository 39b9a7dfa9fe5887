import { CATEGORY_LABEL, SEVERITY_LABEL } from '../lib/checker/labels';
import type { Category, Finding, Report, Severity } from '../lib/checker/types';
import { lineIndex } from './position';

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
export function formatReport(
  text: string,
  report: Report,
  lang: 'nl' | 'en',
  color: boolean,
  source = '',
): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}\x1b[0m` : s);
  const at = lineIndex(text);
  const lines: string[] = [];
  for (const category of ORDER) {
    const group = report.findings.filter((f) => f.category === category);
    if (!group.length) continue;
    lines.push(paint('\x1b[1m', `${CATEGORY_LABEL[category][lang]} (${group.length})`));
    for (const f of group) lines.push(...formatFinding(f, at, lang, paint));
    lines.push('');
  }
  const counts = (['stop', 'check', 'tip'] as const).map((s) => {
    const n = report.findings.filter((f) => f.severity === s).length;
    return `${n} ${SEVERITY_LABEL[s][lang].toLowerCase()}`;
  });
  const none = lang === 'nl' ? 'Niets gevonden.' : 'Nothing found.';
  lines.push(
    report.findings.length
      ? `${source ? `${source}: ` : ''}${counts.join(', ')} (${report.stats.words} ${lang === 'nl' ? 'woorden' : 'words'}, ${report.stats.ms.toFixed(1)} ms)`
      : `${source ? `${source}: ` : ''}${none}`,
  );
  return lines.join('\n') + '\n';
}

function formatFinding(
  f: Finding,
  at: (offset: number) => { line: number; column: number },
  lang: 'nl' | 'en',
  paint: (code: string, s: string) => string,
): string[] {
  const { line, column } = at(f.start);
  const label = paint(COLOR[f.severity], SEVERITY_LABEL[f.severity][lang].toLowerCase().padEnd(13));
  const out = [`  ${line}:${column}`.padEnd(10) + ` ${label} ${f.message} ${paint('\x1b[2m', f.ruleId)}`];
  if (f.text) out.push(`             «${printable(f.text)}»`);
  if (f.explanation) out.push(`             ${f.explanation}`);
  const suggestions = f.suggestions.map((s) =>
    s === '' ? (lang === 'nl' ? '(verwijderen)' : '(remove)') : `«${printable(s)}»`,
  );
  if (suggestions.length)
    out.push(`             ${lang === 'nl' ? 'Voorstel' : 'Suggestion'}: ${suggestions.join(', ')}`);
  return out;
}
