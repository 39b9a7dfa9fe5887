import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, type Catalogue, type Text } from '../../lib/i18n';
import { managedSchema } from '../../lib/settings/managed-schema';

const root = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'cli', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const sources = files.map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
const catalogueFiles = sources.filter(
  ({ file, text }) => !file.startsWith('lib/i18n/') && text.includes('defineCatalogue('),
);

const isCatalogue = (value: unknown): value is Catalogue<string> =>
  typeof value === 'object' && value !== null && 'entries' in value && 'area' in value && 't' in value;

/** Every catalogue in the code, found by its defineCatalogue call: nothing needs registering. */
const catalogues = await Promise.all(
  catalogueFiles.map(async ({ file, text }) => {
    const module = (await import(path.join(root, file))) as Record<string, unknown>;
    const exported = Object.values(module).filter(isCatalogue);
    return { file, text, catalogues: exported };
  }),
);
const all = catalogues.flatMap(({ file, catalogues: list }) =>
  list.map((catalogue) => ({ file, catalogue })),
);

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A key is used when some source names it in quotes (not as the key of an entry, which a
 * `: {` follows), or builds it in a template literal from a fixed prefix (`category.${c}`).
 */
function isUsed(key: string): boolean {
  const quoted = new RegExp(`(['"\`])${escape(key)}\\1(?!\\s*:\\s*\\{)`);
  return sources.some(({ text }) => {
    if (quoted.test(text)) return true;
    for (const match of text.matchAll(/`([\w./-]+[.\-/])\$\{/g)) if (key.startsWith(match[1])) return true;
    return false;
  });
}

/** The settings paths the policy schema knows ('org.name', 'rules.*.enabled', 'lang' ...): all, or the leaves. */
function settingPaths(leavesOnly = false): Set<string> {
  const paths = new Set<string>();
  type Node = { properties?: Record<string, Node>; additionalProperties?: Node; items?: Node };
  const walk = (node: Node, at: string) => {
    const leaf = !node.properties && !node.additionalProperties;
    if (at && (leaf || !leavesOnly)) paths.add(at);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, at ? `${at}.${key}` : key);
    if (node.additionalProperties) walk(node.additionalProperties, `${at}.*`);
    if (node.items) walk(node.items, at);
  };
  const sections = managedSchema().properties as Record<string, Node>;
  walk(sections.organisation, 'org');
  walk(sections.defaults, '');
  return paths;
}

describe('the text catalogues (lib/i18n): one way to write user text, complete in both languages', () => {
  it('finds every catalogue, each exported from the file that declares it', () => {
    expect(catalogueFiles.length).toBeGreaterThanOrEqual(10);
    for (const { file, text, catalogues: list } of catalogues)
      expect([file, list.length]).toEqual([file, (text.match(/defineCatalogue\(/g) ?? []).length]);
    const areas = all.map(({ catalogue }) => catalogue.area);
    expect(new Set(areas).size).toBe(areas.length);
  });

  const entries = all.flatMap(({ file, catalogue }) =>
    Object.entries(catalogue.entries as Record<string, Text>).map(
      ([key, text]) => [`${catalogue.area}: ${key}`, file, key, text] as const,
    ),
  );

  it.each(entries)('%s has Dutch and English with the same placeholders', (_name, _file, _key, text) => {
    expect(Object.keys(text).sort()).toEqual(['en', 'nl']);
    expect(text.nl.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(placeholders(text.en)).toEqual(placeholders(text.nl));
  });

  it('has no unused keys', () => {
    const settings = settingPaths();
    const unused = entries
      .filter(([, file, key]) =>
        // The settings texts are looked up by setting path: each must name a setting.
        file === 'lib/settings/texts.ts' ? !settings.has(key.replace(/\.(label|help)$/, '')) : !isUsed(key),
      )
      .map(([name]) => name);
    expect(unused).toEqual([]);
  });

  it('has a label and help for every setting', () => {
    const settings = all.find(({ file }) => file === 'lib/settings/texts.ts')!.catalogue.entries;
    const missing = [...settingPaths(true)]
      .flatMap((p) => [`${p}.label`, `${p}.help`])
      .filter((key) => !(key in settings));
    expect(missing).toEqual([]);
  });
});
