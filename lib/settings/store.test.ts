import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { loadSettings, loadSettingsState, lockedPaths, onSettingsChanged, saveSettings, settingsNotice } from '.';
import { DEFAULT_SETTINGS } from './types';

beforeEach(() => {
  fakeBrowser.reset();
});

const template = (id: string, text = 'Thank you for telling us. Please call the office.') => ({
  id,
  title: `Template ${id}`,
  situation: 'Any',
  text,
});

describe('loading settings', () => {
  test('a new install reads the defaults with no notice', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsNotice()).toBeNull();
  });

  test('a corrupt stored section falls back field by field with a notice', async () => {
    await browser.storage.sync.set({
      'settings.version': 1,
      'settings.cadence': { weeklyTarget: 'lots', dailyMax: 4 },
      'settings.guard': 'not an object',
      'settings.profile': { practiceName: 'Riverbend Dental' },
    });
    const state = await loadSettingsState();
    expect(state.settings.cadence.weeklyTarget).toBe(3);
    expect(state.settings.cadence.dailyMax).toBe(4);
    expect(state.settings.guard).toEqual(DEFAULT_SETTINGS.guard);
    expect(state.settings.profile.practiceName).toBe('Riverbend Dental');
    expect(state.notice?.title).toMatch(/could not be read/);
    expect(state.notice?.details).toHaveLength(2);
  });

  test('a template listed but not yet synced is left out with a notice', async () => {
    await browser.storage.sync.set({
      'settings.templates': { order: [], customIds: ['a', 'b'] },
      'settings.template.a': template('a'),
    });
    const state = await loadSettingsState();
    expect(state.settings.templates.custom.map((t) => t.id)).toEqual(['a']);
    expect(state.notice).not.toBeNull();
  });

  test('unreadable sync storage gives the defaults and a notice instead of a crash', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    const state = await loadSettingsState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.notice).not.toBeNull();
  });

  test('no managed storage (Firefox without policies.json) is the same as no policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await lockedPaths()).toEqual(new Set());
  });

  test('managed policy wins and its fields are locked', async () => {
    await browser.storage.sync.set({ 'settings.guard': { mode: 'off', twoPersonScope: 'all', pin: null } });
    await browser.storage.managed.set({ guard: { mode: 'strict' }, locked: ['profile.practiceName'] });
    expect((await loadSettings()).guard.mode).toBe('strict');
    expect([...(await lockedPaths())].sort()).toEqual(['guard.mode', 'profile.practiceName']);
  });
});

describe('saving settings', () => {
  test('saves a profile edit into its own item and reads it back', async () => {
    const result = await saveSettings({ profile: { practiceName: 'Riverbend Dental', staffNames: ['Dr. Ortiz'] } });
    expect(result.ok).toBe(true);
    expect((await loadSettings()).profile).toEqual({ practiceName: 'Riverbend Dental', staffNames: ['Dr. Ortiz'] });
    const stored = await browser.storage.sync.get(null);
    expect(stored['settings.profile']).toEqual({ practiceName: 'Riverbend Dental', staffNames: ['Dr. Ortiz'] });
    expect(stored['settings.version']).toBe(1);
  });

  test('a save keeps fields it does not name', async () => {
    await saveSettings({ cadence: { weeklyTarget: 5 } });
    await saveSettings({ cadence: { dailyMax: 1 } });
    expect((await loadSettings()).cadence).toMatchObject({ weeklyTarget: 5, dailyMax: 1, reminderHour: 10 });
  });

  test('quick saves one after the other do not undo each other', async () => {
    await Promise.all([
      saveSettings({ checks: { sites: { x: false } } }),
      saveSettings({ checks: { sites: { yelp: false } } }),
    ]);
    expect((await loadSettings()).checks.sites).toEqual({ facebook: true, x: false, yelp: false });
  });

  test('refuses out-of-range values and writes nothing', async () => {
    const result = await saveSettings({ cadence: { weeklyTarget: 30 } });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  test('refuses fields set by the organization', async () => {
    await browser.storage.managed.set({ guard: { mode: 'strict' } });
    const result = await saveSettings({ guard: { mode: 'off' } });
    expect(result).toMatchObject({ ok: false, reason: 'locked', paths: ['guard.mode'] });
    expect((await loadSettings()).guard.mode).toBe('strict');
  });

  test('policy values are never copied into sync storage', async () => {
    await browser.storage.managed.set({ profile: { practiceName: 'Group name' } });
    await saveSettings({ profile: { phones: ['555-0100'] } });
    const stored = await browser.storage.sync.get('settings.profile');
    expect(stored['settings.profile']).toEqual({ phones: ['555-0100'] });
  });

  test('each custom template is its own item, and a removed one is deleted', async () => {
    await saveSettings({ templates: { custom: [template('a'), template('b')] } });
    let stored = await browser.storage.sync.get(null);
    expect(stored['settings.template.a']).toEqual(template('a'));
    expect(stored['settings.templates']).toEqual({ order: [], customIds: ['a', 'b'] });
    await saveSettings({ templates: { custom: [template('b')] } });
    stored = await browser.storage.sync.get(null);
    expect(stored['settings.template.a']).toBeUndefined();
    expect((await loadSettings()).templates.custom).toEqual([template('b')]);
  });

  test('many long templates fit, because each has its own 8 KB item', async () => {
    const long = 'Thank you for your feedback. '.repeat(130); // ~3,800 characters each
    const custom = Array.from({ length: 12 }, (_, i) => template(`t${i}`, long));
    expect((await saveSettings({ templates: { custom } })).ok).toBe(true);
    expect((await loadSettings()).templates.custom).toHaveLength(12);
  });

  test('says storage is full when the total would pass 100 KB, and writes nothing', async () => {
    // Others' items count against the same 102,400 bytes.
    await browser.storage.sync.set(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`other.${i}`, 'x'.repeat(8_000)])));
    const long = 'Thank you for your feedback. '.repeat(130);
    const result = await saveSettings({ templates: { custom: [template('a', long), template('b', long), template('c', long), template('d', long)] } });
    expect(result).toMatchObject({ ok: false, reason: 'quota', limit: 102_400 });
    if (!result.ok) expect(result.message).toMatch(/storage is full/);
    expect((await browser.storage.sync.get('settings.template.a'))['settings.template.a']).toBeUndefined();
  });

  test('names the section when one item would pass 8 KB', async () => {
    const staffNames = Array.from({ length: 50 }, (_, i) => `Dr. ${'Longname'.repeat(20)} ${i}`);
    const result = await saveSettings({ profile: { staffNames } });
    expect(result).toMatchObject({ ok: false, reason: 'quota', key: 'settings.profile', limit: 8192 });
    if (!result.ok) expect(result.message).toMatch(/profile settings is too large/);
  });

  test("turns the browser's own quota error into a clear result", async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSettings({ profile: { practiceName: 'Riverbend' } });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
  });

  test('a failed write does not stop the next save', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('boom'));
    expect((await saveSettings({ profile: { practiceName: 'A' } })).ok).toBe(false);
    expect((await saveSettings({ profile: { practiceName: 'B' } })).ok).toBe(true);
    expect((await loadSettings()).profile.practiceName).toBe('B');
  });

  test('saving repairs a corrupt item, and the notice goes away', async () => {
    await browser.storage.sync.set({ 'settings.cadence': { weeklyTarget: -4 } });
    expect(await settingsNotice()).not.toBeNull();
    await saveSettings({ cadence: { dailyMax: 2 } });
    expect(await settingsNotice()).toBeNull();
  });
});

