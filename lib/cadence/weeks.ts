// Which local calendar week a date belongs to, named by the date the week starts on.
import type { WeekStart } from '@/lib/settings/types';
import { addDays, dayOfWeek, type LocalDate } from './calendarDate';

export const DAYS_IN_WEEK = 7;

/** 0 for the first day of the week … 6 for the last. */
export function dayIndexInWeek(date: LocalDate, weekStart: WeekStart): number {
  const dow = dayOfWeek(date); // 0 = Sunday
  return weekStart === 'sunday' ? dow : (dow + 6) % 7;
}

export function weekStartDate(date: LocalDate, weekStart: WeekStart): LocalDate {
  return addDays(date, -dayIndexInWeek(date, weekStart));
}

/** Days left in the week of `today`, today included (7 on the first day, 1 on the last). */
export function daysLeftInWeek(today: LocalDate, weekStart: WeekStart): number {
  return DAYS_IN_WEEK - dayIndexInWeek(today, weekStart);
}
