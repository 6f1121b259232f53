// Saving a patch: refuse locked fields and invalid values, check storage.sync's quotas, then
// write only the items that changed.
import { browser } from 'wxt/browser';
import type { DeepPartial } from './deep-partial';
import { isSettingsKey, itemsFromSettings, SETTINGS_KEYS, type StoredItems } from './layout';
import { loadSettingsState } from './load';
import { applyPatch } from './merge';
import { leavesSetBy } from './paths';
import { findQuotaProblem, SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM } from './quota';
import { readSettingsPatch } from './read';
import type { SaveResult } from './save-result';
import type { Settings } from './types';

const FULL_MESSAGE =
  "The browser's settings storage is full. Remove a custom template or shorten long lists, then try again.";

function itemLabel(key: string): string {
  if (key.startsWith('settings.template.')) return 'This template';
  const section = key.replace(/^settings\./, '');
  return `The ${section} settings`;
}

function errorResult(error: unknown): SaveResult {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM/i.test(text)) {
    return { ok: false, reason: 'quota', bytes: 0, limit: SYNC_QUOTA_BYTES_PER_ITEM, message: 'One part of the settings is too large to save. Shorten it and try again.' };
  }
  if (/QUOTA_BYTES|quota/i.test(text)) {
    return { ok: false, reason: 'quota', bytes: 0, limit: SYNC_QUOTA_BYTES, message: FULL_MESSAGE };
  }
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return { ok: false, reason: 'storage-error', message: 'Too many changes in a short time; wait a minute and try again.' };
  }
  return { ok: false, reason: 'storage-error', message: 'The settings could not be saved. Try again.' };
}

/** The section an item belongs to ('settings.template.x' → 'templates'), null for the version. */
function sectionOfKey(key: string): string | null {
  if (key.startsWith('settings.template.')) return 'templates';
  return key === SETTINGS_KEYS.version || key === 'settings' ? null : key.replace(/^settings\./, '');
}

/**
 * Writes what the save changed. The sections the patch touches are compared with what is in
 * storage (so a corrupt item there is repaired); the others only with what was read, so an
 * item still arriving through sync from another computer, or one that could not be read, is
 * not overwritten by an edit to another section. After a migration everything is rewritten in
 * the current layout and the old items removed.
 */
async function writeSettings(before: Settings, next: Settings, touched: ReadonlySet<string> | 'all'): Promise<SaveResult | null> {
  let everything: StoredItems = {};
  try {
    everything = (await browser.storage.sync.get(null)) as StoredItems;
  } catch {
    // Unreadable: the write below reports the real error.
  }
  const isTouched = (key: string) => {
    const section = sectionOfKey(key);
    return touched === 'all' || section === null || touched.has(section);
  };
  const wanted = itemsFromSettings(next);
  const read = itemsFromSettings(before);
  const changed: StoredItems = {};
  for (const [key, value] of Object.entries(wanted)) {
    const reference = isTouched(key) ? everything[key] : read[key];
    if (JSON.stringify(reference) !== JSON.stringify(value)) changed[key] = value;
  }
  const stale = Object.keys(everything).filter((key) => isSettingsKey(key) && !(key in wanted) && isTouched(key));

  // The quota counts every item in storage.sync, other parts' included.
  const after = { ...everything, ...changed };
  for (const key of stale) delete after[key];
  const quota = findQuotaProblem(after, Object.keys(changed));
  if (quota?.kind === 'item') {
    const message = `${itemLabel(quota.key)} is too large to save (${quota.bytes} of ${quota.limit} bytes). Shorten it and try again.`;
    return { ok: false, reason: 'quota', key: quota.key, bytes: quota.bytes, limit: quota.limit, message };
  }
  if (quota) return { ok: false, reason: 'quota', bytes: quota.bytes, limit: quota.limit, message: FULL_MESSAGE };

  try {
    if (Object.keys(changed).length) await browser.storage.sync.set(changed);
    if (stale.length) await browser.storage.sync.remove(stale);
  } catch (error) {
    return errorResult(error);
  }
  return null;
}

async function saveNow(patch: DeepPartial<Settings>): Promise<SaveResult> {
  const { patch: clean, problems } = readSettingsPatch(patch, 'patch');
  if (problems.length) return { ok: false, reason: 'invalid', problems, message: problems.map((p) => p.message).join(' ') };
  const state = await loadSettingsState();
  const lockedTouched = leavesSetBy(clean).filter((leaf) => state.locked.has(leaf));
  if (lockedTouched.length) {
    return { ok: false, reason: 'locked', paths: lockedTouched, message: 'This is set by your organization and cannot be changed here.' };
  }
  const next = applyPatch(state.stored, clean);
  const touched = state.layoutOutdated ? 'all' : new Set(leavesSetBy(clean).map((leaf) => leaf.split('.')[0]!));
  const failure = await writeSettings(state.stored, next, touched);
  if (failure) return failure;
  const after = await loadSettingsState();
  return { ok: true, settings: after.settings };
}

// One save at a time: each reads, patches and writes, so two quick edits (two checkboxes)
// must not both start from the same old value and undo each other.
let queue: Promise<unknown> = Promise.resolve();

/** Saves the fields a patch sets. Lists are replaced whole. Never throws. */
export function saveSettings(patch: DeepPartial<Settings>): Promise<SaveResult> {
  const run = queue.then(() => saveNow(patch)).catch(errorResult);
  queue = run;
  return run;
}

