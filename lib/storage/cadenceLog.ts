// The cadence copy of the post log (store `cadence`, one record): what lib/cadence needs of
// each sent post, oldest first. Metadata only, like the log it copies; written in the same
// transaction as the log, so the two cannot drift apart.
import type { CadencePost } from '@/lib/cadence/types';
import type { PostRecord } from './types';

export const CADENCE_KEY = 'posts';

export interface CadenceLog {
  posts: CadencePost[];
}

export function cadencePostOf(record: PostRecord): CadencePost {
  return { at: record.at, localDate: record.localDate, site: record.site, kind: record.kind };
}

/** The copy of a whole log (any order in, oldest first out). */
export function cadenceLogOf(records: readonly PostRecord[]): CadenceLog {
  return { posts: records.map(cadencePostOf).sort((a, b) => a.at - b.at) };
}

/** The copy with one more post, kept in time order (a post usually goes last). */
export function withPost(log: CadenceLog | undefined, record: PostRecord): CadenceLog {
  const posts = log ? [...log.posts] : [];
  let i = posts.length;
  while (i > 0 && posts[i - 1]!.at > record.at) i--;
  posts.splice(i, 0, cadencePostOf(record));
  return { posts };
}
