// The post log: written by the background when a post goes out, read by the popup. Each write
// also updates the cadence copy (cadenceLog.ts) in the same transaction.
import type { CadencePost } from '@/lib/cadence/types';
import { CADENCE_KEY, cadenceLogOf, withPost } from './cadenceLog';
import { openPostingDatabase } from './openDatabase';
import type { PostRecord, Stored } from './types';
import { toPostRecord } from './validateRecord';

export type WriteResult = { ok: true; id: number } | { ok: false; reason: 'invalid'; problem: string } | { ok: false; reason: 'storage-unavailable' };

export async function recordPost(input: unknown): Promise<WriteResult> {
  const checked = toPostRecord(input);
  if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
  try {
    const db = await openPostingDatabase();
    const tx = db.transaction(['posts', 'cadence'], 'readwrite');
    const cadence = tx.objectStore('cadence');
    const [id] = await Promise.all([
      tx.objectStore('posts').add(checked.record as Stored<PostRecord>),
      cadence.get(CADENCE_KEY).then((log) => cadence.put(withPost(log, checked.record), CADENCE_KEY)),
      tx.done,
    ]);
    return { ok: true, id };
  } catch {
    // Unavailable database, full disk, aborted transaction: all mean "not saved", calmly.
    return { ok: false, reason: 'storage-unavailable' };
  }
}

/** Posts sent at or after `since` (epoch ms), oldest first; all of them by default. */
export async function readPosts(since?: number): Promise<Stored<PostRecord>[]> {
  const db = await openPostingDatabase();
  return db.getAllFromIndex('posts', 'at', since === undefined ? undefined : IDBKeyRange.lowerBound(since));
}

/**
 * What lib/cadence needs of every post, oldest first, in one read (the popup opens with this).
 * A missing copy — which no write path leaves behind — is rebuilt from the log.
 */
export async function readCadencePosts(): Promise<CadencePost[]> {
  const db = await openPostingDatabase();
  const log = await db.get('cadence', CADENCE_KEY);
  if (log) return log.posts;
  const tx = db.transaction(['posts', 'cadence'], 'readwrite');
  const rebuilt = cadenceLogOf(await tx.objectStore('posts').getAll());
  await Promise.all([tx.objectStore('cadence').put(rebuilt, CADENCE_KEY), tx.done]);
  return rebuilt.posts;
}

export async function erasePosts(): Promise<void> {
  const db = await openPostingDatabase();
  const tx = db.transaction(['posts', 'cadence'], 'readwrite');
  await Promise.all([tx.objectStore('posts').clear(), tx.objectStore('cadence').put(cadenceLogOf([]), CADENCE_KEY), tx.done]);
}
