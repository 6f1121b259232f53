// The database's name, version and shape. Adding a version is adding a file in upgrades/
// and a line in UPGRADES; existing steps never change, so any older database walks forward.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { AuditEntry, PostRecord, Stored } from './types';
import { upgradeToV1 } from './upgrades/v1-posts';
import { upgradeToV2 } from './upgrades/v2-audit';

export const DB_NAME = 'posting-assistant';

export interface PostingDbSchema extends DBSchema {
  posts: { key: number; value: Stored<PostRecord>; indexes: { at: number } };
  audit: { key: number; value: Stored<AuditEntry>; indexes: { at: number } };
}

/** UPGRADES[n] brings a database from version n to n + 1. */
export const UPGRADES: ReadonlyArray<(db: IDBPDatabase<unknown>) => void> = [upgradeToV1, upgradeToV2];

export const DB_VERSION = UPGRADES.length;

export const STORE_NAMES = ['posts', 'audit'] as const;
