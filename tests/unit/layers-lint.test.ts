import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint-rules/layers.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The layer-rule messages ESLint (with the repository's own config) gives `file` importing `target`. */
async function layerErrors(file: string, target: string): Promise<string[]> {
  const source = path.relative(path.dirname(file), target).replace(/^(?!\.)/, './');
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, {
    filePath: path.join(root, file),
  });
  return result.messages.filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

const inLayer = (layer: string) => `${layer}/some/file.ts`;
const upward = LAYERS.flatMap((level, rank) =>
  level.flatMap((lower) =>
    LAYERS.slice(0, rank)
      .flat()
      .map((upper) => [lower, upper] as const),
  ),
);
const siblings = LAYERS.flatMap((level) =>
  level.flatMap((a) => level.filter((b) => b !== a).map((b) => [a, b] as const)),
);
const downward = upward.map(([lower, upper]) => [upper, lower] as const);

describe('the layer lint rule (eslint.config.js, eslint-rules/layers.mjs)', () => {
  it.each(upward)('fails on an upward import: %s -> %s', async (from, to) => {
    expect(await layerErrors(inLayer(from), `${to}/x`)).toHaveLength(1);
  });

  it.each(siblings)('fails between siblings on one level: %s -> %s', async (from, to) => {
    expect(await layerErrors(inLayer(from), `${to}/x`)).toHaveLength(1);
  });

  it.each(downward)('allows a downward import: %s -> %s', async (from, to) => {
    expect(await layerErrors(inLayer(from), `${to}/x`)).toEqual([]);
  });

  it('keeps the CLI a thin wrapper over the checker and the spelling engine', async () => {
    expect(await layerErrors('cli/main.ts', 'lib/checker/check')).toEqual([]);
    expect(await layerErrors('cli/main.ts', 'lib/spelling/load-node')).toEqual([]);
    expect(await layerErrors('cli/main.ts', 'lib/settings/index')).toHaveLength(1);
    expect(await layerErrors('lib/checker/check.ts', 'cli/main')).toHaveLength(1);
  });

  it('lets tests import across layers', async () => {
    expect(await layerErrors('lib/checker/check.test.ts', 'components/sidebar/contract')).toEqual([]);
  });

  it('lists every folder of lib/ in one layer, so a new one cannot slip past the rule', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(path.join(root, 'lib'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `lib/${d.name}`);
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
  });
});
