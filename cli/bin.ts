import { langOf } from './args';
import { runCli } from './main';
import { loadSpell } from './spelling';
import { t } from './texts';

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
    const message = String((error as Error)?.message ?? error);
    process.stderr.write(`${t('internal', langOf(process.argv.slice(2)), { message })}\n`);
    process.exitCode = 2;
  },
);
