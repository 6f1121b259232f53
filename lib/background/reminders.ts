// The daily reminder: an alarm at the chosen local hour checks the cadence and, when the
// week is behind pace or nothing has gone out for days, shows one notification.
import { browser } from 'wxt/browser';
import { isReminderDay, needsReminder, nextReminderAt, nudgeOfTheMoment, type CadenceClock } from '@/lib/cadence';
import type { Settings } from '@/lib/settings/types';
import { currentCadence, type CadenceSources } from './cadenceNow';

export const REMINDER_ALARM = 'cadence-reminder';
export const REMINDER_NOTIFICATION = 'cadence-reminder';

/**
 * One-shot alarms, rescheduled after each check: a 24-hour period would drift by an hour
 * at every DST change, and could not skip weekends.
 */
export async function scheduleReminder(cadence: Settings['cadence'], clock: CadenceClock): Promise<number | null> {
  if (!cadence.reminders) {
    await browser.alarms.clear(REMINDER_ALARM);
    return null;
  }
  const when = nextReminderAt(clock.now, clock.timeZone, { hour: cadence.reminderHour, weekdaysOnly: cadence.weekdaysOnly });
  await browser.alarms.create(REMINDER_ALARM, { when });
  return when;
}

export type ReminderOutcome = 'notified' | 'on-track' | 'not-a-reminder-day' | 'off' | 'unavailable';

export async function runReminderCheck(sources: CadenceSources): Promise<ReminderOutcome> {
  const clock = sources.clock();
  let settings: Settings;
  let outcome: ReminderOutcome;
  try {
    const current = await currentCadence(sources);
    settings = current.settings;
    const { summary } = current;
    if (!settings.cadence.reminders) outcome = 'off';
    // An alarm can fire late (the computer slept through Friday): still no weekend nagging.
    else if (!isReminderDay(summary.today, settings.cadence.weekdaysOnly)) outcome = 'not-a-reminder-day';
    else if (!needsReminder(summary)) outcome = 'on-track';
    else {
      await browser.notifications.create(REMINDER_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: summary.hasPosts ? 'Time for a post?' : 'Ready for your first post?',
        message: nudgeOfTheMoment(summary).text,
      });
      outcome = 'notified';
    }
  } catch {
    // The log or settings could not be read: say nothing today rather than something wrong.
    outcome = 'unavailable';
    try {
      settings = await sources.loadSettings();
    } catch {
      return outcome;
    }
  }
  await scheduleReminder(settings.cadence, clock);
  return outcome;
}
