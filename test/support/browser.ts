import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Debian's chromium lives; CI installs it with apt-get. */
export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** Serves a folder on a loopback port (the built add-in, as the dev server would). */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Keeps the page offline: the add-in's own files are served, office.js is answered from the
 * `@microsoft/office-js` package (or a fake host), and every other request is refused and recorded,
 * so a test can prove the page asks nothing of the network.
 */
export async function guardNetwork(page: Page, origin: string, officeJs: { path?: string; body?: string }): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    if (url === OFFICE_CDN) {
      if (officeJs.body !== undefined) return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs.body });
      if (officeJs.path) return route.fulfill({ status: 200, contentType: 'text/javascript', path: officeJs.path });
      return route.abort('internetdisconnected');
    }
    // office.js loads its own localised strings and helpers from the same CDN folder.
    if (url.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/') && officeJs.path) {
      const local = join(officeJs.path, '..', url.slice('https://appsforoffice.microsoft.com/lib/1/hosted/'.length));
      if (existsSync(local)) return route.fulfill({ status: 200, path: local });
    }
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return foreign;
}

/** Runs axe on the page as it stands; returns the violations (id, impact, targets). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  // Evaluated through the debugging protocol: the page's Content Security Policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
