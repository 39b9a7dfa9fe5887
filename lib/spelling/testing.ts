import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DutchSpellEngine } from './engine';
import { defaultDictDir, loadSpellEngine } from './load-node';

let engine: Promise<DutchSpellEngine> | undefined;

/** The real engine for tests; builds public/dict first when a fresh clone lacks it. */
export function testEngine(): Promise<DutchSpellEngine> {
  if (!existsSync(join(defaultDictDir, 'nl.bin'))) {
    execFileSync('npx', ['tsx', 'scripts/build-dictionary.ts'], {
      cwd: join(defaultDictDir, '..', '..'),
      stdio: 'ignore',
    });
  }
  engine ??= loadSpellEngine();
  return engine;
}
