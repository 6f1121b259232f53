import type { Context, Site } from '@/lib/checks/types';
import type { WeekStart } from '@/lib/settings/types';
import type { LocalDate } from './calendarDate';

/** What cadence maths needs to know of one sent post: when (in the poster's zone), where, what. */
export interface CadencePost {
  at: number;
  localDate: LocalDate;
  site: Site;
  kind: Context;
}

export interface CadenceRules {
  /** Posts (kind 'post') per week that keep the streak going. */
  weeklyTarget: number;
  /** Posts per day beyond which people start tuning out. */
  dailyMax: number;
  weekStart: WeekStart;
}

/** "Now" is always passed in: the maths never reads the clock, so tests need no mocking. */
export interface CadenceClock {
  now: number;
  timeZone: string;
}
