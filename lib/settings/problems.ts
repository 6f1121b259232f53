// A stored or pushed value that could not be used. `path` is the field's dotted path in
// Settings; `message` is plain words for the notice on the options page.
export interface SettingsProblem {
  path: string;
  message: string;
  source: 'sync' | 'managed' | 'patch';
}
