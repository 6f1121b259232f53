// storage.sync's limits, checked before writing so the page can say which part is too big
// instead of surfacing the browser's error. Chrome counts each item as the key's length plus
// its JSON's length in bytes.
import type { StoredItems } from './layout';

export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;

const encoder = new TextEncoder();

export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export type QuotaProblem =
  | { kind: 'item'; key: string; bytes: number; limit: number }
  | { kind: 'total'; bytes: number; limit: number };

/**
 * The first limit a write would break, or null when it fits: each written item against the
 * per-item limit, the whole area after the write (everyone's items) against the total.
 */
export function findQuotaProblem(
  areaAfter: StoredItems,
  writtenKeys: readonly string[],
  limits = { total: SYNC_QUOTA_BYTES, perItem: SYNC_QUOTA_BYTES_PER_ITEM },
): QuotaProblem | null {
  for (const key of writtenKeys) {
    const bytes = itemBytes(key, areaAfter[key]);
    if (bytes > limits.perItem) return { kind: 'item', key, bytes, limit: limits.perItem };
  }
  let total = 0;
  for (const [key, value] of Object.entries(areaAfter)) total += itemBytes(key, value);
  return total > limits.total ? { kind: 'total', bytes: total, limit: limits.total } : null;
}
