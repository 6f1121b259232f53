// The order of precedence: defaults < storage.sync < managed policy. Policy values are locked
// automatically; a path the policy locks without giving a value is held at its default, so
// every browser of the practice ends up the same rather than frozen at whatever it had.
import type { DeepPartial } from './deep-partial';
import { leavesSetBy, valueAtPath, withValueAtPath, type SettingLeafPath } from './paths';
import { DEFAULT_SETTINGS, type Settings } from './types';

/** `base` with every leaf the patch sets replaced (lists are replaced whole). */
export function applyPatch(base: Settings, patch: DeepPartial<Settings>): Settings {
  let next = base;
  for (const leaf of leavesSetBy(patch)) next = withValueAtPath(next, leaf, valueAtPath(patch, leaf));
  return next;
}

export interface MergeInput {
  sync: DeepPartial<Settings>;
  managed: DeepPartial<Settings>;
  locked: ReadonlySet<SettingLeafPath>;
}

export function mergeSettings({ sync, managed, locked }: MergeInput, defaults: Settings = DEFAULT_SETTINGS): Settings {
  let merged = applyPatch(applyPatch(defaults, sync), managed);
  for (const leaf of locked) {
    if (valueAtPath(managed, leaf) === undefined) merged = withValueAtPath(merged, leaf, valueAtPath(defaults, leaf));
  }
  return merged;
}
