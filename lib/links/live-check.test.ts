import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../checker/check';
import { broken } from '../checker/rules/links/broken';
import { shortener } from '../checker/rules/links/shortener';
import { createLinkStatusHandler } from './handler';
import { createLinkChecker, type LiveCheckOptions } from './live-check';

type Seen = { method: string; path: string; body: string; headers: IncomingMessage['headers'] };

/** A real server on 127.0.0.1 that records every request it gets. */
const seen: Seen[] = [];
let inFlight = 0;
let maxInFlight = 0;
let base = '';
let tlsBase = '';
const servers: Server[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const hop = /^\/chain\/(\d+)$/.exec(path);
  if (path.startsWith('/ok')) res.writeHead(200).end('fine');
  else if (hop) {
    const n = Number(hop[1]);
    if (n === 0) res.writeHead(200).end('end of the chain');
    else res.writeHead(301, { location: `/chain/${n - 1}` }).end();
  } else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
  else if (path === '/missing') res.writeHead(404).end('not here');
  else if (path === '/gone') res.writeHead(410).end();
  else if (path === '/error') res.writeHead(500).end('oops');
  else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
  else if (path === '/slow')
    return; // never answers: the checker's timeout must end it
  else if (path.startsWith('/busy')) setTimeout(() => res.writeHead(200).end(), 200);
  else if (path === '/to-tls') res.writeHead(301, { location: `${tlsBase}/ok` }).end();
  else res.writeHead(404).end();
}

function listen(server: Server): Promise<string> {
  servers.push(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () =>
      seen.push({ method: req.method ?? '', path: req.url ?? '', body, headers: req.headers }),
    );
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    route(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  base = `http://${await listen(createServer())}`;
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keySize: 2048 });
  tlsBase = `https://${await listen(createTlsServer({ key: pems.private, cert: pems.cert }))}`;
});

afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const modes: LiveCheckOptions['redirect'][] = ['follow', 'manual'];
const checker = (options: LiveCheckOptions = {}) =>
  createLinkChecker({ allowPrivateHosts: true, timeoutMs: 2000, ...options });

describe.each(modes)('the live link check against a local server (redirect: %s)', (redirect) => {
  it('200: ok, and sends a HEAD for the address only', async () => {
    seen.length = 0;
    expect(await checker({ redirect }).check(`${base}/ok#deel`)).toEqual({ state: 'ok', status: 200 });
    expect(seen.map((s) => `${s.method} ${s.path} ${s.body.length}`)).toEqual(['HEAD /ok 0']);
    expect(seen[0].headers.cookie).toBeUndefined();
    expect(seen[0].headers.referer).toBeUndefined();
  });

  it('301 chain: shows where the link ends', async () => {
    expect(await checker({ redirect }).check(`${base}/chain/3`)).toEqual({
      state: 'ok',
      status: 200,
      finalUrl: `${base}/chain/0`,
    });
  });

  it('a redirect loop ends, bounded', async () => {
    const status = await checker({ redirect, maxRedirects: 5 }).check(`${base}/loop`);
    expect(status?.state).toBe('unreachable');
    expect(status?.reason).toBe(redirect === 'manual' ? 'redirects' : 'network');
  });

  it.each([
    ['/missing', 404],
    ['/gone', 410],
    ['/error', 500],
  ])('%s: broken with status %i', async (path, status) => {
    expect(await checker({ redirect }).check(`${base}${path}`)).toEqual({ state: 'broken', status });
  });

  it('falls back to GET when HEAD is refused (405)', async () => {
    seen.length = 0;
    expect(await checker({ redirect }).check(`${base}/no-head`)).toEqual({ state: 'ok', status: 200 });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('a server that never answers: timeout', async () => {
    const started = Date.now();
    expect(await checker({ redirect, timeoutMs: 300 }).check(`${base}/slow`)).toEqual({
      state: 'unreachable',
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a certificate nobody trusts: TLS error, also at the end of a redirect', async () => {
    expect(await checker({ redirect }).check(`${tlsBase}/ok`)).toEqual({
      state: 'unreachable',
      reason: 'tls',
    });
    expect(await checker({ redirect }).check(`${base}/to-tls`)).toEqual({
      state: 'unreachable',
      reason: 'tls',
    });
  });
});

describe('the live link check', () => {
  it('asks once per address while the answer is fresh, and again after the TTL', async () => {
    let clock = 0;
    const live = checker({ now: () => clock, okTtlMs: 1000 });
    const asked = () => seen.filter((s) => s.path === '/ok?ttl').length;
    await Promise.all([live.check(`${base}/ok?ttl`), live.check(`${base}/ok?ttl`)]);
    await live.check(`${base}/ok?ttl`);
    expect(asked()).toBe(1);
    expect(live.peek(`${base}/ok?ttl`)).toEqual({ state: 'ok', status: 200 });
    clock = 1001;
    expect(live.peek(`${base}/ok?ttl`)).toBeUndefined();
    await live.check(`${base}/ok?ttl`);
    expect(asked()).toBe(2);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    maxInFlight = 0;
    const live = checker({ concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => live.check(`${base}/busy?n=${i}`)));
    expect(maxInFlight).toBe(2);
  });

  it('never probes private or loopback hosts unless allowed, nor other schemes', async () => {
    seen.length = 0;
    const live = createLinkChecker();
    expect(await live.check(`${base}/ok`)).toBeUndefined();
    expect(await live.check('ftp://example.org/a')).toBeUndefined();
    expect(await live.check('https://user:secret@example.org/')).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('with the feature off, no request is made', async () => {
    seen.length = 0;
    let calls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const handle = createLinkStatusHandler({
      checker: checker({ fetch: countingFetch }),
      enabled: () => false,
    });
    const answer = await handle({ urls: [`${base}/ok`, `${base}/missing`] });
    expect(answer.statuses).toEqual([
      { url: `${base}/ok`, status: null },
      { url: `${base}/missing`, status: null },
    ]);
    expect(calls).toBe(0);
    expect(seen).toEqual([]);
    // and the checker alone, without the live results, never asks anything
    expect(check({ text: `${base}/missing` }, {}, { rules: [broken] }).findings).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('with the feature on, the results reach the rules through CheckOptions.linkStatus', async () => {
    const live = checker({ redirect: 'manual' });
    const handle = createLinkStatusHandler({ checker: live, enabled: () => true });
    const short = `${base}/chain/2`;
    const text = `Lees ${base}/missing en ${short}`;
    await handle({ urls: [`${base}/missing`, short] });
    const report = check({ text }, {}, { rules: [broken, shortener], linkStatus: live.peek });
    expect(report.findings.map((f) => `${f.ruleId} ${f.text}`)).toEqual([`links/broken ${base}/missing`]);
    expect(live.peek(short)?.finalUrl).toBe(`${base}/chain/0`);
  });
});
