import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SETTINGS_VERSION, MIGRATIONS, migrateStoredItems, type MigrationStep } from '.';
import { syncPatchFromItems } from '../load';
import { applyPatch } from '../merge';
import { DEFAULT_SETTINGS } from '../types';

const dir = join(__dirname, 'fixtures');
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const versionFixtures = readdirSync(dir).filter((f) => /^v\d+\.json$/.test(f));

describe('settings migrations', () => {
  test('there is a fixture for every version up to the current one', () => {
    const versions = versionFixtures.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_SETTINGS_VERSION }, (_, i) => i + 1));
  });

  test('there is one step file per version change, registered in order', () => {
    const stepFiles = readdirSync(__dirname).filter((f) => /^v\d+-to-v\d+\.ts$/.test(f));
    expect(stepFiles).toHaveLength(CURRENT_SETTINGS_VERSION - 1);
    expect(MIGRATIONS.map((s) => `v${s.from}-to-v${s.to}.ts`).sort()).toEqual(stepFiles.sort());
    MIGRATIONS.forEach((step, i) => expect([step.from, step.to]).toEqual([i + 1, i + 2]));
  });

  test.each(versionFixtures)('%s walks up to the current version and reads without a problem', (file) => {
    const migrated = migrateStoredItems(read(file));
    expect(migrated.status === 'current' || migrated.status === 'migrated').toBe(true);
    const { patch, problems } = syncPatchFromItems(read(file));
    expect(problems).toEqual([]);
    const settings = applyPatch(DEFAULT_SETTINGS, patch);
    expect(settings).toEqual(read(file.replace('.json', '.expected.json')));
  });

  // The runner itself, with steps made up for the test (the shipped list has none yet).
  const addField: MigrationStep = { from: 1, to: 2, migrate: (items) => ({ ...items, a: 1 }) };
  const renameField: MigrationStep = { from: 2, to: 3, migrate: ({ a, ...rest }) => ({ ...rest, b: a }) };

  test('the runner applies each step in turn and stamps the new version', () => {
    const result = migrateStoredItems({ 'settings.version': 1 }, [renameField, addField], 3);
    expect(result).toEqual({ status: 'migrated', from: 1, items: { 'settings.version': 3, b: 1 } });
  });

  test('a gap in the steps leaves the items as they were and says so', () => {
    expect(migrateStoredItems({ 'settings.version': 1 }, [renameField], 3).status).toBe('no-path');
  });

  test('items from a newer version are left alone', () => {
    expect(migrateStoredItems({ 'settings.version': 9 }).status).toBe('newer');
  });
});
