import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, eraseAudit, erasePosts, readAudit, readCadencePosts, readPosts, recordAudit, recordPost, StorageUnavailableError, openPostingDatabase, closePostingDatabase } from '@/lib/storage';
import { CADENCE_KEY } from '@/lib/storage/cadenceLog';
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

describe('the cadence copy the popup reads', () => {
  const cadenceFields = (rows: { at: number; localDate: string; site: string; kind: string }[]) =>
    rows.map(({ at, localDate, site, kind }) => ({ at, localDate, site, kind }));

  test('follows every write, oldest first, with only time, local date, site and kind', async () => {
    expect(await readCadencePosts()).toEqual([]);
    await recordPost(post('2026-03-05T15:00:00Z'));
    await recordPost(post('2026-03-01T15:00:00Z', { site: 'facebook', kind: 'comment' })); // sent earlier, arrives later
    await recordPost(post('2026-03-07T02:30:00Z', { site: 'yelp', kind: 'review-reply', phi: 2 }));
    const copy = await readCadencePosts();
    expect(copy).toEqual(cadenceFields(await readPosts()));
    expect(copy.map((p) => p.localDate)).toEqual(['2026-03-01', '2026-03-05', '2026-03-06']);
    expect(Object.keys(copy[0]!).sort()).toEqual(['at', 'kind', 'localDate', 'site']);
  });

  test('a refused or failed write changes neither the log nor the copy', async () => {
    await recordPost(post('2026-03-05T15:00:00Z'));
    expect(await recordPost(post('2026-03-06T15:00:00Z', { kind: 'story' }))).toMatchObject({ ok: false, reason: 'invalid' });
    // The log's add fails (given an id that is taken): the copy's update in the same
    // transaction must be undone with it.
    const first = (await readPosts())[0]!.id;
    const originalAdd = IDBObjectStore.prototype.add;
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(function (this: IDBObjectStore, value: unknown) {
      return originalAdd.call(this, { ...(value as object), id: first });
    });
    expect(await recordPost(post('2026-03-08T15:00:00Z'))).toEqual({ ok: false, reason: 'storage-unavailable' });
    add.mockRestore();
    expect(await readPosts()).toHaveLength(1);
    expect(await readCadencePosts()).toEqual(cadenceFields(await readPosts()));
  });

  test('erasing the log empties the copy too', async () => {
    await recordPost(post('2026-03-05T15:00:00Z'));
    await erasePosts();
    expect(await readCadencePosts()).toEqual([]);
    await recordPost(post('2026-03-09T15:00:00Z'));
    expect(await readCadencePosts()).toHaveLength(1);
  });

  test('a missing copy is rebuilt from the log, not read as "no posts"', async () => {
    await recordPost(post('2026-03-05T15:00:00Z'));
    await recordPost(post('2026-03-02T15:00:00Z'));
    await (await openPostingDatabase()).delete('cadence', CADENCE_KEY);
    expect(await readCadencePosts()).toEqual(cadenceFields(await readPosts()));
    expect(await (await openPostingDatabase()).get('cadence', CADENCE_KEY)).toEqual({ posts: cadenceFields(await readPosts()) });
  });
});

describe('schema versions', () => {
  test('every version has exactly one upgrade step', () => {
    expect(DB_VERSION).toBe(UPGRADES.length);
    expect(DB_VERSION).toBe(3);
  });

  test('a version 1 database (posts only) upgrades and keeps its posts', async () => {
    // Fixture: what version 1 of the extension left behind.
    const v1 = await openPostingDatabaseAt(1);
    expect([...v1.objectStoreNames]).toEqual(['posts']);
    await v1.add('posts', { ...post('2026-01-10T15:00:00Z'), localDate: '2026-01-10' } as never);
    v1.close();

    const current = await openPostingDatabase();
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(['audit', 'cadence', 'posts']);
    expect([...current.transaction('audit').store.indexNames]).toEqual(['at']);
    expect(await readPosts()).toEqual([{ id: 1, ...post('2026-01-10T15:00:00Z'), localDate: '2026-01-10' }]);
    expect(await recordAudit({ ...post('2026-03-05T15:00:00Z'), counts: { name: 1 }, decision: 'stopped' })).toMatchObject({ ok: true });
  });

  test('a version 2 database (posts and audit) gets the cadence copy of the posts it holds', async () => {
    const v2 = await openPostingDatabaseAt(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['audit', 'posts']);
    await v2.add('posts', { ...post('2026-02-10T15:00:00Z'), localDate: '2026-02-10' } as never);
    await v2.add('posts', { ...post('2026-01-10T15:00:00Z', { site: 'yelp', kind: 'review-reply' }), localDate: '2026-01-10' } as never);
    v2.close();

    expect(await readCadencePosts()).toEqual([
      { at: at('2026-01-10T15:00:00Z'), localDate: '2026-01-10', site: 'yelp', kind: 'review-reply' },
      { at: at('2026-02-10T15:00:00Z'), localDate: '2026-02-10', site: 'x', kind: 'post' },
    ]);
    await recordPost(post('2026-03-05T15:00:00Z'));
    expect((await readCadencePosts()).map((p) => p.localDate)).toEqual(['2026-01-10', '2026-02-10', '2026-03-05']);
  });

  test('a fresh install walks every step from nothing', async () => {
    const db = await openPostingDatabase();
    expect([...db.objectStoreNames].sort()).toEqual(['audit', 'cadence', 'posts']);
    expect(await readCadencePosts()).toEqual([]);
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