describe('change notifications', () => {
  test('a save anywhere reaches listeners with the merged settings', async () => {
    const seen = new Promise<number>((resolve) => onSettingsChanged((s) => resolve(s.cadence.weeklyTarget)));
    await saveSettings({ cadence: { weeklyTarget: 6 } });
    expect(await seen).toBe(6);
  });

  test('a policy update reaches listeners', async () => {
    const seen = new Promise<string>((resolve) => onSettingsChanged((s) => resolve(s.guard.mode)));
    await browser.storage.managed.set({ guard: { mode: 'two-person' } });
    expect(await seen).toBe('two-person');
  });

  test("other parts' sync items do not trigger it, and unsubscribing stops it", async () => {
    const callback = vi.fn();
    const stop = onSettingsChanged(callback);
    await browser.storage.sync.set({ 'streak.cache': 1 });
    stop();
    await saveSettings({ cadence: { weeklyTarget: 6 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('quota arithmetic', () => {
  test('counts key and JSON bytes the way Chrome does, UTF-8 included', async () => {
    const { itemBytes, findQuotaProblem } = await import('./quota');
    expect(itemBytes('k', 'é')).toBe(1 + 4); // "é" in quotes is 4 bytes
    expect(findQuotaProblem({ a: 'x'.repeat(8_190) }, ['a'])).toMatchObject({ kind: 'item', key: 'a' });
    expect(findQuotaProblem({ a: 'x'.repeat(8_000) }, ['a'])).toBeNull();
  });
});

describe('what a save writes', () => {
  test('an edit to one section leaves the other sections as stored, even unreadable ones', async () => {
    await browser.storage.sync.set({
      'settings.version': 1,
      'settings.templates': { order: [], customIds: ['a', 'b'] },
      'settings.template.a': template('a'),
      // 'settings.template.b' is still on its way from another computer.
    });
    const set = vi.spyOn(browser.storage.sync, 'set');
    await saveSettings({ profile: { practiceName: 'Riverbend' } });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual(['settings.profile']);
    await browser.storage.sync.set({ 'settings.template.b': template('b') });
    expect((await loadSettings()).templates.custom.map((t) => t.id)).toEqual(['a', 'b']);
  });

  test('setting a corrupt field back to its default value repairs the stored item', async () => {
    await browser.storage.sync.set({ 'settings.version': 1, 'settings.cadence': { weeklyTarget: -4 } });
    await saveSettings({ cadence: { weeklyTarget: 3 } });
    expect(await settingsNotice()).toBeNull();
    expect((await browser.storage.sync.get('settings.cadence'))['settings.cadence']).toEqual(DEFAULT_SETTINGS.cadence);
  });

  test('a first save stamps the layout version', async () => {
    await saveSettings({ guard: { mode: 'strict' } });
    expect(Object.keys(await browser.storage.sync.get(null)).sort()).toEqual(['settings.guard', 'settings.version']);
  });
});
