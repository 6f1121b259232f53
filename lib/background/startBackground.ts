// Wires the background's listeners. Registered synchronously, because an MV3 service worker
// woken by an event only delivers it to listeners added in the first turn.
import { browser } from 'wxt/browser';
import { helpPathForRule, loadSettings, onSettingsChanged } from '@/lib/settings';
import { readCadencePosts, recordAudit, recordPost } from '@/lib/storage';
import { systemClock, type CadenceSources } from './cadenceNow';
import { openOverviewForReminder } from './reminderClick';
import { REMINDER_ALARM, runReminderCheck, scheduleReminder } from './reminders';
import { createMessageRouter } from './router';
import { updateBadge } from './updateBadge';

/** Hourly: the streak and pace change with the calendar too (a new day, a week ending). */
export const BADGE_ALARM = 'badge-refresh';

export const defaultSources: CadenceSources = { readPosts: () => readCadencePosts(), loadSettings, clock: systemClock };

export function startBackground(sources: CadenceSources = defaultSources): void {
  const refreshBadge = async () => {
    await updateBadge(sources);
  };
  // `keepExisting`: a worker woken by the alarm itself must not push it to tomorrow first.
  const syncSchedule = async (keepExisting: boolean) => {
    try {
      if (keepExisting && (await browser.alarms.get(REMINDER_ALARM))) return;
      await scheduleReminder((await sources.loadSettings()).cadence, sources.clock());
    } catch {
      // Settings unreadable: keep whatever alarm exists; the next change or start retries.
    }
  };

  browser.runtime.onMessage.addListener(
    createMessageRouter({
      recordPost,
      recordAudit,
      openExtensionPage: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
      },
      helpPathForRule,
      refreshBadge,
    }),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void runReminderCheck(sources).then(refreshBadge);
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });

  // A click on the daily reminder opens the overview it is about (reminderClick.ts).
  browser.notifications.onClicked.addListener((notificationId) => void openOverviewForReminder(notificationId).catch(() => undefined));

  // Settings changed in the options page (or by policy): new hour, target, or reminders off.
  onSettingsChanged((settings) => {
    void scheduleReminder(settings.cadence, sources.clock()).catch(() => undefined);
    void refreshBadge();
  });

  browser.runtime.onInstalled.addListener(() => void syncSchedule(false));
  void syncSchedule(true);
  void browser.alarms
    .get(BADGE_ALARM)
    .then((existing) => {
      if (!existing) return browser.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });
    })
    .catch(() => undefined);
  void refreshBadge();
}
