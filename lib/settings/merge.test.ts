import { readManagedPolicy } from './managed';
import { mergeSettings } from './merge';
import { readSettingsPatch } from './read';
import { DEFAULT_SETTINGS } from './types';

function merge(sync: unknown, managedRaw: unknown) {
  const managed = readManagedPolicy(managedRaw);
  const settings = mergeSettings({ sync: readSettingsPatch(sync, 'sync').patch, managed: managed.values, locked: managed.locked });
  return { settings, locked: managed.locked, problems: managed.problems };
}

describe('merging defaults, sync and managed policy', () => {
  test('sync values win over defaults', () => {
    const { settings, locked } = merge({ guard: { mode: 'strict' } }, {});
    expect(settings.guard.mode).toBe('strict');
    expect(settings.guard.twoPersonScope).toBe(DEFAULT_SETTINGS.guard.twoPersonScope);
    expect(locked.size).toBe(0);
  });

  test('managed values win over sync and are locked', () => {
    const { settings, locked } = merge(
      { guard: { mode: 'off' }, profile: { practiceName: 'Local name', phones: ['555-0000'] } },
      { guard: { mode: 'two-person' }, profile: { practiceName: 'Riverbend Dental Group' } },
    );
    expect(settings.guard.mode).toBe('two-person');
    expect(settings.profile.practiceName).toBe('Riverbend Dental Group');
    // A field the policy does not set stays the browser's own and editable.
    expect(settings.profile.phones).toEqual(['555-0000']);
    expect([...locked].sort()).toEqual(['guard.mode', 'profile.practiceName']);
  });

  test('a locked path without a policy value is held at its default, not the local value', () => {
    const { settings, locked } = merge({ checks: { sites: { x: false } }, cadence: { weeklyTarget: 7 } }, { locked: ['checks.sites', 'cadence.weeklyTarget'] });
    expect(settings.checks.sites).toEqual({ facebook: true, x: true, yelp: true });
    expect(settings.cadence.weeklyTarget).toBe(3);
    expect([...locked].sort()).toEqual(['cadence.weeklyTarget', 'checks.sites.facebook', 'checks.sites.x', 'checks.sites.yelp']);
  });

  test('a section path locks every field in it', () => {
    const { locked } = merge({}, { locked: ['guard'] });
    expect([...locked].sort()).toEqual(['guard.mode', 'guard.pin', 'guard.twoPersonScope']);
  });

  test('policy lists replace the local lists whole', () => {
    const template = { id: 'org-thanks', title: 'Thanks', situation: 'Positive review', text: 'Thank you for the kind words!' };
    const { settings, locked } = merge(
      { checks: { watchWords: ['local'] }, templates: { custom: [{ ...template, id: 'mine' }] } },
      { checks: { watchWords: ['Mill Street'] }, templates: { custom: [template] } },
    );
    expect(settings.checks.watchWords).toEqual(['Mill Street']);
    expect(settings.templates.custom).toEqual([template]);
    expect(locked.has('templates.custom')).toBe(true);
    expect(locked.has('templates.order')).toBe(false);
  });

  test('bad policy values are ignored and reported; good ones still apply', () => {
    const { settings, locked, problems } = merge({}, { guard: { mode: 'maximum' }, cadence: { dailyMax: 1 }, locked: ['nonsense.path', 5] });
    expect(settings.guard.mode).toBe('warn');
    expect(settings.cadence.dailyMax).toBe(1);
    expect([...locked]).toEqual(['cadence.dailyMax']);
    expect(problems.map((p) => p.source)).toEqual(['managed', 'managed', 'managed']);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/"nonsense.path" is not a setting/);
  });

  test('no policy at all changes nothing', () => {
    expect(merge({}, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: new Set(), problems: [] });
  });
});
