// Popup open time with a year of posts (npm run bench:popup), in real Chromium:
// the built extension's popup.html is opened in a tab over a post log seeded with 52 weeks
// of posts and review replies, and the time from navigation start to the streak being painted
// is read from the browser's own Element Timing entry for it (the popup marks the streak with
// elementtiming="popup-streak"; nothing is injected into the page before it has loaded). The
// pure cadence computation over the same log is timed in Node as well.
// Goal: popup ready in under 100 ms (median of RUNS opens after one warm-up; p95 printed too).
// For scale, three floor pages (./popup-floors) are opened the same way between the popup's
// opens: an empty extension page, React alone, and React after the popup's two reads. They
// are the part of the figure no popup code can remove on this machine now: navigation, the
// extension page's context, fetching a script, React, and reading extension storage.
// Then the same popup is opened as a real toolbar popup (chrome.action.openPopup() from the
// service worker, as a click on the icon does), and read from an extension tab through
// chrome.extension.getViews: its navigation start → streak painted, and the call → paint,
// which adds the browser's own time to make the popup window.
// BENCH_SKIP_BUILD=1 reuses the last bench build (.output/chrome-mv3-bench).
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, cadenceSummary, instantAtLocalTime, localDateAt, nudgeOfTheMoment, type CadencePost } from '@/lib/cadence';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { PostRecord } from '@/lib/storage/types';
import { extensionId, extensionWorker, launchWithExtension } from '../e2e/harness';
import { FLOOR_PAGES, writeFloorPages } from './popup-floors';

const ROOT = join(import.meta.dirname, '../..');
const GOAL_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ZONE = 'America/New_York';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A busy year: 1–3 posts on most weekdays, some weekend posts, review replies and comments. */
function yearOfPosts(today: string): PostRecord[] {
  const posts: PostRecord[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let d = -364; d <= 0; d++) {
    const date = addDays(today, d);
    const perDay = Math.floor(random() * 4); // 0–3
    for (let i = 0; i < perDay; i++) {
      const at = instantAtLocalTime(date, 9 + i * 3, ZONE);
      const roll = random();
      const kind = roll < 0.7 ? 'post' : roll < 0.9 ? 'review-reply' : 'comment';
      const site = kind === 'review-reply' ? 'yelp' : roll < 0.4 ? 'facebook' : 'x';
      posts.push({ at, localDate: localDateAt(at, ZONE), timeZone: ZONE, site, kind, phi: 0, tone: Math.floor(random() * 2), decision: 'sent-clean' });
    }
  }
  return posts;
}

// Built like the shipped extension (production mode: WXT defines NODE_ENV from the mode, and
// any other mode gives the popup's script React's development build) into a directory of its
// own (.output/chrome-mv3-bench), so it never replaces the build other runs and E2E use.
const BUILD_DIR = join(ROOT, '.output/chrome-mv3-bench');

