// The layer rule: imports point one way, down the README's list ("How it is built"). It resolves
// each relative import against the importing file, so a lower layer cannot reach an upper one
// by any path, and siblings on one level stay apart.
import path from 'node:path';

/** Top to bottom; layers in one inner array are siblings (neither imports the other). */
export const LAYERS = [
  ['entrypoints'],
  ['components'],
  ['lib/platforms'],
  ['lib/anywhere', 'lib/health', 'lib/media', 'lib/welcome'],
  ['lib/messaging'],
  ['lib/links', 'lib/settings'],
  ['lib/checker'],
  ['lib/spelling'],
  ['lib/i18n'],
];

/** The command line sits beside the extension: a thin wrapper over the checker. */
const SIDE_LAYERS = { cli: ['lib/checker', 'lib/spelling', 'lib/i18n'] };

const RANK = new Map(LAYERS.flatMap((level, rank) => level.map((name) => [name, rank])));

/** The layer a repository path belongs to, or undefined outside every layer (tests, scripts). */
export function layerOf(relativePath) {
  const parts = relativePath.split(path.sep).join('/').split('/');
  const name = parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0];
  if (parts[0] === 'lib' && parts.length < 3) return undefined;
  return RANK.has(name) || name in SIDE_LAYERS ? name : undefined;
}

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from, to) {
  if (!from || !to || from === to) return undefined;
  if (from in SIDE_LAYERS)
    return SIDE_LAYERS[from].includes(to)
      ? undefined
      : `${from}/ may only import ${SIDE_LAYERS[from].join(', ')}`;
  if (to in SIDE_LAYERS) return `${to}/ is not a library: nothing imports it`;
  const a = RANK.get(from);
  const b = RANK.get(to);
  if (b < a) return `${from}/ is below ${to}/: imports point down the layers (README "How it is built")`;
  if (b === a) return `${from}/ and ${to}/ are siblings on one level: move what both need down a layer`;
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down the layer list in the README.' },
    schema: [],
    messages: { upward: 'Layer import: {{why}} (imports {{source}}).' },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
      const why = violation(from, layerOf(target));
      if (why) context.report({ node: node.source, messageId: 'upward', data: { why, source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
