// Underlines in contenteditable editors with the CSS Custom Highlight API: the editor's DOM
// is never touched (wrapping words in tags is what corrupts Lexical and Draft.js text).
// One Highlight per severity is shared by every composer on the page; each composer owns
// its set of ranges inside them.
import type { Severity } from '@/lib/checks/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  block: 'posting-assistant-block',
  warn: 'posting-assistant-warn',
  info: 'posting-assistant-info',
};

// ::highlight() rules must live in the page's document (the ranges are in the page's DOM),
// so this one small style element is the only thing added to the page outside our hosts.
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.block}) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; background-color: rgba(217, 48, 37, 0.08); }
::highlight(${HIGHLIGHT_NAMES.warn}) { text-decoration: underline wavy #e8a200; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(${HIGHLIGHT_NAMES.info}) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
`;

export interface HighlightLayer {
  /** Replaces the ranges `owner` has drawn. */
  draw(owner: object, ranges: ReadonlyArray<{ severity: Severity; range: AbstractRange }>): void;
  clear(owner: object): void;
  readonly supported: boolean;
}

export function highlightApiAvailable(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return !!view && typeof view.Highlight === 'function' && !!view.CSS && 'highlights' in view.CSS;
}

/** Registers the highlights and their style in `doc`; all of it is removed when `signal` aborts. */
export function createHighlightLayer(doc: Document, signal: AbortSignal): HighlightLayer {
  if (!highlightApiAvailable(doc) || signal.aborted) {
    return { draw() {}, clear() {}, supported: false };
  }
  const view = doc.defaultView as Window & typeof globalThis;
  const highlights = {} as Record<Severity, Highlight>;
  for (const severity of ['block', 'warn', 'info'] as const) {
    highlights[severity] = new view.Highlight();
    // Stronger findings paint on top where spans overlap.
    highlights[severity].priority = { block: 3, warn: 2, info: 1 }[severity];
    view.CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlights[severity]);
  }
  const style = doc.createElement('style');
  style.setAttribute('data-posting-assistant-highlights', '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);

  const owned = new Map<object, Array<{ severity: Severity; range: AbstractRange }>>();
  const clear = (owner: object) => {
    for (const { severity, range } of owned.get(owner) ?? []) highlights[severity].delete(range);
    owned.delete(owner);
  };
  signal.addEventListener(
    'abort',
    () => {
      for (const severity of ['block', 'warn', 'info'] as const) {
        // Only remove what is still ours (another copy of the extension may have replaced it).
        if (view.CSS.highlights.get(HIGHLIGHT_NAMES[severity]) === highlights[severity]) {
          view.CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
        }
        highlights[severity].clear();
      }
      owned.clear();
      style.remove();
    },
    { once: true },
  );
  return {
    supported: true,
    draw(owner, ranges) {
      if (signal.aborted) return;
      clear(owner);
      for (const { severity, range } of ranges) highlights[severity].add(range);
      owned.set(owner, [...ranges]);
    },
    clear,
  };
}
