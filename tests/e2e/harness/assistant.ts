// What the extension shows and stores, read the way an outside test can: the host element's
// DESIGN.md attributes, and the post log in the extension's own IndexedDB.
import type { BrowserContext, Page } from 'playwright-core';
import { openExtensionPage } from './extension';

export interface HostState {
  state: string;
  findings: number;
}

/** Waits until the box's assistant host has finished checking, and returns its attributes. */
export async function assistantSettled(page: Page, boxId: string): Promise<HostState> {
  const handle = await page.waitForFunction(
    (id) => {
      const scope = document.querySelector(`[data-demo-box="${id}"]`)?.parentElement;
      const host = scope?.querySelector<HTMLElement>('[data-posting-assistant]');
      const state = host?.getAttribute('data-state');
      return state && state !== 'checking' ? { state, findings: Number(host!.getAttribute('data-findings')) } : null;
    },
    boxId,
    { timeout: 5000 },
  );
  return (await handle.jsonValue()) as HostState;
}

export type LogRecord = Record<string, unknown>;

/** Every record of one store of the extension's IndexedDB, read from an extension page. */
export async function readPostLog(context: BrowserContext, store: 'posts' | 'audit' | 'cadence'): Promise<LogRecord[]> {
  return (await readEveryStore(context))[store] ?? [];
}

/** Every record of every store of the extension's IndexedDB, by store name (whatever stores a later version adds). */
export async function readEveryStore(context: BrowserContext): Promise<Record<string, LogRecord[]>> {
  const page = await openExtensionPage(context, 'options.html');
  try {
    return await page.evaluate(async () => {
      // Opening a database that does not exist would create it empty at version 1 and get in
      // the way of the background's own upgrade: look first.
      const known = await indexedDB.databases();
      if (!known.some((d) => d.name === 'posting-assistant')) return {};
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('posting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const names = [...db.objectStoreNames];
      const all = await Promise.all(
        names.map(
          (name) =>
            new Promise<Record<string, unknown>[]>((resolve, reject) => {
              const request = db.transaction(name).objectStore(name).getAll();
              request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      db.close();
      return Object.fromEntries(names.map((name, i) => [name, all[i]!]));
    });
  } finally {
    await page.close();
  }
}
