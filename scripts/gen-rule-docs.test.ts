import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeWithTable, rulesPage } from './gen-rule-docs';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated rule docs', () => {
  it('README.md has the current rules table (npm run docs:rules)', () => {
    const readme = read('README.md');
    expect(readme).toBe(readmeWithTable(readme));
  });
  it('docs/rules.md is current (npm run docs:rules)', () => {
    expect(read('docs/rules.md')).toBe(rulesPage());
  });
});
