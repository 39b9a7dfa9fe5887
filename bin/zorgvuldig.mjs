#!/usr/bin/env node
// The CLI is bundled to dist-cli/ by `npm run build:cli` (run on install by `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/zorgvuldig.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'zorgvuldig: the CLI is not built yet; run `npm run build:cli` in the package folder\n',
  );
  process.exit(2);
}
await import(bundle.href);