function build(): void {
  if (process.env.BENCH_SKIP_BUILD) return;
  const script = "import('wxt').then(({ build }) => build({ mode: 'production', outDirTemplate: 'chrome-mv3-bench' }))";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const now = Date.now();
  const today = localDateAt(now, ZONE);
  const posts = yearOfPosts(today);

  // 1. The maths alone, in Node.
  const computeTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    nudgeOfTheMoment(cadenceSummary(posts as CadencePost[], DEFAULT_SETTINGS.cadence, { now, timeZone: ZONE }));
    computeTimes.push(performance.now() - start);
  }

  // 2. The real popup in Chromium.
  build();
  const work = await mkdtemp(join(tmpdir(), 'posting-assistant-bench-popup-'));
  const extensionDir = join(work, 'chrome-mv3');
  await cp(BUILD_DIR, extensionDir, { recursive: true });
  await writeFloorPages(extensionDir);
  const session = await launchWithExtension({ extensionDir });
  try {
    const id = await extensionId(session.context);
    const url = `chrome-extension://${id}/popup.html`;
    const emptyUrl = `chrome-extension://${id}/${FLOOR_PAGES.empty}`;
    const reactUrl = `chrome-extension://${id}/${FLOOR_PAGES.react}`;
    const reactReadUrl = `chrome-extension://${id}/${FLOOR_PAGES.reactRead}`;
    const page = await session.context.newPage();
    await page.goto(url);
    // Seed the log the way it fills in use: one post-recorded message per post, each validated
    // and written by the background (the log and its cadence copy, as on a real send).
    const seeded = await page.evaluate(async (records) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      let written = 0;
      for (const { localDate: _derived, ...post } of records) {
        const reply = await runtime.sendMessage({ type: 'post-recorded', post });
        if ((reply as { ok?: boolean }).ok) written++;
      }
      return written;
    }, posts);
    if (seeded !== posts.length) throw new Error(`the background recorded ${seeded} of ${posts.length} posts`);
    // Sanity check of the real wiring: a post-recorded message with a stray text field adds one
    // row without the text, to the log and to the copy the popup reads.
    const viaBackground = await page.evaluate(async (at) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const reply = await runtime.sendMessage({
        type: 'post-recorded',
        post: { at, timeZone: 'America/New_York', site: 'x', kind: 'post', phi: 0, tone: 0, decision: 'sent-clean', text: 'must not be stored' },
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('posting-assistant');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // (No named helper functions in here: tsx would wrap them in a helper the page lacks.)
      const [rows, copy] = await Promise.all(
        [db.transaction('posts').objectStore('posts').getAll(), db.transaction('cadence').objectStore('cadence').get('posts')].map(
          (req) => new Promise<unknown>((resolve) => (req.onsuccess = () => resolve(req.result))),
        ),
      ) as [unknown[], { posts: unknown[] }];
      db.close();
      return { reply, rows: rows.length, copy: copy.posts.length, hasText: JSON.stringify([rows, copy]).includes('must not') };
    }, now);
    if (JSON.stringify(viaBackground) !== JSON.stringify({ reply: { ok: true }, rows: seeded + 1, copy: seeded + 1, hasText: false })) {
      throw new Error(`the background did not record the message as expected: ${JSON.stringify(viaBackground)}`);
    }
    const open = async (pageUrl: string) => {
      await page.goto(pageUrl);
      // Asked after load: the browser keeps the entry (buffered) until someone reads it.
      return page.evaluate(
        () =>
          new Promise<{ mounted: number; ready: number }>((resolve, reject) => {
            setTimeout(() => reject(new Error('the streak was not painted within 10 s')), 10_000);
            new PerformanceObserver((list, observer) => {
              const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'popup-streak') as
                | (PerformanceEntry & { renderTime: number; loadTime: number })
                | undefined;
              if (!entry) return;
              observer.disconnect();
              // The HTML is parsed at domInteractive: from there on it is the popup's own scripts, reads and render.
              const nav = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              resolve({ mounted: nav.domInteractive, ready: entry.renderTime || entry.loadTime });
            }).observe({ type: 'element', buffered: true });
          }),
      );
    };
    const times: number[] = [];
    const ownTimes: number[] = [];
    const emptyTimes: number[] = [];
    const reactTimes: number[] = [];
    const reactReadTimes: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      // Interleaved, so a burst of load on the machine hits all alike; each measured popup
      // open still replaces a popup page, as it did before the reference pages were added.
      const empty = await open(emptyUrl);
      const react = await open(reactUrl);
      const reactRead = await open(reactReadUrl);
      await open(url);
      const { mounted, ready } = await open(url);
      if (i === 0) continue; // the first open warms the disk cache and the code cache
      times.push(ready);
      ownTimes.push(ready - mounted);
      emptyTimes.push(empty.ready);
      reactTimes.push(react.ready);
      reactReadTimes.push(reactRead.ready);
    }
    await page.goto(url);
    await page.locator('.streak-number').waitFor();
    const cells = await page.locator('.heatmap-cell').count();
    await page.close();

    // 3. As a real toolbar popup, and the empty page as the toolbar popup for scale.
    const worker = await extensionWorker(session.context);
    const viewer = await session.context.newPage();
    await viewer.goto(emptyUrl);
    const openAsToolbarPopup = async (popupPage: string) => {
      const calledAt = await worker.evaluate(async (popup) => {
        const { action } = (globalThis as unknown as { chrome: { action: { setPopup(o: { popup: string }): Promise<void>; openPopup(): Promise<void> } } }).chrome;
        await action.setPopup({ popup });
        const at = performance.timeOrigin + performance.now();
        await action.openPopup();
        return at;
      }, popupPage);
      const popup = await viewer.evaluate(async () => {
        const extension = (globalThis as unknown as { chrome: { extension: { getViews(q: { type: string }): Window[] } } }).chrome.extension;
        for (let tries = 0; tries < 2000; tries++) {
          const view = extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined;
          const entry = view
            ? await new Promise<(PerformanceEntry & { renderTime: number }) | undefined>((resolve) => {
                new view.PerformanceObserver((list) =>
                  resolve(list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'popup-streak') as never),
                ).observe({ type: 'element', buffered: true });
                setTimeout(() => resolve(undefined), 10);
              })
            : undefined;
          if (view && entry) {
            const result = { origin: view.performance.timeOrigin, painted: entry.renderTime };
            view.close();
            return result;
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        throw new Error('the toolbar popup did not paint its streak');
      });
      await viewer.waitForTimeout(100); // the popup window is gone before the next click
      return { painted: popup.painted, call: popup.origin + popup.painted - calledAt };
    };
    const realPaint: number[] = [];
    const realCall: number[] = [];
    const realEmpty: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const empty = await openAsToolbarPopup(FLOOR_PAGES.empty);
      const real = await openAsToolbarPopup('popup.html');
      if (i === 0) continue;
      realPaint.push(real.painted);
      realCall.push(real.call);
      realEmpty.push(empty.painted);
    }
    await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { setPopup(o: { popup: string }): Promise<void> } } }).chrome.action.setPopup({ popup: 'popup.html' }));
    await viewer.close();

    const median = percentile(times, 50);
    const p95 = percentile(times, 95);
    console.log(`background recorded a message: ${JSON.stringify(viaBackground)}`);
    console.log(`Popup open time with a year of posts (${seeded + 1} records, ${RUNS} opens, heatmap cells: ${cells})`);
    console.log(`  ready (navigation start → streak painted): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    console.log(`  of which HTML parsed → streak painted (the popup's scripts, settings + IndexedDB read, maths, render): median ${percentile(ownTimes, 50).toFixed(1)} ms, p95 ${percentile(ownTimes, 95).toFixed(1)} ms`);
    console.log(`  floors, opened the same way (one file each, one marked line painted):`);
    console.log(`    an empty extension page: median ${percentile(emptyTimes, 50).toFixed(1)} ms`);
    console.log(`    React rendering the line: median ${percentile(reactTimes, 50).toFixed(1)} ms`);
    console.log(`    React after the popup's two reads (log copy, settings): median ${percentile(reactReadTimes, 50).toFixed(1)} ms`);
    console.log(`  as a real toolbar popup (chrome.action.openPopup): navigation start → streak painted median ${percentile(realPaint, 50).toFixed(1)} ms, p95 ${percentile(realPaint, 95).toFixed(1)} ms`);
    console.log(`    call → streak painted, with the browser making the popup window: median ${percentile(realCall, 50).toFixed(1)} ms`);
    console.log(`    the empty page as the toolbar popup, for scale: navigation start → painted median ${percentile(realEmpty, 50).toFixed(1)} ms`);
    console.log(`  cadence maths alone (Node): median ${percentile(computeTimes, 50).toFixed(2)} ms`);
    // Two cores are shared on CI machines: the load average says how much to trust the figure.
    console.log(`  machine load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`);
    console.log(`  goal: median < ${GOAL_MS} ms → ${median < GOAL_MS ? 'met' : 'NOT met'}`);
    process.exitCode = median < GOAL_MS ? 0 : 1;
  } finally {
    await session.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
