import { fakeBrowser } from 'wxt/testing/fake-browser';
import { instantAtLocalTime, type CadenceClock } from '@/lib/cadence';
import type { CadenceSources } from '@/lib/background/cadenceNow';
import { REMINDER_ALARM, REMINDER_NOTIFICATION, runReminderCheck, scheduleReminder } from '@/lib/background/reminders';
import { BADGE_ALARM, startBackground } from '@/lib/background/startBackground';
import { updateBadge } from '@/lib/background/updateBadge';
import { DEFAULT_SETTINGS, saveSettings, type Settings } from '@/lib/settings';
import { readPosts, recordPost } from '@/lib/storage';
import { useFreshIndexedDb } from '../storage/freshIndexedDb';

const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);

/** A fake clock the test moves by hand. */
function fakeClock(iso: string) {
  const clock = { now: utc(iso), timeZone: NY };
  return { clock, read: (): CadenceClock => ({ ...clock }) };
}

function sourcesWith(read: () => CadenceClock, settings: Settings = DEFAULT_SETTINGS): CadenceSources {
  return { readPosts: () => readPosts(), loadSettings: async () => settings, clock: read };
}

async function postOn(date: string, hour = 11, kind: 'post' | 'review-reply' = 'post') {
  const at = instantAtLocalTime(date, hour, NY);
  expect(await recordPost({ at, timeZone: NY, site: 'facebook', kind, phi: 0, tone: 0, decision: 'sent-clean' })).toMatchObject({ ok: true });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useFreshIndexedDb();
});

describe('scheduling the daily reminder', () => {
  test('10:00 local on the next weekday by default', async () => {
    const { read } = fakeClock('2026-03-06T16:00:00Z'); // Friday 11:00 EST
    await scheduleReminder(DEFAULT_SETTINGS.cadence, read());
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(utc('2026-03-09T14:00:00Z')); // Monday 10:00 EDT
    expect(alarm?.periodInMinutes).toBeUndefined();
  });

  test('switched off, there is no alarm', async () => {
    const { read } = fakeClock('2026-03-06T16:00:00Z');
    await scheduleReminder(DEFAULT_SETTINGS.cadence, read());
    await scheduleReminder({ ...DEFAULT_SETTINGS.cadence, reminders: false }, read());
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  test('changing the settings reschedules: new hour, then off', async () => {
    const { read } = fakeClock('2026-03-04T13:00:00Z'); // Wednesday 08:00 EST
    startBackground({ readPosts: () => readPosts(), loadSettings: async () => DEFAULT_SETTINGS, clock: read });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(utc('2026-03-04T15:00:00Z')));

    expect(await saveSettings({ cadence: { reminderHour: 9 } })).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(utc('2026-03-04T14:00:00Z')));

    expect(await saveSettings({ cadence: { reminders: false } })).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined());
  });
});

describe('the real clock, faked', () => {
  afterEach(() => vi.useRealTimers());

  test('startBackground with its default sources schedules from Date.now in the system zone', async () => {
    vi.useFakeTimers({ now: utc('2026-03-07T18:00:00Z'), toFake: ['Date'] }); // Saturday or Sunday in every zone
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    startBackground();
    const expected = instantAtLocalTime('2026-03-09', 10, zone); // Monday 10:00 where the test runs
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(expected));
  });
});

