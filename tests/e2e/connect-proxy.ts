import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { socketCloser } from './sockets';

export type ConnectProxy = {
  port: number;
  /** Hosts asked for that are not in `hosts` (all refused). */
  refused: string[];
  close(): Promise<void>;
};

/**
 * A local CONNECT proxy that tunnels `hosts` to 127.0.0.1:`targetPort` and refuses every other
 * host: Firefox cannot remap hostnames like Chromium's --host-resolver-rules.
 */
export async function startConnectProxy(options: {
  hosts: readonly string[];
  targetPort: number;
}): Promise<ConnectProxy> {
  const refused: string[] = [];
  const proxy = createServer((_req, res) => res.writeHead(403).end());
  const sockets = socketCloser(proxy);
  proxy.on('connect', (req, socket: Socket) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!options.hosts.includes(host)) {
      refused.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(options.targetPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.track(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { port: (proxy.address() as AddressInfo).port, refused, close: sockets.close };
}
