// The settings API everything else uses; nothing reads storage.sync or storage.managed for
// settings directly.
export { DEFAULT_SETTINGS } from './types';
export type { CustomTemplate, GuardMode, ProfileSettings, Settings, WeekStart } from './types';
export type { DeepPartial } from './deep-partial';
export type { SaveResult } from './save-result';
export type { SettingsProblem } from './problems';
export type { SettingsNotice } from './notice';
export type { SettingLeafPath } from './paths';
export { SETTING_LEAF_PATHS, leavesUnder } from './paths';
export { loadSettings, loadSettingsState, lockedPaths, settingsNotice, type SettingsState } from './load';
export { saveSettings } from './save';
export { onSettingsChanged, watchSettingsState } from './watch';
export { hashPin, isValidPin, verifyPin, type StoredPin } from './pin';
export { helpAnchorForRule, helpPathForRule, ruleIdFromHash } from './help-link';
