import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The user-text messages the repository's own config gives `source` if it stood at `file`. */
async function userTextErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'local/user-text').map((m) => `${m.line} ${m.message}`);
}

const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/user-text', name), 'utf8');

describe('the user-text lint rule (eslint-rules/user-text.mjs): one way to write user text', () => {
  it.each(['components/popup/New.tsx', 'lib/settings/new.tsx', 'cli/new.tsx', 'entrypoints/options/new.tsx'])(
    'refuses an inline { nl, en } pair and lang === "nl" choices in %s',
    async (file) => {
      const errors = await userTextErrors(file, fixture('inline.tsx'));
      expect(errors.map((e) => e.split(' ')[0])).toEqual(['4', '7', '11']);
      expect(errors[0]).toContain('catalogue');
      expect(errors[1]).toContain("lang === 'nl'");
      expect(errors[2]).toContain("lang !== 'en'");
    },
  );

  it('allows pairs inside defineCatalogue and t(key, lang), and the Dutch word "en"', async () => {
    expect(await userTextErrors('components/popup/ok.ts', fixture('catalogue.ts'))).toEqual([]);
  });
});
