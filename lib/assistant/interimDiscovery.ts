// Interim composer discovery until lib/sites ships its own (then this file goes): finds the
// adapter's candidates on load, after DOM changes (batched per frame) and on focus.
import type { Composer, SiteAdapter } from '@/lib/sites/types';

export interface DiscoveryCallbacks {
  onAdded(composer: Composer): void;
  onRemoved(element: HTMLElement): void;
  signal: AbortSignal;
}

export function watchComposers(adapter: SiteAdapter, { onAdded, onRemoved, signal }: DiscoveryCallbacks): void {
  const known = new Set<HTMLElement>();
  const consider = (candidate: Element) => {
    const composer = adapter.composerFor(candidate);
    if (!composer || known.has(composer.element)) return;
    known.add(composer.element);
    onAdded(composer);
  };
  const scan = () => {
    frame = 0;
    if (signal.aborted) return;
    for (const element of [...known]) {
      if (!element.isConnected) {
        known.delete(element);
        onRemoved(element);
      }
    }
    for (const candidate of document.querySelectorAll(adapter.candidateSelector)) consider(candidate);
  };
  let frame = 0;
  const scanSoon = () => {
    if (!frame) frame = requestAnimationFrame(scan);
  };
  const observer = new MutationObserver((records) => {
    // Typing changes text, not the page's structure: only element additions/removals count.
    if (records.some((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeType === 1))) scanSoon();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', (event) => event.target instanceof Element && consider(event.target), { signal, capture: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  scan();
}
