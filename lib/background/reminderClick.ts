// Clicking the daily reminder opens the practice's overview: the popup's page (streak, this
// week, post ideas, a link to each site's composer) in a tab. The toolbar popup itself cannot
// be opened from a notification in every browser (and not without a focused window), and the
// reminder names no site, so the overview is where "Time for a post?" is answered.
import { browser } from 'wxt/browser';
import { REMINDER_NOTIFICATION } from './reminders';

export const OVERVIEW_PAGE = '/popup.html';

export type ReminderClickOutcome = 'opened' | 'refreshed' | 'ignored';

export async function openOverviewForReminder(notificationId: string): Promise<ReminderClickOutcome> {
  if (notificationId !== REMINDER_NOTIFICATION) return 'ignored';
  try {
    return await showOverview();
  } finally {
    // Clicked means read: the notification should not linger in the notification centre.
    await browser.notifications.clear(notificationId).catch(() => false);
  }
}

async function showOverview(): Promise<'opened' | 'refreshed'> {
  const url = browser.runtime.getURL(OVERVIEW_PAGE);
  // One overview tab, not one per click. A browser that does not answer queries by URL for
  // the extension's own pages just gets a new tab.
  const [existing] = await browser.tabs.query({ url }).catch(() => []);
  if (existing?.id !== undefined) {
    // Loading the URL again re-reads the log: a tab left open since yesterday would be stale.
    await browser.tabs.update(existing.id, { active: true, url });
    await focusWindow(existing.windowId);
    return 'refreshed';
  }
  let windowId: number | undefined;
  try {
    windowId = (await browser.tabs.create({ url, active: true })).windowId;
  } catch {
    // No browser window is open (the browser runs in the background): open one.
    windowId = (await browser.windows.create({ url, focused: true }))?.id;
  }
  await focusWindow(windowId);
  return 'opened';
}

/** The notification may be clicked while the browser is behind other applications. */
async function focusWindow(windowId: number | undefined): Promise<void> {
  if (windowId === undefined) return;
  try {
    await browser.windows.update(windowId, { focused: true });
  } catch {
    // No windows API (Firefox for Android) or the window just closed: the tab is open anyway.
  }
}
