import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DutchSpellEngine } from './engine';
import { engineFromBytes } from './engine';

/** public/dict of this package (lib/spelling -> package root). */
export const defaultDictDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'dict');

/** The engine from public/dict/nl.bin (run `npm run build:dict` first). For the CLI, tests and benchmarks. */
export async function loadSpellEngine(dir: string = defaultDictDir): Promise<DutchSpellEngine> {
  const file = join(dir, 'nl.bin');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(`Dutch dictionary missing at ${file}: run \`npm run build:dict\``, { cause: error });
  }
  return engineFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
