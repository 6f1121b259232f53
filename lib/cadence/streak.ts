// The weekly streak: consecutive local calendar weeks that met the weekly target.
import { addDays, dateFromDayNumber, dayNumber, formatLocalDate, parseLocalDate, type LocalDate } from './calendarDate';
import type { CadencePost, CadenceRules } from './types';
import { DAYS_IN_WEEK, weekStartDate, weekStartDay } from './weeks';

/** Count of kind 'post' per week, keyed by the week's first date. */
export function postsPerWeek(posts: readonly CadencePost[], rules: Pick<CadenceRules, 'weekStart'>): Map<LocalDate, number> {
  // Counted by day number and named once per week: building a date string for every post
  // was most of the popup's arithmetic with a year of posts.
  const perWeekDay = new Map<number, number>();
  for (const p of posts) {
    if (p.kind !== 'post') continue;
    const week = weekStartDay(dayNumber(parseLocalDate(p.localDate)), rules.weekStart);
    perWeekDay.set(week, (perWeekDay.get(week) ?? 0) + 1);
  }
  const perWeek = new Map<LocalDate, number>();
  for (const [week, count] of perWeekDay) perWeek.set(formatLocalDate(dateFromDayNumber(week)), count);
  return perWeek;
}

export interface WeeklyStreak {
  /** The streak as it stands: finished weeks in a row, plus this week once it met the target. */
  weeks: number;
  /** Finished weeks in a row that met the target, up to last week: what this week can keep alive. */
  weeksBeforeThisWeek: number;
  thisWeekMet: boolean;
}

/**
 * The current week never breaks the streak while it is still running: a streak of 6 stays 6
 * on Monday morning, and becomes 7 once this week reaches the target.
 */
export function weeklyStreak(posts: readonly CadencePost[], rules: CadenceRules, today: LocalDate): WeeklyStreak {
  const perWeek = postsPerWeek(posts, rules);
  const target = Math.max(1, rules.weeklyTarget);
  const thisWeek = weekStartDate(today, rules.weekStart);
  let weeksBeforeThisWeek = 0;
  for (let week = addDays(thisWeek, -DAYS_IN_WEEK); (perWeek.get(week) ?? 0) >= target; week = addDays(week, -DAYS_IN_WEEK)) {
    weeksBeforeThisWeek += 1;
  }
  const thisWeekMet = (perWeek.get(thisWeek) ?? 0) >= target;
  return { weeks: weeksBeforeThisWeek + (thisWeekMet ? 1 : 0), weeksBeforeThisWeek, thisWeekMet };
}