describe('when the reminder alarm fires', () => {
  test('idle for 5+ days: one notification with the nudge, and tomorrow is scheduled', async () => {
    await postOn('2026-02-26');
    const { read } = fakeClock('2026-03-04T15:00:00Z'); // Wednesday 10:00 EST
    expect(await runReminderCheck(sourcesWith(read))).toBe('notified');
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([REMINDER_NOTIFICATION]);
    expect(shown[REMINDER_NOTIFICATION]).toMatchObject({
      type: 'basic',
      iconUrl: expect.stringMatching(/\/icon\/128\.png$/),
      message: "It's been 6 days since the last post — a short one today keeps people in touch.",
    });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(utc('2026-03-05T15:00:00Z'));
  });

  test('on track: no notification', async () => {
    await postOn('2026-03-02');
    await postOn('2026-03-03');
    const { read } = fakeClock('2026-03-04T15:00:00Z');
    expect(await runReminderCheck(sourcesWith(read))).toBe('on-track');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('behind pace late in the week: notified even after a recent post', async () => {
    await postOn('2026-03-05'); // Thursday
    const { read } = fakeClock('2026-03-06T15:00:00Z'); // Friday 10:00, 4 days gone, 1 post of 3
    expect(await runReminderCheck(sourcesWith(read))).toBe('notified');
  });

  test('an alarm that fires late on a Saturday says nothing on a weekdays-only schedule', async () => {
    const { read } = fakeClock('2026-03-07T15:00:00Z'); // Saturday
    expect(await runReminderCheck(sourcesWith(read))).toBe('not-a-reminder-day');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(utc('2026-03-09T14:00:00Z'));
  });

  test('reminders switched off: nothing shown, no alarm left', async () => {
    const { read } = fakeClock('2026-03-04T15:00:00Z');
    const off = { ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_SETTINGS.cadence, reminders: false } };
    expect(await runReminderCheck(sourcesWith(read, off))).toBe('off');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  test('the post log cannot be opened: no notification, no crash, still scheduled', async () => {
    const { read } = fakeClock('2026-03-04T15:00:00Z');
    const broken: CadenceSources = { ...sourcesWith(read), readPosts: () => Promise.reject(new Error('IndexedDB unavailable')) };
    expect(await runReminderCheck(broken)).toBe('unavailable');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
  });

  test('through the alarm event, wired by startBackground', async () => {
    await postOn('2026-02-20');
    const { clock, read } = fakeClock('2026-03-04T13:00:00Z');
    startBackground(sourcesWith(read));
    clock.now = utc('2026-03-04T15:00:00Z');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: clock.now });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]));
  });
});

describe('the toolbar badge', () => {
  test('shows the streak, and a marker with an amber colour when behind pace', async () => {
    for (const d of ['2026-02-23', '2026-02-25', '2026-02-27', '2026-03-02', '2026-03-04', '2026-03-06']) await postOn(d);
    const { clock, read } = fakeClock('2026-03-10T15:00:00Z'); // Tuesday, week 3 has no post yet
    expect(await updateBadge(sourcesWith(read))).toMatchObject({ text: '2' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    clock.now = utc('2026-03-13T15:00:00Z'); // Friday, still no post this week
    await updateBadge(sourcesWith(read));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2!');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb4, 0x53, 0x09, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('behind pace');
  });

  test('empty for a new install, and empty with an explanation when the log cannot be read', async () => {
    const { read } = fakeClock('2026-03-10T15:00:00Z');
    await updateBadge(sourcesWith(read));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await updateBadge({ ...sourcesWith(read), readPosts: () => Promise.reject(new Error('closed')) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toContain("can't be opened");
  });

  test('an hourly alarm keeps the badge in step with the calendar', async () => {
    for (const d of ['2026-03-02', '2026-03-03', '2026-03-04']) await postOn(d);
    const { clock, read } = fakeClock('2026-03-08T15:00:00Z'); // Sunday: this week met
    startBackground(sourcesWith(read));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.periodInMinutes).toBe(60);
    clock.now = utc('2026-03-13T15:00:00Z'); // the next Friday, nothing posted since
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: clock.now });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1!'));
  });

  test('a post recorded through the background updates the badge', async () => {
    for (const d of ['2026-03-02', '2026-03-03']) await postOn(d);
    const { read } = fakeClock('2026-03-04T18:00:00Z');
    startBackground(sourcesWith(read));
    await fakeBrowser.runtime.sendMessage({
      type: 'post-recorded',
      post: { at: utc('2026-03-04T17:00:00Z'), timeZone: NY, site: 'x', kind: 'post', phi: 0, tone: 0, decision: 'sent-clean' },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
