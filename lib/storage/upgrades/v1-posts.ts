// Version 1: the post log. One record per sent post, looked up by time.
import type { IDBPDatabase } from 'idb';

export function upgradeToV1(db: IDBPDatabase<unknown>): void {
  const posts = db.createObjectStore('posts', { keyPath: 'id', autoIncrement: true });
  posts.createIndex('at', 'at');
}
