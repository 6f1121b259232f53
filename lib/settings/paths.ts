// Every field of Settings an administrator can set or lock, by dotted path. Lists (staff
// names, watch words, custom templates) are single fields: a policy sets the whole list.
// Locking works on these leaves; a section path ('guard') locks every leaf under it.
export const SETTING_LEAF_PATHS = [
  'profile.practiceName',
  'profile.contactName',
  'profile.staffNames',
  'profile.phones',
  'profile.emails',
  'profile.addresses',
  'profile.website',
  'checks.sites.facebook',
  'checks.sites.x',
  'checks.sites.yelp',
  'checks.minSeverity.phi',
  'checks.minSeverity.tone',
  'checks.watchWords',
  'guard.mode',
  'guard.twoPersonScope',
  'guard.pin',
  'cadence.weeklyTarget',
  'cadence.dailyMax',
  'cadence.weekStart',
  'cadence.reminders',
  'cadence.reminderHour',
  'cadence.weekdaysOnly',
  'templates.custom',
  'templates.order',
] as const;
export type SettingLeafPath = (typeof SETTING_LEAF_PATHS)[number];

/** The leaves a path names: itself if it is a leaf, every leaf under it if it is a section. */
export function leavesUnder(path: string): SettingLeafPath[] {
  return SETTING_LEAF_PATHS.filter((leaf) => leaf === path || leaf.startsWith(`${path}.`));
}

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`, creating the objects on the way. */
export function withValueAtPath<T extends object>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0) {
    copy[head] = value;
  } else {
    const child = copy[head];
    const base = child !== null && typeof child === 'object' && !Array.isArray(child) ? child : {};
    copy[head] = withValueAtPath(base as object, rest.join('.'), value);
  }
  return copy as T;
}

/** The leaf paths a patch actually sets (present and not undefined). */
export function leavesSetBy(patch: unknown): SettingLeafPath[] {
  return SETTING_LEAF_PATHS.filter((leaf) => valueAtPath(patch, leaf) !== undefined);
}
