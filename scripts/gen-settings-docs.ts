import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './settings-docs';

/** Writes public/managed_schema.json and the generated admin docs: `npx tsx scripts/gen-settings-docs.ts`. */
const root = fileURLToPath(new URL('../', import.meta.url));
for (const [file, content] of Object.entries(await generatedFiles())) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
