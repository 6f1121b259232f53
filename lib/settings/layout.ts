// How settings sit in storage.sync: one item per section and one per custom template.
// storage.sync allows 8 KB per item (QUOTA_BYTES_PER_ITEM), so a single "settings" item
// would break as soon as a practice wrote a few long templates.
import type { Settings } from './types';
import { isPlainObject } from './read/fields';

export const SETTINGS_KEYS = {
  version: 'settings.version',
  profile: 'settings.profile',
  checks: 'settings.checks',
  guard: 'settings.guard',
  cadence: 'settings.cadence',
  templates: 'settings.templates',
} as const;

export function templateKey(id: string): string {
  return `settings.template.${id}`;
}

/** Keys this module owns in storage.sync (others' keys are left alone). */
export function isSettingsKey(key: string): boolean {
  return key === 'settings' || key.startsWith('settings.');
}

export type StoredItems = Record<string, unknown>;

/** The storage.sync items for a whole Settings value, in the current layout. */
export function itemsFromSettings(settings: Settings): StoredItems {
  const items: StoredItems = {
    [SETTINGS_KEYS.version]: settings.version,
    [SETTINGS_KEYS.profile]: settings.profile,
    [SETTINGS_KEYS.checks]: settings.checks,
    [SETTINGS_KEYS.guard]: settings.guard,
    [SETTINGS_KEYS.cadence]: settings.cadence,
    [SETTINGS_KEYS.templates]: {
      order: settings.templates.order,
      customIds: settings.templates.custom.map((t) => t.id),
    },
  };
  for (const template of settings.templates.custom) items[templateKey(template.id)] = template;
  return items;
}

/**
 * The unvalidated settings object the stored items describe. A template listed but missing
 * (sync still arriving from another computer) comes through as undefined, which the reader
 * reports and leaves out.
 */
export function rawSettingsFromItems(items: StoredItems): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    profile: items[SETTINGS_KEYS.profile],
    checks: items[SETTINGS_KEYS.checks],
    guard: items[SETTINGS_KEYS.guard],
    cadence: items[SETTINGS_KEYS.cadence],
  };
  const templates = items[SETTINGS_KEYS.templates];
  if (templates !== undefined) {
    if (isPlainObject(templates) && Array.isArray(templates.customIds)) {
      raw.templates = {
        order: templates.order,
        custom: templates.customIds.map((id) => (typeof id === 'string' ? items[templateKey(id)] : undefined)),
      };
    } else {
      raw.templates = isPlainObject(templates) ? { order: templates.order, custom: templates.customIds } : templates;
    }
  }
  return raw;
}
