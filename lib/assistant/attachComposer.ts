// One composer's assistant: listens for edits (cheaply), checks after a pause, draws the
// findings beside and over the box without touching the editor, and runs the panel's actions.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { AnalyzeOptions, Finding, Severity } from '@/lib/checks/types';
import type { EditorSnapshot } from '@/lib/editors/types';
import type { Composer } from '@/lib/sites/types';
import { AssistantUi } from '@/components/assistant/AssistantUi';
import { applyFinding } from './applyFinding';
import { createCheckScheduler } from './checkScheduler';
import { createPieceAnalyzer, LONG_TEXT_CHARS } from './longText';
import type { HighlightLayer } from './highlightLayer';
import { createHost, placeHost } from './hostElement';
import { createSessionStore, MAX_DRAWN_FINDINGS, type SessionActions } from './sessionStore';
import { createTextareaOverlay, type TextareaOverlay } from './textareaOverlay';
import type { AssistantDeps, AssistantSettings, ComposerReport, ComposerSession } from './types';
import { countSerious, ignoreKeyOf, visibleFindings } from './visibleFindings';

export const DEFAULT_DEBOUNCE_MS = 200;

export interface AttachOptions {
  deps: AssistantDeps;
  highlights: HighlightLayer;
  settings: AssistantSettings;
  /** Aborting it ends the session (the assistant stopping, the extension reloading). */
  signal: AbortSignal;
}

export interface SessionHandle {
  session: ComposerSession;
  setSettings(settings: AssistantSettings): void;
  destroy(): void;
}

