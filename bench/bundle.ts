/**
 * Each entrypoint's JavaScript in the built Chrome extension (.output/chrome-mv3), raw and
 * gzipped: the service worker, every content script, and every page with the chunks it loads
 * (its module script and the modulepreload links Vite writes). What a user's browser parses
 * when that part starts. Needs `npm run build:chrome` first. Last line with --json is machine-readable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/harness';

const json = process.argv.includes('--json');

type Manifest = {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
};

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

function sizes(files: string[]): { files: number; rawKB: number; gzipKB: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(EXTENSION_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, rawKB: kB(raw), gzipKB: kB(gzip) };
}

/** A page's own scripts: `<script src>` and `<link rel="modulepreload">`, as paths in the package. */
function pageScripts(html: string): string[] {
  const text = readFileSync(path.join(EXTENSION_DIR, html), 'utf8');
  const found = [
    ...text.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ];
  return [...new Set(found.map((m) => m[1].replace(/^\//, '')))];
}

function allScripts(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return allScripts(full, rel);
    return /\.m?js$/.test(name) ? [rel] : [];
  });
}

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  const error = `No build in ${EXTENSION_DIR}: run npm run build:chrome first`;
  console.log(json ? JSON.stringify({ error }) : error);
  process.exit(json ? 0 : 1);
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const entries: Record<string, string[]> = {};
if (manifest.background?.service_worker) entries.background = [manifest.background.service_worker];
const scripts = new Set([
  ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  // Content scripts the background injects itself (chrome.scripting), not listed in the manifest.
  ...readdirSync(path.join(EXTENSION_DIR, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `content-scripts/${f}`),
]);
for (const script of [...scripts].sort()) entries[script.replace(/\.js$/, '')] = [script];
for (const html of readdirSync(EXTENSION_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort())
  entries[html.replace(/\.html$/, '')] = pageScripts(html);

const all = allScripts(EXTENSION_DIR);
const result = {
  entrypoints: Object.fromEntries(Object.entries(entries).map(([name, files]) => [name, sizes(files)])),
  // Every script in the package, the photo engines' workers and WASM loaders included.
  totalJs: sizes(all),
};
if (json) console.log(JSON.stringify(result));
else {
  for (const [name, s] of Object.entries(result.entrypoints))
    console.log(
      `${name.padEnd(32)} ${String(s.rawKB).padStart(8)} kB  gzip ${String(s.gzipKB).padStart(7)} kB  (${s.files} files)`,
    );
  const t = result.totalJs;
  console.log(
    `${'all JavaScript'.padEnd(32)} ${String(t.rawKB).padStart(8)} kB  gzip ${String(t.gzipKB).padStart(7)} kB  (${t.files} files)`,
  );
}
