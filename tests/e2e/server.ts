import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { ASSET_PREFIX, SITE_HOSTS, SITES, type SiteHost } from './fixtures/sites';
import { socketCloser } from './sockets';

export const FIXTURE_DIST = fileURLToPath(new URL('./fixtures/dist/', import.meta.url));

export type FixtureServer = {
  port: number;
  /** https URL of a path on a platform host, e.g. url('www.facebook.com', '/') */
  url(host: SiteHost, pathname?: string): string;
  close(): Promise<void>;
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
};

/** Self-signed certificate for every fixture hostname, made fresh for each run (never stored). */
async function certificate(): Promise<{ key: string; cert: string }> {
  const altNames = [
    ...SITE_HOSTS.map((value) => ({ type: 2 as const, value })),
    { type: 2 as const, value: 'localhost' },
    { type: 7 as const, ip: '127.0.0.1' },
  ];
  const pems = await generate([{ name: 'commonName', value: 'zorgvuldig-e2e' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Every page path on a platform host gets the same shell; the site script routes on location.
 * With `?variant=` the variant pages' script draws the page instead (fixtures/variants).
 */
function shell(host: SiteHost, variant: boolean): string {
  const { title } = SITES[host];
  const site = variant ? 'variants' : SITES[host].site;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ASSET_PREFIX}${site}.css">
<script type="module" src="${ASSET_PREFIX}${site}.js"></script>
</head>
<body><div id="root"></div></body>
</html>`;
}

/** HTTPS server on 127.0.0.1 that answers as the platform named by the Host header. */
export async function startFixtureServer(options: { port?: number } = {}): Promise<FixtureServer> {
  if (!existsSync(path.join(FIXTURE_DIST, 'facebook.js'))) {
    throw new Error(
      `Fixture pages are not built (${FIXTURE_DIST}). Run: npx tsx tests/e2e/build-fixtures.ts`,
    );
  }
  const server: Server = createServer(await certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '') as SiteHost;
    const url = new URL(req.url ?? '/', 'https://fixture');
    const pathname = url.pathname;
    if (!(host in SITES)) {
      res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`No fixture site for host "${host}". Known: ${SITE_HOSTS.join(', ')}`);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname.startsWith(ASSET_PREFIX)) {
      const name = pathname.slice(ASSET_PREFIX.length);
      const file = path.join(FIXTURE_DIST, name);
      if (name.includes('..') || !file.startsWith(FIXTURE_DIST)) {
        res.writeHead(400).end();
        return;
      }
      readFile(file).then(
        (body) =>
          res
            .writeHead(200, {
              'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
              'cache-control': 'no-store',
            })
            .end(body),
        () => res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture asset ${name}`),
      );
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(shell(host, url.searchParams.has('variant')));
  });
  const sockets = socketCloser(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, pathname = '/') => `https://${host}${pathname}`,
    close: sockets.close,
  };
}
