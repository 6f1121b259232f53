// Which local calendar week a date belongs to, named by the date the week starts on.
import type { WeekStart } from '@/lib/settings/types';
import { dateFromDayNumber, dayNumber, formatLocalDate, parseLocalDate, type LocalDate } from './calendarDate';

export const DAYS_IN_WEEK = 7;

/** 0 for the first day of the week … 6 for the last, for a day number (see dayNumber). */
function dayIndexOfDay(day: number, weekStart: WeekStart): number {
  const dow = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return weekStart === 'sunday' ? dow : (dow + 6) % 7;
}

/** 0 for the first day of the week … 6 for the last. */
export function dayIndexInWeek(date: LocalDate, weekStart: WeekStart): number {
  return dayIndexOfDay(dayNumber(parseLocalDate(date)), weekStart);
}

/** The day number (see dayNumber) of the first day of the week that day `day` is in. */
export function weekStartDay(day: number, weekStart: WeekStart): number {
  return day - dayIndexOfDay(day, weekStart);
}

export function weekStartDate(date: LocalDate, weekStart: WeekStart): LocalDate {
  return formatLocalDate(dateFromDayNumber(weekStartDay(dayNumber(parseLocalDate(date)), weekStart)));
}

/** Days left in the week of `today`, today included (7 on the first day, 1 on the last). */
export function daysLeftInWeek(today: LocalDate, weekStart: WeekStart): number {
  return DAYS_IN_WEEK - dayIndexInWeek(today, weekStart);
}
