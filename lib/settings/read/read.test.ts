import { readSettingsPatch } from '.';
import { applyPatch } from '../merge';
import { DEFAULT_SETTINGS } from '../types';

function readOver(raw: unknown) {
  const { patch, problems } = readSettingsPatch(raw, 'sync');
  return { settings: applyPatch(DEFAULT_SETTINGS, patch), problems };
}

describe('reading stored settings', () => {
  test('nothing stored gives the defaults and no notice', () => {
    expect(readOver(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(readOver({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('defaults: warn guard, all sites checked, 3 posts a week, at most 2 a day, 10:00 reminders', () => {
    expect(DEFAULT_SETTINGS.guard.mode).toBe('warn');
    expect(DEFAULT_SETTINGS.checks.sites).toEqual({ facebook: true, x: true, yelp: true });
    expect(DEFAULT_SETTINGS.cadence).toMatchObject({ weeklyTarget: 3, dailyMax: 2, reminderHour: 10 });
  });

  test('a stored value that is not an object at all falls back to the defaults with a problem', () => {
    const { settings, problems } = readOver('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  test('one bad field falls back alone; the fields around it are kept', () => {
    const { settings, problems } = readOver({
      profile: { practiceName: 'Riverbend Dental', phones: ['555-0100'] },
      cadence: { weeklyTarget: 40, dailyMax: 3, reminderHour: 8 },
    });
    expect(settings.cadence.weeklyTarget).toBe(3);
    expect(settings.cadence.dailyMax).toBe(3);
    expect(settings.cadence.reminderHour).toBe(8);
    expect(settings.profile).toEqual({ practiceName: 'Riverbend Dental', phones: ['555-0100'] });
    expect(problems.map((p) => p.path)).toEqual(['cadence.weeklyTarget']);
    expect(problems[0]!.message).toMatch(/1 to 21/);
  });

  test.each([
    ['cadence.weeklyTarget', { cadence: { weeklyTarget: 0 } }],
    ['cadence.weeklyTarget', { cadence: { weeklyTarget: 22 } }],
    ['cadence.weeklyTarget', { cadence: { weeklyTarget: 2.5 } }],
    ['cadence.dailyMax', { cadence: { dailyMax: 11 } }],
    ['cadence.dailyMax', { cadence: { dailyMax: '2' } }],
    ['cadence.reminderHour', { cadence: { reminderHour: 24 } }],
    ['cadence.reminderHour', { cadence: { reminderHour: -1 } }],
    ['cadence.weekStart', { cadence: { weekStart: 'friday' } }],
    ['cadence.reminders', { cadence: { reminders: 'yes' } }],
    ['checks.minSeverity.phi', { checks: { minSeverity: { phi: 'critical' } } }],
    ['checks.minSeverity.tone', { checks: { minSeverity: { tone: 3 } } }],
    ['checks.sites.x', { checks: { sites: { x: 1 } } }],
    ['guard.mode', { guard: { mode: 'paranoid' } }],
    ['guard.twoPersonScope', { guard: { twoPersonScope: 'some' } }],
    ['guard.pin', { guard: { pin: { salt: 'x', hash: 'y' } } }],
    ['profile.practiceName', { profile: { practiceName: 42 } }],
    ['profile.staffNames', { profile: { staffNames: 'Dr. Ortiz' } }],
    ['checks.watchWords', { checks: { watchWords: { a: 1 } } }],
    ['templates.custom', { templates: { custom: 'none' } }],
  ])('rejects a bad %s and keeps the default', (path, raw) => {
    const { settings, problems } = readOver(raw);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    [{ cadence: { weeklyTarget: 1, dailyMax: 10, reminderHour: 0 } }],
    [{ cadence: { weeklyTarget: 21, dailyMax: 1, reminderHour: 23 } }],
    [{ checks: { minSeverity: { phi: 'block', tone: 'warn' } } }],
    [{ guard: { mode: 'two-person', twoPersonScope: 'flagged', pin: null } }],
  ])('accepts the edges of each range %#', (raw) => {
    expect(readOver(raw).problems).toEqual([]);
  });

  test('a list keeps its good items and drops the unreadable ones', () => {
    const { settings, problems } = readOver({ profile: { staffNames: ['Dr. Ortiz', 7, '  Dr. Hale ', '', 'Dr. Ortiz'] } });
    expect(settings.profile.staffNames).toEqual(['Dr. Ortiz', 'Dr. Hale']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/1 item/);
  });

  test('a broken custom template is left out, the others kept', () => {
    const good = { id: 'late', title: 'Running late', situation: 'Waits', text: 'Thank you for telling us.' };
    const { settings, problems } = readOver({ templates: { custom: [good, { id: 'bad id!', title: 'Broken', text: 'x' }] } });
    expect(settings.templates.custom).toEqual([good]);
    expect(problems[0]!.message).toMatch(/"Broken"/);
  });

  test('a stored PIN hash in the right shape is kept', () => {
    const pin = { salt: 'a'.repeat(32), hash: 'b'.repeat(64) };
    expect(readOver({ guard: { pin } }).settings.guard.pin).toEqual(pin);
  });
});
