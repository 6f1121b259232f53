// The first analyze() in a page compiles the engine's large regular expressions: 0.3–0.4 s of
// the page's main thread in Node on this machine, against ~20–35 ms for the next call. Left
// alone, that lands at the first pause in typing, and keys typed during it wait. Done once at
// the first idle moment after the content script starts, with a built-in sample (never page
// text), it is paid while nobody is typing.
import type { AnalyzeFn } from './types';

// Touches the rule families a real draft does: a name, a visit and a date, care, billing and an
// identifier, contact details, and tone (apology, shouting, slang), in each context.
export const WARM_UP_TEXT =
  "Thank you for your review, Maria. We're sorry about your visit on March 3 and your son's cleaning; our records show your claim #4471 was denied. " +
  'We called you at (555) 014-2200 and wrote to maria.lopez@gmail.com. We guarantee it will never hurt! NEVER AGAIN!!! lol';

const CONTEXTS = ['post', 'comment', 'review-reply'] as const;

export interface WarmUpOptions {
  signal: AbortSignal;
  /** Defaults to requestIdleCallback, or a 1 s timeout where there is none. */
  whenIdle?: (run: () => void) => void;
}

const defaultWhenIdle = (run: () => void) => {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 1000);
};

export function warmUpChecks(analyze: AnalyzeFn, { signal, whenIdle = defaultWhenIdle }: WarmUpOptions): void {
  whenIdle(() => {
    if (signal.aborted) return;
    try {
      for (const context of CONTEXTS) analyze(WARM_UP_TEXT, { context });
    } catch {
      // A warm-up that fails costs nothing: the real check reports its own problems.
    }
  });
}
