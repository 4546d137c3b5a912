import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Where browsers send Content-Security-Policy reports on a test server (see `cspReports`). */
export const CSP_REPORT_PATH = '/__csp-report';

export interface StaticSite {
  server: Server;
  origin: string;
  /** Every Content-Security-Policy violation a browser reported to this server, as "directive blocked-uri". */
  cspReports: string[];
}

export interface ServeOptions {
  /** Headers sent with every response, as a host configured with them would. */
  headers?: Record<string, string>;
  port?: number;
}

/**
 * Serves a built site from `dir` at `base` on localhost, as a plain static host would: directory
 * index files, the site's 404 page for unknown paths. A policy in `headers` that names `report-uri
 * /__csp-report` has its violations collected in `cspReports`, from any engine, page scripts or not.
 */
export function serveStatic(dir: string, base = '/', { headers = {}, port = 0 }: ServeOptions = {}): Promise<StaticSite> {
  const root = resolve(dir);
  const cspReports: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === CSP_REPORT_PATH) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        try {
          const report = (JSON.parse(body) as { 'csp-report'?: Record<string, string> })['csp-report'] ?? {};
          cspReports.push(`${report['violated-directive'] ?? report['effective-directive'] ?? '?'} ${report['blocked-uri'] ?? '?'} on ${report['document-uri'] ?? '?'}`);
        } catch {
          cspReports.push(`unreadable report: ${body.slice(0, 200)}`);
        }
        response.writeHead(204).end();
      });
      return;
    }
    const path = decodeURIComponent(url.pathname);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : null;
    let file = inside === null ? '' : normalize(join(root, inside));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    // Headers go once the file is open: a file gone since the check above (a test swapping the site
    // being served) is answered 404, as a host answers, instead of an unhandled error in the test run.
    const stream = createReadStream(served);
    stream.on('open', () => {
      response.writeHead(found ? 200 : 404, { ...headers, 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
      stream.pipe(response);
    });
    stream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(404).end()));
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, origin: `http://127.0.0.1:${actual}`, cspReports });
    });
  });
}

/** The headers a built site's `_headers` file (Netlify, Cloudflare Pages format) gives every path. */
export function headersFromFile(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes it`);
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header?.[1] && header[2]) headers[header[1]] = header[2];
  }
  return headers;
}
