// A small static file server for a built site, as a static host serves it: `/x/` is `x/index.html`,
// an unknown path gets 404.html with status 404, text is gzip-compressed when the client asks.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** Listens on a free port of 127.0.0.1, so parallel test runs never collide. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    handle(root, request.url ?? "/", request.headers["accept-encoding"] ?? "").then(
      ({ status, file, headers }) => {
        response.writeHead(status, headers);
        if (request.method === "HEAD" || !file) return response.end();
        const body = createReadStream(file);
        (headers["content-encoding"] === "gzip" ? body.pipe(createGzip()) : body).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

interface Answer {
  status: number;
  file?: string;
  headers: Record<string, string>;
}

async function handle(root: string, url: string, acceptEncoding: string | string[]): Promise<Answer> {
  const pathname = safeDecode(new URL(url, "http://localhost").pathname);
  // Normalising an absolute path removes every `..`: no request can reach outside `root`.
  const relative = pathname === undefined || pathname.includes("\0") ? undefined : path.posix.normalize(pathname);
  if (relative === undefined) return notFound(root, acceptEncoding);
  const file = path.join(root, ...relative.split("/"));
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) {
    if (!relative.endsWith("/")) return { status: 301, headers: { location: `${relative}/` } };
    return serveFile(path.join(file, "index.html"), 200, acceptEncoding, () => notFound(root, acceptEncoding));
  }
  return serveFile(file, 200, acceptEncoding, () => notFound(root, acceptEncoding));
}

async function serveFile(file: string, status: number, acceptEncoding: string | string[], otherwise: () => Promise<Answer>): Promise<Answer> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) return otherwise();
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const headers: Record<string, string> = { "content-type": type, "cache-control": cacheControl(file) };
  if (COMPRESSIBLE.test(type) && String(acceptEncoding).includes("gzip")) {
    headers["content-encoding"] = "gzip";
    headers.vary = "accept-encoding";
  }
  return { status, file, headers };
}

async function notFound(root: string, acceptEncoding: string | string[]): Promise<Answer> {
  return serveFile(path.join(root, "404.html"), 404, acceptEncoding, async () => ({ status: 404, headers: { "content-type": "text/plain" } }));
}

/** Generated images carry a digest in their names, so they never change: cache them for a year. */
function cacheControl(file: string): string {
  return file.includes(`${path.sep}img${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
}

function safeDecode(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