export function attachComposer(composer: Composer, attach: AttachOptions): SessionHandle {
  const { deps, highlights } = attach;
  const element = composer.element;
  const driver = deps.driverFor(composer.editor);
  const life = new AbortController();
  const signal = life.signal;
  attach.signal.addEventListener('abort', () => life.abort(), { once: true, signal });
  let settings = attach.settings;

  const { host, shadowRoot, layer, uiRoot } = createHost(composer);
  const store = createSessionStore();
  const listeners = new Set<(report: ComposerReport) => void>();
  const ignored = new Set<string>();
  let lastText = '';
  let lastAll: Finding[] = [];
  let lastSnapshot: EditorSnapshot | null = null;
  /** Whether lastAll is the analysis of lastText under the current options. */
  let analyzedFresh = false;
  let generations = 0;
  const pieces = createPieceAnalyzer(deps.analyze);

  const overlay: TextareaOverlay | null =
    element instanceof HTMLTextAreaElement ? createTextareaOverlay(element, layer, host, signal) : null;

  const analyzeOptions = (): AnalyzeOptions => ({
    context: composer.kind,
    site: composer.site,
    profile: settings.profile,
    watchWords: settings.checks.watchWords,
  });
  // One object while the settings stay the same: long texts' remembered pieces depend on it.
  let options = analyzeOptions();

  /** Whether an edit came after the last result (the host says data-state="checking"). */
  let checking = true;
  const report = (): ComposerReport => {
    const view = store.getState();
    return { text: view.text, findings: view.findings, state: checking ? 'checking' : view.state };
  };

  const setAttr = (name: string, value: string) => {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };

  const draw = (findings: Finding[]) => {
    const drawn = findings.slice(0, MAX_DRAWN_FINDINGS);
    if (overlay) {
      overlay.draw(lastText, drawn);
      return;
    }
    const ranges: Array<{ severity: Severity; range: AbstractRange }> = [];
    for (const f of drawn) {
      // A range the editor can no longer map is skipped, not fatal: the next check redraws.
      try {
        const range = lastSnapshot?.rangeFor(f.start, f.end);
        if (range) ranges.push({ severity: f.severity, range });
      } catch {
        /* the DOM changed under the snapshot */
      }
    }
    highlights.draw(session, ranges);
  };

  /** Re-derives what is shown from the last analysis (after Ignore or a settings change). */
  const show = () => {
    const findings = visibleFindings(lastAll, lastText, settings.checks.minSeverity, ignored);
    const serious = countSerious(findings);
    const state = serious > 0 ? 'issues' : 'ok';
    draw(findings);
    setAttr('data-findings', String(serious));
    setAttr('data-state', checking ? 'checking' : state);
    store.setState({ state, text: lastText, findings });
    const current = report();
    for (const listener of listeners) listener(current);
  };

  /** The box went away mid-check (dialog closed, navigation): end quietly. Else reads it. */
  const readBox = (): EditorSnapshot | null => {
    scheduler.cancel();
    generations++; // a slower check of an older text still running will not be shown
    if (signal.aborted) return null;
    if (!element.isConnected) {
      destroy();
      return null;
    }
    if (!host.isConnected) placeHost(composer, host);
    return driver.read(element);
  };

  const showResult = (snapshot: EditorSnapshot, findings: Finding[]) => {
    lastSnapshot = snapshot;
    lastText = snapshot.text;
    lastAll = findings;
    analyzedFresh = true;
    checking = false;
    show();
  };

  const unchanged = (snapshot: EditorSnapshot) => analyzedFresh && snapshot.text === lastText;

  const checkSnapshot = (snapshot: EditorSnapshot) => {
    if (unchanged(snapshot)) {
      lastSnapshot = snapshot;
      checking = false;
      show();
      return;
    }
    const text = snapshot.text;
    showResult(snapshot, text.length > LONG_TEXT_CHARS ? pieces.analyzeNow(text, options) : deps.analyze(text, options));
  };

  /** Reads and checks at once, whatever the length (the guard at send time, after Apply). */
  const checkNow = (): ComposerReport => {
    const snapshot = readBox();
    if (snapshot) checkSnapshot(snapshot);
    return report();
  };

  /** After a pause in typing: long texts are checked in slices that give way to new keys. */
  const checkAfterPause = () => {
    const snapshot = readBox();
    if (!snapshot) return;
    if (unchanged(snapshot) || snapshot.text.length <= LONG_TEXT_CHARS) {
      checkSnapshot(snapshot);
      return;
    }
    const generation = generations;
    const stale = () => signal.aborted || generation !== generations || scheduler.pending;
    void pieces.analyzeInSlices(snapshot.text, options, stale).then((findings) => {
      if (findings && !stale()) showResult(snapshot, findings);
    });
  };

  const scheduler = createCheckScheduler(checkAfterPause, deps.debounceMs ?? DEFAULT_DEBOUNCE_MS, signal);

  // The only work done per keystroke: mark "checking" once and restart the timer. The mark is
  // the host's attribute alone (the badge dims through :host CSS), so typing re-renders nothing.
  const edited = () => {
    if (!checking) {
      checking = true;
      host.setAttribute('data-state', 'checking');
    }
    scheduler.soon();
  };
  const pasted = () => {
    edited();
    scheduler.pasted();
  };

  if (overlay) {
    element.addEventListener('input', edited, { signal });
    // React resets a controlled textarea after sending without an input event.
    element.ownerDocument.addEventListener('click', () => scheduler.soon(), { capture: true, passive: true, signal });
  } else {
    // Editors do not always fire `input` (Draft.js handles many keys itself); their DOM
    // changes are the one signal every edit path gives.
    const observer = new MutationObserver(edited);
    observer.observe(element, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  element.addEventListener('paste', pasted, { signal });
  element.addEventListener('drop', pasted, { signal });

  const actions: SessionActions = {
    apply(finding) {
      void applyFinding(element, driver, deps.analyze, options, finding, lastText).then((outcome) => {
        if (signal.aborted) return;
        checkNow();
        if (outcome === 'gone') store.setState({ notice: 'The text changed. The list is up to date now.' });
        if (outcome === 'failed') store.setState({ notice: 'The change could not be made here. Please edit the text by hand.' });
      });
    },
    ignore(finding) {
      ignored.add(ignoreKeyOf(finding, lastText));
      show();
    },
    explain(finding) {
      deps.openHelp(finding.rule);
    },
    setPanelOpen(open) {
      store.setState({ panelOpen: open, notice: null });
    },
  };

  const reactRoot = createRoot(uiRoot);
  reactRoot.render(createElement(AssistantUi, { store, actions }));

  const session: ComposerSession = {
    composer,
    driver,
    host,
    shadowRoot,
    signal,
    report,
    checkNow,
    onReport(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addControl(id, node, order = 0) {
      const others = store.getState().controls.filter((c) => c.id !== id);
      store.setState({ controls: [...others, { id, node, order }].sort((a, b) => a.order - b.order) });
      return () => {
        if (!signal.aborted) store.setState({ controls: store.getState().controls.filter((c) => c.id !== id) });
      };
    },
  };

  let destroyed = false;
  function destroy() {
    if (destroyed) return;
    destroyed = true;
    life.abort();
    highlights.clear(session);
    listeners.clear();
    reactRoot.unmount();
    host.remove();
  }
  signal.addEventListener('abort', destroy, { once: true });

  // First look right away: the box may already hold a draft.
  scheduler.now();

  return {
    session,
    destroy,
    setSettings(next) {
      const before = settings;
      settings = next;
      if (signal.aborted) return;
      const reanalyze =
        JSON.stringify([before.profile, before.checks.watchWords]) !==
        JSON.stringify([next.profile, next.checks.watchWords]);
      if (reanalyze) {
        options = analyzeOptions();
        analyzedFresh = false;
        edited();
        scheduler.now();
      } else if (!checking) {
        show();
      }
    },
  };
}
