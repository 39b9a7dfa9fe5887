import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The shared corpus beside the repository (../shared/corpus), or ZORGVULDIG_SHARED/corpus. */
export function corpusDir(): string | null {
  const base = process.env.ZORGVULDIG_SHARED ?? `${root}../shared`;
  const dir = `${base}/corpus`;
  return existsSync(dir) ? dir : null;
}

/** Ordinary Dutch care text, with a few risky sentences mixed in, as a bench input of `length` characters. */
export function dutchDraft(length: number): string {
  const dir = corpusDir();
  const ordinary = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
        .join('\n')
    : readFileSync(`${root}examples/bericht.txt`, 'utf8');
  const risky = readFileSync(`${root}examples/bericht.txt`, 'utf8');
  let text = '';
  while (text.length < length) text += `${ordinary}\n${risky}\n`;
  return text.slice(0, length);
}
