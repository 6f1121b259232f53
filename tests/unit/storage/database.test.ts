import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, eraseAudit, erasePosts, readAudit, readPosts, recordAudit, recordPost, StorageUnavailableError, openPostingDatabase, closePostingDatabase } from '@/lib/storage';
import { UPGRADES } from '@/lib/storage/schema';
import { openPostingDatabaseAt } from '@/lib/storage/openDatabase';
import { useFreshIndexedDb } from './freshIndexedDb';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const post = (iso: string, extra: object = {}) => ({ at: at(iso), timeZone: NY, site: 'x', kind: 'post', phi: 0, tone: 0, decision: 'sent-clean', ...extra });

beforeEach(useFreshIndexedDb);

describe('the post log', () => {
  test('stores sent posts and reads them back oldest first, with their local date', async () => {
    expect(await recordPost(post('2026-03-05T15:00:00Z'))).toEqual({ ok: true, id: 1 });
    expect(await recordPost(post('2026-03-01T15:00:00Z', { site: 'facebook' }))).toMatchObject({ ok: true });
    const rows = await readPosts();
    expect(rows.map((r) => r.site)).toEqual(['facebook', 'x']);
    expect(rows[1]).toEqual({ id: 1, ...post('2026-03-05T15:00:00Z'), localDate: '2026-03-05' });
    expect((await readPosts(at('2026-03-02T00:00:00Z'))).map((r) => r.id)).toEqual([1]);
  });

  test('an invalid record is refused and nothing is written', async () => {
    expect(await recordPost(post('2026-03-05T15:00:00Z', { site: 'myspace' }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readPosts()).toEqual([]);
  });

  test('erasing empties the post log and leaves the audit log', async () => {
    await recordPost(post('2026-03-05T15:00:00Z'));
    await recordAudit({ ...post('2026-03-05T15:00:00Z'), counts: {}, decision: 'sent-clean' });
    await erasePosts();
    expect(await readPosts()).toEqual([]);
    expect(await readAudit()).toHaveLength(1);
    await eraseAudit();
    expect(await readAudit()).toEqual([]);
  });
});

describe('schema versions', () => {
  test('every version has exactly one upgrade step', () => {
    expect(DB_VERSION).toBe(UPGRADES.length);
    expect(DB_VERSION).toBe(2);
  });

  test('a version 1 database (posts only) upgrades and keeps its posts', async () => {
    // Fixture: what version 1 of the extension left behind.
    const v1 = await openPostingDatabaseAt(1);
    expect([...v1.objectStoreNames]).toEqual(['posts']);
    await v1.add('posts', { ...post('2026-01-10T15:00:00Z'), localDate: '2026-01-10' } as never);
    v1.close();

    const current = await openPostingDatabase();
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(['audit', 'posts']);
    expect([...current.transaction('audit').store.indexNames]).toEqual(['at']);
    expect(await readPosts()).toEqual([{ id: 1, ...post('2026-01-10T15:00:00Z'), localDate: '2026-01-10' }]);
    expect(await recordAudit({ ...post('2026-03-05T15:00:00Z'), counts: { name: 1 }, decision: 'stopped' })).toMatchObject({ ok: true });
  });

  test('a fresh install walks every step from nothing', async () => {
    const db = await openPostingDatabase();
    expect([...db.objectStoreNames].sort()).toEqual(['audit', 'posts']);
    expect([...db.transaction('posts').store.indexNames]).toEqual(['at']);
    expect(db.transaction('posts').store.autoIncrement).toBe(true);
  });

  test('a database from a newer version is reported as unavailable, not crashed on', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await closePostingDatabase();
    await expect(openPostingDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await recordPost(post('2026-03-05T15:00:00Z'))).toEqual({ ok: false, reason: 'storage-unavailable' });
  });
});

describe('when IndexedDB cannot be opened', () => {
  test('writes answer "storage-unavailable", reads reject with StorageUnavailableError, and a later try recovers', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    });
    expect(await recordPost(post('2026-03-05T15:00:00Z'))).toEqual({ ok: false, reason: 'storage-unavailable' });
    expect(await recordAudit({ ...post('2026-03-05T15:00:00Z'), counts: {}, decision: 'stopped' })).toEqual({ ok: false, reason: 'storage-unavailable' });
    await expect(readPosts()).rejects.toBeInstanceOf(StorageUnavailableError);
    open.mockRestore();
    expect(await recordPost(post('2026-03-05T15:00:00Z'))).toMatchObject({ ok: true });
  });
});
