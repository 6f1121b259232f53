// The database's name, version and shape. Adding a version is adding a file in upgrades/
// and a line in UPGRADES; existing steps never change, so any older database walks forward.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { CadenceLog } from './cadenceLog';
import type { AuditEntry, PostRecord, Stored } from './types';
import { upgradeToV1 } from './upgrades/v1-posts';
import { upgradeToV2 } from './upgrades/v2-audit';
import { upgradeToV3 } from './upgrades/v3-cadence';

export const DB_NAME = 'posting-assistant';

export interface PostingDbSchema extends DBSchema {
  posts: { key: number; value: Stored<PostRecord>; indexes: { at: number } };
  audit: { key: number; value: Stored<AuditEntry>; indexes: { at: number } };
  /** One record (key CADENCE_KEY): the post log's cadence fields, for the popup to read at once. */
  cadence: { key: string; value: CadenceLog };
}

/** One upgrade step: it may only queue requests on `tx` (no other awaits), like IndexedDB asks. */
export type UpgradeStep = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void;

/** UPGRADES[n] brings a database from version n to n + 1. */
export const UPGRADES: readonly UpgradeStep[] = [upgradeToV1, upgradeToV2, upgradeToV3];

export const DB_VERSION = UPGRADES.length;

export const STORE_NAMES = ['posts', 'audit', 'cadence'] as const;
