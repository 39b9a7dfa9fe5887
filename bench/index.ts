// `npm run bench`: the performance budgets of DESIGN.md, measured on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchChecker } from './checker';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = process.argv.includes('--json');
const results: Record<string, unknown> = {
  machine: `${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, node ${process.version}`,
};

async function loadSpell() {
  const loader = `${root}lib/spelling/load-node.ts`;
  if (!existsSync(loader)) return undefined;
  const mod = (await import(loader)) as {
    loadSpellEngine: () => Promise<import('../lib/checker/rule').SpellEngine>;
  };
  return mod.loadSpellEngine().catch(() => undefined);
}

/** Other benchmarks run in fresh processes (cold starts must be cold); their last line is JSON. */
function child(script: string): unknown {
  if (!existsSync(`${root}bench/${script}`)) return 'not present';
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${script}`, '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: (r.stderr || last).trim().split('\n').slice(-3).join(' ') };
  }
}

results.checker = await benchChecker(await loadSpell());
// keystroke-browser.ts, wakeup.ts and bundle.ts need the built extension (wakeup.ts also Chromium):
// they report an error line without them.
for (const script of [
  'privacy.ts',
  'keystroke.ts',
  'keystroke-browser.ts',
  'wakeup.ts',
  'bundle.ts',
  'spelling.ts',
  'photos.ts',
])
  results[script.replace('.ts', '')] = child(script);

if (json) console.log(JSON.stringify(results));
else console.log(JSON.stringify(results, null, 2));
