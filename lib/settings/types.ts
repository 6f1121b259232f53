// The shape of the extension's settings (storage.sync, merged with managed policy).
// Owned by lib/settings; other parts read it through lib/settings, never storage directly.
import type { PracticeProfile, Severity, Site } from '@/lib/checks/types';

export type GuardMode = 'off' | 'warn' | 'strict' | 'two-person';
export type WeekStart = 'monday' | 'sunday';

export interface ProfileSettings extends PracticeProfile {
  /** Who reviewers should contact, used to fill {contactName} in reply templates. */
  contactName?: string;
}

export interface CustomTemplate {
  id: string;
  title: string;
  situation: string;
  text: string;
}

export interface Settings {
  /** Schema version; migrations in lib/settings/migrations bring older values up to it. */
  version: number;
  profile: ProfileSettings;
  checks: {
    sites: Record<Site, boolean>;
    /** The lowest severity shown, per category ('info' shows everything). */
    minSeverity: { phi: Severity; tone: Severity };
    watchWords: string[];
  };
  guard: {
    mode: GuardMode;
    /** In two-person mode: every post, or only those with findings. */
    twoPersonScope: 'all' | 'flagged';
    /** Salted SHA-256 of the practice's shared PIN, never the PIN itself. */
    pin: { salt: string; hash: string } | null;
  };
  cadence: {
    weeklyTarget: number;
    dailyMax: number;
    weekStart: WeekStart;
    reminders: boolean;
    /** Local hour (0–23) of the daily reminder check. */
    reminderHour: number;
    weekdaysOnly: boolean;
  };
  templates: {
    custom: CustomTemplate[];
    /** Ids of built-in and custom templates in the order the picker shows them. */
    order: string[];
  };
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  profile: {},
  checks: {
    sites: { facebook: true, x: true, yelp: true },
    minSeverity: { phi: 'info', tone: 'info' },
    watchWords: [],
  },
  guard: { mode: 'warn', twoPersonScope: 'all', pin: null },
  cadence: {
    weeklyTarget: 3,
    dailyMax: 2,
    weekStart: 'monday',
    reminders: true,
    reminderHour: 10,
    weekdaysOnly: true,
  },
  templates: { custom: [], order: [] },
};
