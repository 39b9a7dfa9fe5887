import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../spelling/testing';
import { check } from './check';
import { rules } from './registry';
import { RULE_IDS } from './rule-ids';
import type { RuleExample, SpellEngine } from './rule';
import { Category } from './types';

const here = new URL('.', import.meta.url);

let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 120_000);

describe('the rule registry', () => {
  it('is listed in rule-ids.ts, in the same order', () => {
    expect(RULE_IDS).toEqual(rules.map((r) => r.id));
  });

  it('has unique ids of the form category/name', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const file = new URL(`rules/${id}.ts`, here);

    it('lives in the file named by its id', () => {
      expect(existsSync(file), file.pathname).toBe(true);
      expect(Category.options).toContain(rule.category);
    });

    it('is described in Dutch and English', () => {
      expect(rule.description.nl.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    });

    it('has tests in two halves: must flag and must not flag', () => {
      const dir = new URL(`rules/${id.split('/')[0]}/`, here);
      const name = id.split('/')[1];
      const candidates = [`${name}.test.ts`, 'foundation.test.ts'].map((f) => new URL(f, dir));
      const source = candidates
        .filter(existsSync)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      expect(source, `no test file mentions ${id}`).toContain(id);
      expect(rule.examples.flag.length).toBeGreaterThan(0);
      expect(rule.examples.pass.length).toBeGreaterThan(0);
    });

    const run = (example: RuleExample) => {
      const { settings = {}, ...draft } = typeof example === 'string' ? { text: example } : example;
      return check(draft, settings, { rules: [rule], spell }).findings;
    };
    const label = (e: RuleExample) => (typeof e === 'string' ? e : e.text);
    it.each(rule.examples.flag.map((e) => [label(e), e] as const))('example flags: %s', (_l, example) => {
      expect(run(example).length).toBeGreaterThan(0);
    });
    it.each(rule.examples.pass.map((e) => [label(e), e] as const))('example passes: %s', (_l, example) => {
      expect(run(example)).toEqual([]);
    });
  });
});
