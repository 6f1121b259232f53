// The post log: written by the background when a post goes out, read by the popup.
import { openPostingDatabase } from './openDatabase';
import type { PostRecord, Stored } from './types';
import { toPostRecord } from './validateRecord';

export type WriteResult = { ok: true; id: number } | { ok: false; reason: 'invalid'; problem: string } | { ok: false; reason: 'storage-unavailable' };

export async function recordPost(input: unknown): Promise<WriteResult> {
  const checked = toPostRecord(input);
  if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
  try {
    const db = await openPostingDatabase();
    const id = await db.add('posts', checked.record as Stored<PostRecord>);
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

export async function erasePosts(): Promise<void> {
  const db = await openPostingDatabase();
  await db.clear('posts');
}
