// The options page's view of the settings: loaded once, kept current through
// storage.onChanged (another tab, another computer, a policy update), saved through
// lib/settings. Every section, including those other parts own, reads it with useSettings().
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  loadSettingsState,
  saveSettings,
  leavesUnder,
  watchSettingsState,
  type DeepPartial,
  type SaveResult,
  type Settings,
  type SettingsState,
} from '@/lib/settings';

export interface OptionsSettings {
  settings: Settings;
  notice: SettingsState['notice'];
  /** Whether the organization set this field (or every field under this section path). */
  isLocked(path: string): boolean;
  /** Saves and refreshes; the result's message is ready to show next to the control. */
  save(patch: DeepPartial<Settings>): Promise<SaveResult>;
  /** The last thing saved or failed, for the page's status line. */
  status: { text: string; failed: boolean } | null;
}

const SettingsContext = createContext<OptionsSettings | null>(null);

export function useSettings(): OptionsSettings {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() is used outside <SettingsProvider>');
  return value;
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [status, setStatus] = useState<OptionsSettings['status']>(null);

  useEffect(() => {
    let live = true;
    const stop = watchSettingsState((next) => live && setState(next));
    void loadSettingsState().then((next) => live && setState(next));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (patch: DeepPartial<Settings>) => {
    const result = await saveSettings(patch);
    setStatus(result.ok ? { text: 'Saved.', failed: false } : { text: result.message, failed: true });
    setState(await loadSettingsState());
    return result;
  }, []);

  const value = useMemo<OptionsSettings | null>(() => {
    if (!state) return null;
    const locked = state.locked as ReadonlySet<string>;
    // A section counts as locked only when all of its fields are; otherwise staff can still
    // change the rest and each field shows its own lock.
    const isLocked = (path: string) => {
      const leaves = leavesUnder(path);
      return leaves.length > 0 && leaves.every((leaf) => locked.has(leaf));
    };
    return { settings: state.settings, notice: state.notice, isLocked, save, status };
  }, [state, save, status]);

  if (!value) return <p role="status">Loading settings…</p>;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
