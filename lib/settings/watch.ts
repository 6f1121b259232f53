// Changes reach every open page and tab at once: storage.onChanged fires in each context for
// sync writes (from any computer of the same profile) and for policy updates.
import { browser } from 'wxt/browser';
import { isSettingsKey } from './layout';
import { loadSettingsState, type SettingsState } from './load';
import type { Settings } from './types';

export function watchSettingsState(callback: (state: SettingsState) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    const relevant = areaName === 'managed' || (areaName === 'sync' && Object.keys(changes).some(isSettingsKey));
    if (!relevant) return;
    void loadSettingsState().then((state) => {
      if (!stopped) callback(state);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Calls back with the merged settings whenever they change; returns the unsubscribe. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => callback(state.settings));
}
