// Generates the rules table in README.md and docs/rules.md from the registry (`npm run docs:rules`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../lib/checker/registry';
import type { RuleExample } from '../lib/checker/rule';

const root = fileURLToPath(new URL('../', import.meta.url));
const anchor = (id: string) => id.replace('/', '');
const SEVERITY = { stop: 'stop', check: 'check', tip: 'tip' } as const;
const example = (e: RuleExample) =>
  typeof e === 'string' ? e : `${e.text}${e.surface ? ` (${e.surface})` : ''}`;

export function readmeTable(): string {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules.md#${anchor(r.id)}) | ${r.category} | ${SEVERITY[r.defaultSeverity]} | ${r.description.nl} |`,
  );
  return ['| rule | category | default | what it finds |', '|---|---|---|---|', ...rows].join('\n');
}

export function rulesPage(): string {
  const parts = [
    '# Rules / Regels',
    '',
    'Generated from `lib/checker/registry.ts` by `npm run docs:rules`; do not edit by hand.',
    'A rule id is also its settings key (`rules.<id>.enabled`, `rules.<id>.severity`).',
    '',
  ];
  for (const r of rules) {
    parts.push(
      `## ${r.id}`,
      '',
      `- **NL**: ${r.description.nl}`,
      `- **EN**: ${r.description.en}`,
      `- category \`${r.category}\`, default severity \`${r.defaultSeverity}\``,
      '',
      'Flags:',
      ...r.examples.flag.map((e) => `- \`${example(e).replace(/`/g, "'")}\``),
      '',
      'Stays quiet on:',
      ...r.examples.pass.map((e) => `- \`${example(e).replace(/`/g, "'")}\``),
      '',
    );
  }
  return parts.join('\n');
}

export function readmeWithTable(readme: string): string {
  return readme.replace(
    /<!-- rules:start -->[\s\S]*<!-- rules:end -->/,
    `<!-- rules:start -->\n${readmeTable()}\n<!-- rules:end -->`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = `${root}README.md`;
  writeFileSync(readme, readmeWithTable(readFileSync(readme, 'utf8')));
  writeFileSync(`${root}docs/rules.md`, rulesPage());
  console.log(`${rules.length} rules written to README.md and docs/rules.md`);
}
