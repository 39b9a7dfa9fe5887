import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Lang } from '../lib/i18n';
import { t } from './texts';

/** Larger than any post (Facebook allows 63,206 characters) by far; guards against mistakes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type Input = { ok: true; text: string } | { ok: false; error: string };

/** Reads a file or stdin ('-') as UTF-8 text, refusing binaries and huge inputs with a clear message. */
export async function readInput(file: string, stdin: Readable, lang: Lang): Promise<Input> {
  let bytes: Buffer;
  try {
    if (file === '-') {
      bytes = await readStream(stdin);
    } else {
      const info = await stat(file);
      if (info.isDirectory()) return { ok: false, error: t('input.directory', lang, { file }) };
      if (info.size > MAX_INPUT_BYTES) return { ok: false, error: t('input.fileTooBig', lang, { file }) };
      bytes = await readFile(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? t('input.missing', lang, { file })
        : code === 'EACCES'
          ? t('input.unreadable', lang, { file })
          : t('input.failed', lang, { file, reason: (error as Error).message });
    return { ok: false, error: message };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: t('input.tooBig', lang) };
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, error: t('input.binary', lang, { file: file === '-' ? 'stdin' : file }) };
  // Invalid UTF-8 becomes U+FFFD: the text is still checked, nothing crashes.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') };
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
