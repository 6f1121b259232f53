// One shared connection per extension page or worker. Opening can fail (private windows in
// some browsers, a full or damaged disk, a policy that disables IndexedDB): callers get a
// StorageUnavailableError they can turn into a calm message, and the next call tries again.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, UPGRADES, type PostingDbSchema, type UpgradeStep } from './schema';

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(readonly reason: unknown) {
    super('The post log could not be opened.');
  }
}

export type PostingDb = IDBPDatabase<PostingDbSchema>;

let connection: Promise<PostingDb> | null = null;

/** Opens (and if needed upgrades) the database to `version`; tests open older versions. */
export async function openPostingDatabaseAt(version: number): Promise<PostingDb> {
  const db = await openDB<PostingDbSchema>(DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, transaction) {
      const target = newVersion ?? version;
      // The steps see the schema of their own version, not the typed schema of the last one.
      const [db, tx] = [database, transaction] as unknown as Parameters<UpgradeStep>;
      for (let v = oldVersion; v < target; v++) UPGRADES[v]!(db, tx);
    },
    // Another page wants a newer version: step aside so its upgrade is not blocked forever.
    blocking() {
      void db.close();
      connection = null;
    },
    terminated() {
      connection = null;
    },
  });
  return db;
}

export function openPostingDatabase(): Promise<PostingDb> {
  if (!connection) {
    const opening = (async () => {
      try {
        if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
        return await openPostingDatabaseAt(DB_VERSION);
      } catch (error) {
        throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(error);
      }
    })();
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
  }
  return connection;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closePostingDatabase(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}
