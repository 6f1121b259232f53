// Versioned migrations of the stored settings, one step per file (v1-to-v2.ts, …), each
// registered here in order, each with a fixture of what that version stored
// (fixtures/v<n>.json) that the walk test brings up to the current version.
//
// Version 1 is the first layout ever written (lib/settings/layout.ts: one storage.sync item
// per section and per custom template). No step exists yet because no older layout was
// ever shipped; the next change to the stored shape adds v1-to-v2.ts here.
import { SETTINGS_KEYS, type StoredItems } from '../layout';
import { DEFAULT_SETTINGS } from '../types';

export interface MigrationStep {
  from: number;
  to: number;
  /** Takes the settings items of version `from`, returns those of version `to`. Pure. */
  migrate(items: StoredItems): StoredItems;
}

export const CURRENT_SETTINGS_VERSION = DEFAULT_SETTINGS.version;

export const MIGRATIONS: readonly MigrationStep[] = [];

/** The version the items were written with; a store with no version is the first layout. */
export function storedVersion(items: StoredItems): number {
  const version = items[SETTINGS_KEYS.version];
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

export type MigrationResult =
  | { status: 'current' | 'migrated'; items: StoredItems; from: number }
  /** Written by a newer version of the extension (synced from another computer). */
  | { status: 'newer'; items: StoredItems; from: number }
  | { status: 'no-path'; items: StoredItems; from: number };

export function migrateStoredItems(
  items: StoredItems,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: number = CURRENT_SETTINGS_VERSION,
): MigrationResult {
  const from = storedVersion(items);
  if (from === target) return { status: 'current', items, from };
  if (from > target) return { status: 'newer', items, from };
  let current = items;
  for (let version = from; version < target; version += 1) {
    const step = steps.find((s) => s.from === version);
    if (!step || step.to !== version + 1) return { status: 'no-path', items, from };
    current = { ...step.migrate(current), [SETTINGS_KEYS.version]: step.to };
  }
  return { status: 'migrated', items: current, from };
}
