// `npm run package`: every file an organisation or a store needs, from one build.
//   npm run package -- [--key path/to/key.pem] [--base-url https://host/path] [--out dir] [--no-build]
// The CRX signing key comes from --key, ZORGVULDIG_CRX_KEY (a path) or ZORGVULDIG_CRX_KEY_PEM (the
// PEM itself, for CI secrets); it is never committed. See docs/release.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY } from '../wxt.config';
import { publicKeyDer } from './package/crx3';
import { packCrx, updateXml } from './package/self-host';
import { zipExtension, zipFiles } from './package/zip';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEV_KEY = path.join(ROOT, '.keys/zorgvuldig-dev-signing.pem');
const PLACEHOLDER_BASE_URL = 'https://extensions.example.org/zorgvuldig';

const { values: args } = parseArgs({
  options: {
    key: { type: 'string' },
    'base-url': { type: 'string' },
    out: { type: 'string' },
    'no-build': { type: 'boolean' },
    'no-lint': { type: 'boolean' },
  },
});

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const out = path.resolve(args.out ?? path.join(ROOT, '.output/package'));
const warnings: string[] = [];

function signingKey(): { pem: string; from: string } {
  const file = args.key ?? process.env.ZORGVULDIG_CRX_KEY;
  if (file) {
    if (!existsSync(file)) throw new Error(`The CRX signing key ${file} does not exist.`);
    return { pem: readFileSync(file, 'utf8'), from: file };
  }
  if (process.env.ZORGVULDIG_CRX_KEY_PEM)
    return { pem: process.env.ZORGVULDIG_CRX_KEY_PEM, from: 'ZORGVULDIG_CRX_KEY_PEM' };
  // No key given: a key for trying things out, kept outside git (.keys/ is ignored).
  if (!existsSync(DEV_KEY)) {
    mkdirSync(path.dirname(DEV_KEY), { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(DEV_KEY, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  warnings.push(
    `No signing key given (--key, ZORGVULDIG_CRX_KEY or ZORGVULDIG_CRX_KEY_PEM): the CRX is signed with a local development key (${path.relative(ROOT, DEV_KEY)}).`,
  );
  return { pem: readFileSync(DEV_KEY, 'utf8'), from: DEV_KEY };
}

/** The committed tree (what `git clone` gives), so nothing untracked, such as a key, can slip in. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(ROOT, file)));
}

function built(dir: string): string {
  const manifestPath = path.join(ROOT, '.output', dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  if (manifest.version !== version)
    throw new Error(`${manifestPath} has version ${manifest.version}, package.json ${version}: build again.`);
  return path.dirname(manifestPath);
}

if (!args['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const chromeDir = built('chrome-mv3');
const firefoxDir = built('firefox-mv2');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files: Record<string, Buffer | string> = {};

// Chrome Web Store and Edge Add-ons refuse a manifest with "key": each store gives its own ID.
files[`zorgvuldig-${version}-chrome-edge-store.zip`] = zipExtension(
  chromeDir,
  ({ key: _key, ...rest }) => rest as never,
);
files[`zorgvuldig-${version}-firefox.zip`] = zipExtension(firefoxDir);
files[`zorgvuldig-${version}-amo-source.zip`] = zipFiles([
  ['BUILD.md', readFileSync(path.join(ROOT, 'docs/release.md'))],
  ...trackedFiles().map((file): [string, Buffer] => [file, readFileSync(path.join(ROOT, file))]),
]);

const baseUrl = (args['base-url'] ?? process.env.ZORGVULDIG_UPDATE_BASE_URL ?? PLACEHOLDER_BASE_URL).replace(
  /\/+$/,
  '',
);
if (baseUrl === PLACEHOLDER_BASE_URL)
  warnings.push(
    `No --base-url: the CRX and update.xml point to ${PLACEHOLDER_BASE_URL}; give the address you host them at.`,
  );
const key = signingKey();
const crx = packCrx(chromeDir, key.pem, { updateUrl: `${baseUrl}/update.xml` });
if (publicKeyDer(key.pem).toString('base64') !== CHROME_PUBLIC_KEY)
  warnings.push(
    `The key from ${key.from} is not the project's key: this CRX has ID ${crx.id}, not ${CHROME_EXTENSION_ID}. Name ${crx.id} in every policy (ExtensionInstallForcelist, 3rdparty.extensions).`,
  );
const crxName = `zorgvuldig-${version}.crx`;
files[crxName] = crx.crx;
files['update.xml'] = updateXml(crx, `${baseUrl}/${crxName}`);

const sums = Object.entries(files).map(
  ([name, content]) => `${createHash('sha256').update(content).digest('hex')}  ${name}`,
);
files.SHA256SUMS = `${sums.join('\n')}\n`;
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(out, name), content);

// The Firefox package as AMO sees it: web-ext's own linter (addons-linter) on the zip itself.
if (!args['no-lint']) {
  const lint = spawnSync(
    'npx',
    [
      '--no-install',
      'addons-linter',
      '--output',
      'json',
      path.join(out, `zorgvuldig-${version}-firefox.zip`),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(lint.stdout || '{}') as {
    summary?: { errors: number; warnings: number };
    errors?: { code: string; message: string; file?: string }[];
  };
  if (!report.summary) throw new Error(`addons-linter gave no report: ${lint.stderr}`);
  console.log(
    `addons-linter (web-ext lint) on the Firefox zip: ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
  );
  if (report.summary.errors > 0) {
    for (const error of report.errors ?? [])
      console.error(`  ${error.code} ${error.file ?? ''}: ${error.message}`);
    process.exit(1);
  }
}

console.log(`\nZorgvuldig ${version} in ${path.relative(process.cwd(), out) || '.'}:`);
for (const name of Object.keys(files)) console.log(`  ${name}`);
console.log(`Chrome/Edge ID of the CRX: ${crx.id}; Firefox add-on ID: zorgvuldig@zorgvuldig.nl`);
console.log(`Check: (cd ${path.relative(process.cwd(), out) || '.'} && sha256sum -c SHA256SUMS)`);
for (const warning of warnings) console.warn(`warning: ${warning}`);
