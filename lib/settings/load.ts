// Reading settings: storage.sync (migrated, validated field by field over the defaults), then
// the managed policy over that.
import { browser } from 'wxt/browser';
import type { DeepPartial } from './deep-partial';
import { isSettingsKey, rawSettingsFromItems, type StoredItems } from './layout';
import { readManagedPolicy } from './managed';
import { applyPatch, mergeSettings } from './merge';
import { migrateStoredItems } from './migrations';
import { noticeFromProblems, type SettingsNotice } from './notice';
import type { SettingLeafPath } from './paths';
import type { SettingsProblem } from './problems';
import { readSettingsPatch } from './read';
import { DEFAULT_SETTINGS, type Settings } from './types';

export interface SettingsState {
  /** What everything should use: defaults < sync < managed. */
  settings: Settings;
  /** Only what this browser stored (no policy values): the base a save is applied to. */
  stored: Settings;
  /** Leaf paths set by the organization; the options page shows them read-only. */
  locked: ReadonlySet<SettingLeafPath>;
  problems: SettingsProblem[];
  notice: SettingsNotice | null;
  /** The stored items are in an older layout: the next save rewrites them all. */
  layoutOutdated: boolean;
}

/** Every settings item in storage.sync, or a problem when sync storage cannot be read. */
export async function readSyncItems(): Promise<{ items: StoredItems; problems: SettingsProblem[] }> {
  try {
    const all = (await browser.storage.sync.get(null)) as StoredItems;
    const items = Object.fromEntries(Object.entries(all).filter(([key]) => isSettingsKey(key)));
    return { items, problems: [] };
  } catch {
    const message = 'Saved settings could not be read from the browser, so the defaults are in use.';
    return { items: {}, problems: [{ path: '', message, source: 'sync' }] };
  }
}

async function readManagedArea(): Promise<unknown> {
  try {
    // Firefox throws when no policy is installed; Chrome answers {}. Both mean "no policy".
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

export function syncPatchFromItems(items: StoredItems): {
  patch: DeepPartial<Settings>;
  problems: SettingsProblem[];
  migrated: boolean;
} {
  const migration = migrateStoredItems(items);
  const { patch, problems } = readSettingsPatch(rawSettingsFromItems(migration.items), 'sync');
  if (migration.status === 'newer') {
    const message = 'These settings were saved by a newer version of the extension; update it to use them all.';
    problems.unshift({ path: '', message, source: 'sync' });
  } else if (migration.status === 'no-path') {
    const message = `Settings saved in an unknown format (version ${migration.from}) were read as far as possible.`;
    problems.unshift({ path: '', message, source: 'sync' });
  }
  return { patch, problems, migrated: migration.status === 'migrated' };
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [{ items, problems: readProblems }, managedRaw] = await Promise.all([readSyncItems(), readManagedArea()]);
  const sync = syncPatchFromItems(items);
  const managed = readManagedPolicy(managedRaw);
  const problems = [...readProblems, ...sync.problems, ...managed.problems];
  return {
    settings: mergeSettings({ sync: sync.patch, managed: managed.values, locked: managed.locked }),
    stored: { ...applyPatch(DEFAULT_SETTINGS, sync.patch), version: DEFAULT_SETTINGS.version },
    locked: managed.locked,
    problems,
    notice: noticeFromProblems(problems),
    layoutOutdated: sync.migrated,
  };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/** The leaf paths the organization's policy sets or locks (e.g. 'guard.mode', 'profile.phones'). */
export async function lockedPaths(): Promise<Set<string>> {
  return new Set((await loadSettingsState()).locked);
}

/** The notice for the options page when stored or policy values could not all be used. */
export async function settingsNotice(): Promise<SettingsNotice | null> {
  return (await loadSettingsState()).notice;
}
