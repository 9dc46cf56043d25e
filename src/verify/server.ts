/**
 * Serves the built folder over local HTTP under its base path, as a static host would, on a port the
 * system picks (so it never collides with another server on the machine).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface LocalSite {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

/** Starts the server on 127.0.0.1 with an ephemeral port; anything outside `base` is a 404. */
export async function serve(dir: string, base: string): Promise<LocalSite> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (`${url}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    if (!url.startsWith(base)) return notFound(res);
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
