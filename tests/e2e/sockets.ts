import type { Server, Socket } from 'node:net';

export type SocketCloser = {
  /** Also end this socket on close (e.g. the proxy's own connection to its upstream). */
  track(socket: Socket): void;
  /** Stops listening and destroys every open socket, so nothing a browser keeps open can hold it up. */
  close(): Promise<void>;
};

/**
 * `server.close()` waits for every open connection, and a browser keeps tunnels, keep-alive
 * and half-made TLS connections open until it exits. An HTTPS server's own closeAllConnections()
 * misses sockets that never finished the TLS handshake, so every raw socket is tracked here.
 */
export function socketCloser(server: Server): SocketCloser {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  server.on('connection', track);
  return {
    track,
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      return closed;
    },
  };
}
