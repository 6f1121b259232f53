// The plain-words notice the options page shows when stored or pushed settings could not all
// be used. The extension keeps working on defaults for those fields; the notice says so.
import type { SettingsProblem } from './problems';

export interface SettingsNotice {
  title: string;
  details: string[];
}

export function noticeFromProblems(problems: readonly SettingsProblem[]): SettingsNotice | null {
  if (problems.length === 0) return null;
  const stored = problems.filter((p) => p.source !== 'managed');
  const managed = problems.filter((p) => p.source === 'managed');
  const parts: string[] = [];
  if (stored.length) parts.push('Some saved settings could not be read, so those went back to their defaults. Everything else was kept.');
  if (managed.length) parts.push("Some settings from your organization's policy could not be used; tell your IT contact.");
  return { title: parts.join(' '), details: problems.map((p) => p.message) };
}
