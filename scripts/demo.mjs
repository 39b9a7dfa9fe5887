// `npm run demo`: the extension on local copies of the four composers, no social-media account needed.
// Builds the extension (Chrome) and the fixture pages, serves them over https under the platforms' own
// hostnames on 127.0.0.1, and opens Chromium (with a display) or prints how to open it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const portArg = args.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : 8443;

const PAGES = [
  'https://www.facebook.com/',
  'https://www.instagram.com/create/details/',
  'https://www.linkedin.com/feed/',
  'https://www.tiktok.com/tiktokstudio/upload?skipUpload=1',
];

if (!skipBuild) {
  const build = spawnSync('npm', ['run', 'build:chrome'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { buildFixtures } = await tsImport('../tests/e2e/build-fixtures.ts', import.meta.url);
const harness = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const { startFixtureServer } = await tsImport('../tests/e2e/server.ts', import.meta.url);
await buildFixtures();
harness.builtExtensionId();

const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const h = await harness.startBrowser({ headless: false, blockOtherHosts: false, viewport: null });
  for (const url of PAGES) await h.page(url);
  // The empty first tab Chromium opens with the profile.
  for (const page of h.context.pages()) if (page.url() === 'about:blank') await page.close();
  console.log(
    `\nChromium is open with Zorgvuldig on local composer pages (server on 127.0.0.1:${h.server.port}):`,
  );
  console.log(PAGES.map((url) => `  ${url}`).join('\n'));
  console.log('Close the browser window or press Ctrl+C to stop.\n');
  const stop = async () => {
    await h.close();
    process.exit(0);
  };
  h.context.on('close', stop);
  process.on('SIGINT', stop);
} else {
  const server = await startFixtureServer({ port });
  const profile = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-demo-'));
  const flags = harness.chromiumArgs({
    port: server.port,
    extensionDir: harness.EXTENSION_DIR,
    blockOtherHosts: false,
  });
  const command = [harness.CHROMIUM, `--user-data-dir=${profile}`, ...flags, ...PAGES]
    .map(quote)
    .join(' \\\n    ');
  console.log(`
Geen beeldscherm gevonden (DISPLAY is leeg) / no display found.
The local composer pages are served on https://127.0.0.1:${server.port} under the platforms' hostnames.
Open them on a machine with a display (as a non-root user you may drop --no-sandbox):

  ${command}

Or run \`npm run demo\` again where DISPLAY is set, to open Chromium automatically.
Pages: ${PAGES.join('  ')}
Other paths: facebook.com/groups/zorgteam/ · facebook.com/late/ · instagram.com/p/C0zorg123/ · instagram.com/direct/t/1234/
             linkedin.com/messaging/thread/2-abc/ · tiktok.com/@zorgteam/video/7300000000000000001 · any page with ?lang=en

Server keeps running; Ctrl+C to stop.`);
  process.on('SIGINT', async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
}
