import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { generate } from 'selfsigned';
import { describe, expect, it } from 'vitest';
import { startConnectProxy } from '../e2e/connect-proxy';
import { socketCloser } from '../e2e/sockets';

/** Resolves with the first reply line of a CONNECT through `port`, leaving the socket open. */
function tunnel(port: number, host: string): Promise<{ socket: Socket; status: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`),
    );
    socket.once('data', (chunk) => resolve({ socket, status: chunk.toString().split('\r\n')[0] }));
    socket.once('error', reject);
  });
}

const listening = (server: {
  listen(port: number, host: string, cb: () => void): unknown;
  address(): unknown;
}) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

// A teardown that waits for the browser to let go hung the Firefox suite's afterAll (issue 15, fault 3):
// these close while a client still holds its connection open, and fail by timing out.
describe('e2e teardown never waits for a browser to let go', () => {
  it('the CONNECT proxy closes with a tunnel still open', { timeout: 5000 }, async () => {
    const upstream = createServer((socket) => socket.on('error', () => undefined));
    const proxy = await startConnectProxy({
      hosts: ['www.facebook.com'],
      targetPort: await listening(upstream),
    });
    const open = await tunnel(proxy.port, 'www.facebook.com');
    expect(open.status).toBe('HTTP/1.1 200 Connection Established');
    open.socket.on('error', () => undefined);
    await proxy.close();
    // and the client's end of the tunnel goes with it
    await new Promise<void>((resolve) =>
      open.socket.closed ? resolve() : open.socket.once('close', () => resolve()),
    );
    upstream.close();
  });

  it('the CONNECT proxy refuses other hosts and says which', { timeout: 5000 }, async () => {
    const proxy = await startConnectProxy({ hosts: ['www.facebook.com'], targetPort: 1 });
    const refused = await tunnel(proxy.port, 'example.org');
    expect(refused.status).toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.refused).toEqual(['example.org']);
    refused.socket.destroy();
    await proxy.close();
  });

  it(
    'an HTTPS server closes with a half-made and a kept-alive TLS connection open',
    { timeout: 5000 },
    async () => {
      const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
        keyType: 'ec',
        curve: 'P-256',
      });
      const server = createHttpsServer({ key: pems.private, cert: pems.cert }, (_req, res) => res.end('ok'));
      const closer = socketCloser(server);
      const port = await listening(server);
      // A speculative connection: TCP only, no TLS hello (closeAllConnections() does not see it).
      const bare = connect(port, '127.0.0.1');
      bare.on('error', () => undefined);
      await new Promise((resolve) => bare.once('connect', resolve));
      const tls = tlsConnect({ port, host: '127.0.0.1', rejectUnauthorized: false });
      tls.on('error', () => undefined);
      await new Promise((resolve) => tls.once('secureConnect', resolve));
      await closer.close();
    },
  );
});
