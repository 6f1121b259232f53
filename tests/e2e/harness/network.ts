// Every request any context makes (pages, the extension's service worker, popup and options)
// is recorded here. Fixture hosts are served from tests/fixtures/dist; everything else is
// aborted, so a leak can never reach the network even while it is being reported.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { FIXTURES_DIST } from './paths';
import { FIXTURE_HOSTS } from './sites';

export type RequestSource = 'page' | 'service-worker' | 'websocket';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  /** The page or worker that made it, when known. */
  from?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** URLs that never leave the machine: the extension itself and inline data. */
const LOCAL_PROTOCOLS = new Set(['chrome-extension:', 'data:', 'blob:', 'about:']);

/** Whether a URL is a demo site served from disk (or the extension's own files). */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_PROTOCOLS.has(parsed.protocol)) return true;
  return parsed.protocol === 'https:' && parsed.host in FIXTURE_HOSTS;
}

export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  /** Service workers seen starting (the extension's background among them). */
  readonly serviceWorkers: string[] = [];

  record(request: RecordedRequest): void {
    this.requests.push(request);
  }

  /** Requests to anywhere but the demo sites and the extension: must be empty. */
  leaks(): RecordedRequest[] {
    return this.requests.filter((r) => !isLocalUrl(r.url));
  }

  /** A readable list for assertion messages. */
  describe(requests: RecordedRequest[] = this.requests): string {
    return requests.map((r) => `${r.source} ${r.method} ${r.url}${r.from ? ` (from ${r.from})` : ''}`).join('\n');
  }
}

function sourceOf(request: Request): { source: RequestSource; from?: string } {
  const worker = request.serviceWorker();
  if (worker) return { source: 'service-worker', from: worker.url() };
  try {
    return { source: 'page', from: request.frame().url() };
  } catch {
    // Requests made before a frame is attached (navigation redirects) have none.
    return { source: 'page' };
  }
}

/** Serves one demo page: /__demo/* from its bundle, any other path its index.html (SPA). */
async function fulfilFromFixture(route: Route, page: string): Promise<void> {
  const url = new URL(route.request().url());
  const pageDir = join(FIXTURES_DIST, page);
  let file: string;
  if (url.pathname.startsWith('/__demo/')) {
    file = normalize(join(pageDir, url.pathname.slice('/__demo/'.length)));
    if (!file.startsWith(pageDir)) return route.fulfill({ status: 403, body: 'outside the fixture' });
  } else if (route.request().resourceType() === 'document') {
    file = join(pageDir, 'index.html');
  } else {
    return route.fulfill({ status: 404, body: 'not in the demo site' });
  }
  try {
    const body = await readFile(file);
    await route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  } catch {
    await route.fulfill({ status: 404, body: `demo file missing: ${file} (run node scripts/build-fixtures.mjs)` });
  }
}

/**
 * Records every request of the context and routes it: demo hosts from disk, the rest aborted.
 * Playwright matches the most recently added route first, so the catch-all goes in first.
 */
export async function routeAndRecord(context: BrowserContext, log: RequestLog): Promise<void> {
  context.on('request', (request) => {
    log.record({ url: request.url(), method: request.method(), resourceType: request.resourceType(), ...sourceOf(request) });
  });
  context.on('serviceworker', (worker) => log.serviceWorkers.push(worker.url()));
  for (const worker of context.serviceWorkers()) log.serviceWorkers.push(worker.url());

  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).protocol === 'chrome-extension:') return route.continue();
    return route.abort('blockedbyclient');
  });
  for (const [host, page] of Object.entries(FIXTURE_HOSTS)) {
    await context.route(`https://${host}/**`, (route) => fulfilFromFixture(route, page));
  }
  // WebSockets do not show up as requests: record and refuse them too.
  await context.routeWebSocket(/.*/, (ws) => {
    log.record({ url: ws.url(), method: 'GET', resourceType: 'websocket', source: 'websocket' });
    ws.close();
  });
}
