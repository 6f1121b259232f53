// Reads the managed policy (Chrome: Google Admin or OS policy through managed_schema.json;
// Firefox: policies.json "3rdparty" → storage.managed). Same shape as Settings, plus
// `locked`: a list of setting paths staff cannot change.
import type { DeepPartial } from './deep-partial';
import { isPlainObject } from './read/fields';
import { readSettingsPatch } from './read';
import { leavesSetBy, leavesUnder, type SettingLeafPath } from './paths';
import type { SettingsProblem } from './problems';
import type { Settings } from './types';

export interface ManagedPolicy {
  values: DeepPartial<Settings>;
  /** Leaf paths staff cannot change: every value the policy sets, and those it lists. */
  locked: Set<SettingLeafPath>;
  problems: SettingsProblem[];
}

export function readManagedPolicy(raw: unknown): ManagedPolicy {
  const { patch, problems } = readSettingsPatch(raw, 'managed');
  const locked = new Set<SettingLeafPath>(leavesSetBy(patch));
  const list = isPlainObject(raw) ? raw.locked : undefined;
  if (list !== undefined) {
    if (!Array.isArray(list)) {
      problems.push({ path: 'locked', message: 'The list of locked settings could not be read.', source: 'managed' });
    } else {
      for (const path of list) {
        const leaves = typeof path === 'string' ? leavesUnder(path) : [];
        if (leaves.length === 0) {
          problems.push({ path: 'locked', message: `"${String(path)}" is not a setting that can be locked.`, source: 'managed' });
        }
        for (const leaf of leaves) locked.add(leaf);
      }
    }
  }
  return { values: patch, locked, problems };
}
