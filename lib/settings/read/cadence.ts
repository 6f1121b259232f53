import type { Settings, WeekStart } from '../types';
import { definedOnly, readBoolean, readChoice, readInteger, readObject, type ReadContext } from './fields';

export const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday'];
// Three a day is already a lot for a practice page; 21 a week is that every day.
export const WEEKLY_TARGET_RANGE = { min: 1, max: 21 };
export const DAILY_MAX_RANGE = { min: 1, max: 10 };
export const REMINDER_HOUR_RANGE = { min: 0, max: 23 };

export function readCadence(raw: unknown, ctx: ReadContext): Partial<Settings['cadence']> | undefined {
  const section = readObject(raw, 'cadence', 'The posting cadence settings', ctx);
  if (!section) return undefined;
  return definedOnly({
    weeklyTarget: readInteger(section.weeklyTarget, 'cadence.weeklyTarget', 'Weekly posting target', WEEKLY_TARGET_RANGE, ctx),
    dailyMax: readInteger(section.dailyMax, 'cadence.dailyMax', 'Most posts in a day', DAILY_MAX_RANGE, ctx),
    weekStart: readChoice(section.weekStart, 'cadence.weekStart', 'First day of the week', WEEK_STARTS, ctx),
    reminders: readBoolean(section.reminders, 'cadence.reminders', 'Reminders', ctx),
    reminderHour: readInteger(section.reminderHour, 'cadence.reminderHour', 'Reminder hour', REMINDER_HOUR_RANGE, ctx),
    weekdaysOnly: readBoolean(section.weekdaysOnly, 'cadence.weekdaysOnly', 'Reminders on weekdays only', ctx),
  });
}
