// Version 2: the pre-post guard's audit log, beside the post log (which is left as it is).
import type { IDBPDatabase } from 'idb';

export function upgradeToV2(db: IDBPDatabase<unknown>): void {
  const audit = db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
  audit.createIndex('at', 'at');
}
