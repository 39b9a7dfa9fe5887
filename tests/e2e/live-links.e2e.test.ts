import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, startBrowser, type Harness } from './harness';
import { CASES, card, openCase } from './composer-cases';

/** A public-looking site whose pages are missing; Chromium sends its name to the local server. */
const SITE = 'www.zorgvoorbeeld.nl';

let h: Harness;
let site: Server;
let build: string;
const asked: string[] = [];

beforeAll(async () => {
  // HTTPS, as the finder writes a www. link (Chromium here ignores certificate errors).
  const pems = await generate([{ name: 'commonName', value: SITE }], { keyType: 'ec', curve: 'P-256' });
  site = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    asked.push(`${req.method} ${req.headers.host} ${req.url}`);
    res.writeHead(req.url?.startsWith('/bestaat') ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  // The opt-in needs the host permission, which Chromium grants only through a prompt a headless
  // browser cannot show: this copy of the build has it granted in its manifest instead.
  build = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-links-'));
  cpSync(EXTENSION_DIR, build, { recursive: true });
  const manifestPath = path.join(build, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  h = await startBrowser({
    extensionDir: build,
    hosts: { [SITE]: (site.address() as AddressInfo).port },
    viewport: { width: 1440, height: 900 },
  });
  await (await h.welcomeTab()).close();
  // Turned on like a user does, on the options page.
  const options = await h.page(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByLabel('Links online nakijken').check();
  await options.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  await options.close();
});
afterAll(async () => {
  await h?.close();
  site?.closeAllConnections();
  await new Promise((resolve) => site?.close(resolve));
  if (build) rmSync(build, { recursive: true, force: true });
});

describe('the live link check (opt-in)', () => {
  it('a link answering 404 gets its card once the answer is in, without another edit', async () => {
    const linkedin = CASES.find((c) => c.editor === 'share')!;
    const page = await openCase(h, linkedin);
    await page.keyboard.type(`Lees ${SITE}/weg en ${SITE}/bestaat.`, { delay: 10 });
    const broken = card(page, 'links/broken');
    await broken.first().waitFor({ state: 'visible', timeout: 10_000 });
    await expect(broken.first().textContent()).resolves.toContain('404');
    // Only the addresses went out (as the checker's link finder reads them), and only the broken one has a card.
    expect(asked.toSorted()).toEqual([`HEAD ${SITE} /bestaat`, `HEAD ${SITE} /weg`]);
    await expect(broken.count()).resolves.toBe(1);
    await page.close();
  });
});
