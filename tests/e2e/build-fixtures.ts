import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTRA_BUNDLES, SITES } from './fixtures/sites';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const FIXTURE_OUT = here('./fixtures/dist/');

/** Bundles each site's page script (and the editors' CSS) into tests/e2e/fixtures/dist/<site>.{js,css}. */
export async function buildFixtures(): Promise<void> {
  const sites = [...new Set([...Object.values(SITES).map((s) => s.site), ...EXTRA_BUNDLES])].filter((site) =>
    existsSync(here(`./fixtures/${site}/main.ts`)),
  );
  await build({
    entryPoints: Object.fromEntries(sites.map((site) => [site, here(`./fixtures/${site}/main.ts`)])),
    outdir: FIXTURE_OUT,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    sourcemap: true,
    minify: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.css': 'css' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildFixtures();
  console.log(`fixtures built in ${Date.now() - started} ms -> ${FIXTURE_OUT}`);
}
