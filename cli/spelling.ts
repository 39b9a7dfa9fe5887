import type { SpellEngine } from '../lib/checker/rule';

/** The spell engine for the CLI; wired to lib/spelling once the compiled dictionary exists. */
export async function loadSpell(): Promise<SpellEngine | undefined> {
  return undefined;
}
