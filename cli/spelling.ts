import { fileURLToPath } from 'node:url';
import type { SpellEngine } from '../lib/checker/rule';
import { loadSpellEngine } from '../lib/spelling/load-node';

/** public/dict of the package: one level up from cli/ (tests) and from dist-cli/ (the bundle). */
const dictDir = fileURLToPath(new URL('../public/dict/', import.meta.url));

export function loadSpell(): Promise<SpellEngine> {
  return loadSpellEngine(dictDir);
}
