// What one composer's UI shows; the React components subscribe to it, the session writes it.
import type { ReactNode } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '@/lib/checks/types';
import type { CheckState } from './types';

/**
 * A 100,000-character paste can yield thousands of findings; drawing or listing all of them
 * would cost more than it tells. The first ones are drawn and listed, and the panel says so.
 */
export const MAX_DRAWN_FINDINGS = 200;

export interface ExtraControl {
  id: string;
  node: ReactNode;
  order: number;
}

export interface SessionView {
  state: CheckState;
  /** The text `findings` belong to, for showing the matched words. */
  text: string;
  /** Findings shown (filter and "Ignore" applied), in text order. */
  findings: Finding[];
  panelOpen: boolean;
  /** A one-line message after an action that could not be done (e.g. the text changed). */
  notice: string | null;
  controls: ExtraControl[];
}

export type SessionStore = StoreApi<SessionView>;

export function createSessionStore(): SessionStore {
  return createStore<SessionView>(() => ({
    state: 'checking',
    text: '',
    findings: [],
    panelOpen: false,
    notice: null,
    controls: [],
  }));
}

export interface SessionActions {
  apply(finding: Finding): void;
  ignore(finding: Finding): void;
  explain(finding: Finding): void;
  setPanelOpen(open: boolean): void;
}
