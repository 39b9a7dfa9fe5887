import { runCli } from './main';
import { loadSpell } from './spelling';

declare const __VERSION__: string;

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  loadSpell,
  version: __VERSION__,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zorgvuldig: interne fout: ${(error as Error)?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
