// When the next daily reminder check should run, in the poster's own zone.
import { addDays, type LocalDate } from './calendarDate';
import { instantAtLocalTime, localDateAt } from './timeZone';
import { dayOfWeek } from './calendarDate';

export interface ReminderSchedule {
  /** Local hour, 0–23. */
  hour: number;
  weekdaysOnly: boolean;
}

function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** The first reminder instant strictly after `now`: date by date, never now + 24 h. */
export function nextReminderAt(now: number, timeZone: string, schedule: ReminderSchedule): number {
  let date = localDateAt(now, timeZone);
  for (let i = 0; i < 8; i++, date = addDays(date, 1)) {
    if (schedule.weekdaysOnly && isWeekend(date)) continue;
    const at = instantAtLocalTime(date, schedule.hour, timeZone);
    if (at > now) return at;
  }
  throw new Error('No reminder time within a week'); // unreachable: a week always has a weekday
}

export function isReminderDay(date: LocalDate, weekdaysOnly: boolean): boolean {
  return !weekdaysOnly || !isWeekend(date);
}
