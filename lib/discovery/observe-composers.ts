// Keeps the list of compose/reply/comment boxes on the page current: the boxes present at
// start, boxes that appear later (dialogs, navigation inside the single-page site, infinite
// scroll), boxes focused without any DOM change we saw, and boxes that went away.
//
// Cheap by design, since it runs beside typing: DOM changes are gathered and looked at once
// per batch; only added subtrees are searched (a full-page search only when a batch is
// huge); changes inside a known editor — every keystroke — are skipped at once.
import type { Composer, SiteAdapter } from '@/lib/sites/types';

export interface ComposerListener {
  /** A box appeared (or was re-classified: then `removed` for the old one comes first). */
  added(composer: Composer): void;
  /** A box left the page or stopped being a box; clean up what was attached to it. */
  removed(composer: Composer): void;
}

export interface ObserveComposersOptions {
  /** Stops observing. No `removed` calls follow: the caller tears its own UI down with the same signal. */
  signal: AbortSignal;
  /** The document to watch (default: the global document). */
  document?: Document;
  /** How long DOM changes are gathered before being looked at (ms). */
  batchMs?: number;
}

export interface ComposerObserver {
  /** The boxes known now. */
  composers(): Composer[];
  /** Looks at the whole page again at once (e.g. after the site navigated). */
  rescan(): void;
}

/** Attributes that turn an element into a box or change its editor. */
const WATCHED_ATTRIBUTES = ['contenteditable', 'data-lexical-editor'];
/** Past this many added subtrees in one batch, one search of the whole page is cheaper. */
const FULL_SCAN_THRESHOLD = 200;

function sameComposer(a: Composer, b: Composer): boolean {
  return a.kind === b.kind && a.editor === b.editor && a.variant === b.variant && a.anchor === b.anchor;
}

export function observeComposers(adapter: SiteAdapter, listener: ComposerListener, options: ObserveComposersOptions): ComposerObserver {
  const doc = options.document ?? document;
  const batchMs = options.batchMs ?? 50;
  const known = new Map<HTMLElement, Composer>();
  const pending = new Set<Element>();
  let removalsPending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const forget = (element: HTMLElement) => {
    const composer = known.get(element);
    if (!composer) return;
    known.delete(element);
    listener.removed(composer);
  };

  /** Classifies one candidate and reports what changed. */
  const consider = (candidate: Element) => {
    if (options.signal.aborted) return;
    const composer = adapter.composerFor(candidate);
    if (!composer) {
      if (known.has(candidate as HTMLElement)) forget(candidate as HTMLElement);
      return;
    }
    const previous = known.get(composer.element);
    if (previous && sameComposer(previous, composer)) return;
    if (previous) forget(composer.element);
    known.set(composer.element, composer);
    listener.added(composer);
  };

  const considerSubtree = (root: ParentNode) => {
    if (root instanceof Element && root.matches(adapter.candidateSelector)) consider(root);
    for (const candidate of root.querySelectorAll(adapter.candidateSelector)) consider(candidate);
  };

  const dropDisconnected = () => {
    for (const element of [...known.keys()]) {
      if (!element.isConnected) forget(element);
    }
  };

  const flush = () => {
    timer = undefined;
    if (options.signal.aborted) return;
    if (removalsPending) dropDisconnected();
    removalsPending = false;
    const batch = [...pending];
    pending.clear();
    if (batch.length > FULL_SCAN_THRESHOLD) {
      considerSubtree(doc);
      return;
    }
    for (const node of batch) {
      if (node.isConnected) considerSubtree(node);
    }
  };

  const schedule = () => {
    if (timer === undefined) timer = setTimeout(flush, batchMs);
  };

  /** Whether a change at `node` is inside a known editor (typing), not about boxes. */
  const insideKnownEditor = (node: Node) => {
    for (const element of known.keys()) {
      if (element !== node && element.contains(node)) return true;
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const record of records) {
      if (insideKnownEditor(record.target)) continue;
      if (record.type === 'attributes') {
        pending.add(record.target as Element);
        changed = true;
        continue;
      }
      if (record.removedNodes.length > 0) {
        removalsPending = true;
        changed = true;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          pending.add(node as Element);
          changed = true;
        }
      }
    }
    if (changed) schedule();
  });

  const onFocusIn = (event: FocusEvent) => {
    // composedPath reaches into open shadow roots, which the observer does not see.
    const target = event.composedPath()[0];
    if (target instanceof Element && target.matches(`${adapter.candidateSelector}, [contenteditable] *`)) consider(target);
  };

  if (!options.signal.aborted) {
    considerSubtree(doc);
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    doc.addEventListener('focusin', onFocusIn, true);
    options.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        doc.removeEventListener('focusin', onFocusIn, true);
        if (timer !== undefined) clearTimeout(timer);
        pending.clear();
        known.clear();
      },
      { once: true },
    );
  }

  return {
    composers: () => [...known.values()],
    rescan() {
      if (options.signal.aborted) return;
      dropDisconnected();
      considerSubtree(doc);
    },
  };
}
