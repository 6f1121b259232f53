// The page's assistant: one session per composer the adapters find, on the sites the
// settings switch on. Discovery tells it what came and went; settings changes apply live.
import type { Composer } from '@/lib/sites/types';
import { attachComposer, type SessionHandle } from './attachComposer';
import { createHighlightLayer } from './highlightLayer';
import type { AssistantDeps, AssistantFeature, AssistantSettings, ComposerSession } from './types';

export interface AssistantOptions extends AssistantDeps {
  settings: AssistantSettings;
  /** Started for every session (templates picker, submit guard). */
  features?: AssistantFeature[];
  /** Everything stops when this aborts (WXT's ctx.signal: extension reloaded or updated). */
  signal: AbortSignal;
}

export interface Assistant {
  /** A composer appeared (from discovery); attaching twice to one element is a no-op. */
  add(composer: Composer): void;
  /** A composer's element went away. */
  remove(element: HTMLElement): void;
  setSettings(settings: AssistantSettings): void;
  /** Ends the sessions of boxes no longer in the page (after single-page navigation). */
  prune(): void;
  sessions(): ComposerSession[];
  sessionFor(element: HTMLElement): ComposerSession | undefined;
}

export function startAssistant(options: AssistantOptions): Assistant {
  const { signal } = options;
  let settings = options.settings;
  const doc = globalThis.document;
  const highlights = createHighlightLayer(doc, signal);
  // Every composer discovery reported, attached or not (its site may be switched off now).
  const composers = new Map<HTMLElement, Composer>();
  const handles = new Map<HTMLElement, SessionHandle>();

  const startFeatures = (session: ComposerSession) => {
    for (const feature of options.features ?? []) {
      try {
        const cleanup = feature(session);
        if (cleanup) session.signal.addEventListener('abort', cleanup, { once: true });
      } catch (error) {
        // One broken feature must not take the checks down with it.
        console.error('[posting-assistant] feature failed to start', error);
      }
    }
  };

  const attach = (composer: Composer) => {
    if (signal.aborted || handles.has(composer.element) || !settings.checks.sites[composer.site]) return;
    if (!composer.element.isConnected) return;
    const handle = attachComposer(composer, { deps: options, highlights, settings, signal });
    handles.set(composer.element, handle);
    handle.session.signal.addEventListener(
      'abort',
      () => {
        if (handles.get(composer.element) === handle) handles.delete(composer.element);
        if (!composer.element.isConnected) composers.delete(composer.element);
      },
      { once: true },
    );
    startFeatures(handle.session);
  };

  const detach = (element: HTMLElement) => {
    handles.get(element)?.destroy();
    handles.delete(element);
  };

  signal.addEventListener(
    'abort',
    () => {
      composers.clear();
      handles.clear();
    },
    { once: true },
  );

  return {
    add(composer) {
      if (signal.aborted) return;
      composers.set(composer.element, composer);
      attach(composer);
    },
    remove(element) {
      composers.delete(element);
      detach(element);
    },
    setSettings(next) {
      settings = next;
      if (signal.aborted) return;
      for (const [element, composer] of composers) {
        if (!element.isConnected) {
          composers.delete(element);
          detach(element);
        } else if (!next.checks.sites[composer.site]) detach(element);
        else if (handles.has(element)) handles.get(element)?.setSettings(next);
        else attach(composer);
      }
    },
    prune() {
      for (const element of [...composers.keys(), ...handles.keys()]) {
        if (!element.isConnected) {
          composers.delete(element);
          detach(element);
        }
      }
    },
    sessions: () => [...handles.values()].map((h) => h.session),
    sessionFor: (element) => handles.get(element)?.session,
  };
}
