import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../lib/settings/managed-schema';
import { cleanPolicy } from '../lib/settings/policy';
import { examplePolicy, generatedFiles } from './settings-docs';

const root = fileURLToPath(new URL('../', import.meta.url));
const files = await generatedFiles();

describe('generated settings files', () => {
  it.each(Object.keys(files))('%s is up to date (npx tsx scripts/gen-settings-docs.ts)', (file) => {
    expect(readFileSync(`${root}${file}`, 'utf8')).toBe(files[file]);
  });

  it('uses an example policy that is valid in full', () => {
    expect(cleanPolicy(examplePolicy).issues).toEqual([]);
  });

  it('documents every policy key', () => {
    const reference = files['docs/admin/policy-reference.md'];
    const keys = (node: Record<string, unknown>, prefix: string): string[] => {
      const items = (node.items ?? {}) as Record<string, unknown>;
      const properties = (node.properties ?? items.properties ?? {}) as Record<
        string,
        Record<string, unknown>
      >;
      const arrayMark = node.items ? '[]' : '';
      return Object.entries(properties).flatMap(([name, child]) => [
        `${prefix}${arrayMark}.${name}`,
        ...keys(child, `${prefix}${arrayMark}.${name}`),
      ]);
    };
    const schema = managedSchema() as unknown as { properties: Record<string, Record<string, unknown>> };
    const all = ['organisation', 'defaults'].flatMap((section) => keys(schema.properties[section], section));
    expect(all.length).toBeGreaterThan(15);
    for (const key of all) expect(reference).toContain(`| \`${key}\` |`);
  });
});

describe('managed_schema.json stays inside what Chrome accepts', () => {
  const allowed = new Set(['type', 'title', 'description', 'properties', 'items', 'additionalProperties']);
  const walk = (node: Record<string, unknown>, path: string, top = false): string[] => {
    const problems = Object.keys(node)
      .filter((key) => !allowed.has(key))
      .map((key) => `${path}: ${key}`);
    if (typeof node.type !== 'string') problems.push(`${path}: needs exactly one type`);
    if (top && 'additionalProperties' in node) problems.push(`${path}: no additionalProperties at the top`);
    const children = [
      ...Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>),
      ...(node.items ? [['[]', node.items as Record<string, unknown>] as const] : []),
      ...(node.additionalProperties
        ? [['*', node.additionalProperties as Record<string, unknown>] as const]
        : []),
    ];
    return [...problems, ...children.flatMap(([key, child]) => walk(child, `${path}.${key}`))];
  };

  it('has only type, properties, items, additionalProperties, title and description; no default, no $schema', () => {
    expect(walk(managedSchema() as unknown as Record<string, unknown>, '$', true)).toEqual([]);
  });
});
