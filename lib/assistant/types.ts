// The assistant's seams: what it is given (injected, so tests and the demo can pass fakes)
// and what it offers the features that hang off each composer (templates picker, guard).
import type { ReactNode } from 'react';
import type { AnalyzeOptions, Finding } from '@/lib/checks/types';
import type { EditorDriver } from '@/lib/editors/types';
import type { Composer, EditorKind } from '@/lib/sites/types';
import type { Settings } from '@/lib/settings/types';

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Finding[];

/** The slice of the settings the assistant reads. */
export interface AssistantSettings {
  checks: Settings['checks'];
  profile: Settings['profile'];
}

export interface AssistantDeps {
  analyze: AnalyzeFn;
  driverFor(kind: EditorKind): EditorDriver;
  /** Opens the extension's help for a rule ("Why?"). */
  openHelp(rule: string): void;
  /** Milliseconds after the last input before checking (default 200). */
  debounceMs?: number;
}

export type CheckState = 'checking' | 'ok' | 'issues';

/** What a feature can read about a composer at any moment. */
export interface ComposerReport {
  /** The text the findings belong to (empty before the first check). */
  text: string;
  /** Findings shown to the user: severity filter and "Ignore" applied. */
  findings: Finding[];
  state: CheckState;
}

/**
 * One composer the assistant is attached to. Features (templates picker, submit guard) get
 * one of these per box through `AssistantFeature` and use it instead of reaching into the UI.
 */
export interface ComposerSession {
  readonly composer: Composer;
  readonly driver: EditorDriver;
  /** The host element beside the box (carries the data-* hooks of DESIGN.md). */
  readonly host: HTMLElement;
  /** Open shadow root holding the assistant's UI; features may render dialogs into it. */
  readonly shadowRoot: ShadowRoot;
  /** Aborted when the session ends (box removed, site switched off, extension reloaded). */
  readonly signal: AbortSignal;
  /** The latest report, without checking again. */
  report(): ComposerReport;
  /** Reads the editor and checks now (cancelling any pending check); for the guard at send time. */
  checkNow(): ComposerReport;
  /** Called after every check with the new report; returns an unsubscribe function. */
  onReport(listener: (report: ComposerReport) => void): () => void;
  /**
   * Puts a control beside the badge (the templates button, …), in order of `order`
   * (lower first). Returns a function that removes it. Rendered inside the shadow root.
   */
  addControl(id: string, node: ReactNode, order?: number): () => void;
}

/** A feature started for every session; may return a cleanup (also run on abort). */
export type AssistantFeature = (session: ComposerSession) => void | (() => void);
