import type { Settings } from './types';
import type { SettingsProblem } from './problems';

/** What saveSettings did. `message` is plain words ready to show next to the control. */
export type SaveResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'locked'; paths: string[]; message: string }
  | { ok: false; reason: 'invalid'; problems: SettingsProblem[]; message: string }
  /** storage.sync is full, or one item would pass 8 KB; `key` names the item when it is one. */
  | { ok: false; reason: 'quota'; key?: string; bytes: number; limit: number; message: string }
  | { ok: false; reason: 'storage-error'; message: string };
