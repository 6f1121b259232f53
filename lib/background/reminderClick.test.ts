import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPosts } from '@/lib/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { OVERVIEW_PAGE, openOverviewForReminder } from './reminderClick';
import { REMINDER_NOTIFICATION } from './reminders';
import { startBackground } from './startBackground';

const overviewUrl = () => fakeBrowser.runtime.getURL(OVERVIEW_PAGE);

async function showReminder(id = REMINDER_NOTIFICATION) {
  await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '/icon/128.png', title: 'Time for a post?', message: 'A short one today keeps people in touch.' });
}

async function tabsShowingOverview() {
  return (await fakeBrowser.tabs.query({})).filter((t) => t.url === overviewUrl());
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('clicking the cadence reminder', () => {
  test('opens the overview (the popup page) in a tab, focuses its window and clears the notification', async () => {
    await showReminder();
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    expect(await openOverviewForReminder(REMINDER_NOTIFICATION)).toBe('opened');
    const [tab, ...more] = await tabsShowingOverview();
    expect(more).toEqual([]);
    expect(tab?.url).toBe('chrome-extension://test-extension-id/popup.html');
    expect(focus).toHaveBeenCalledWith(tab!.windowId, { focused: true });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('a second click reuses the open overview tab, reloading it so the figures are current', async () => {
    await showReminder();
    await openOverviewForReminder(REMINDER_NOTIFICATION);
    const [first] = await tabsShowingOverview();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    await showReminder();
    expect(await openOverviewForReminder(REMINDER_NOTIFICATION)).toBe('refreshed');
    expect(update).toHaveBeenCalledWith(first!.id, { active: true, url: overviewUrl() });
    // (The fake browser does not model which tab is active: the update call above says it.)
    expect((await tabsShowingOverview()).map((t) => t.id)).toEqual([first!.id]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('with no browser window to open a tab in, it opens a focused window', async () => {
    await showReminder();
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('No current window'));
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    expect(await openOverviewForReminder(REMINDER_NOTIFICATION)).toBe('opened');
    expect(created).toHaveBeenCalledWith({ url: overviewUrl(), focused: true });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('when no tab can be opened the notification is still cleared', async () => {
    await showReminder();
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('No current window'));
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('Browser is shutting down'));
    await expect(openOverviewForReminder(REMINDER_NOTIFICATION)).rejects.toThrow('shutting down');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test("another notification's click is not the reminder's: nothing opens, nothing is cleared", async () => {
    await showReminder('someone-else');
    expect(await openOverviewForReminder('someone-else')).toBe('ignored');
    expect(await tabsShowingOverview()).toEqual([]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['someone-else']);
  });

  test('wired by startBackground: the click event opens the overview', async () => {
    startBackground({ readPosts: () => readPosts(), loadSettings: async () => DEFAULT_SETTINGS, clock: () => ({ now: Date.parse('2026-03-04T15:00:00Z'), timeZone: 'America/New_York' }) });
    await showReminder();
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await vi.waitFor(async () => expect(await tabsShowingOverview()).toHaveLength(1));
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });
});
