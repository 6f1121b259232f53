// The pre-post guard's audit log: every decision, never the text.
import { openPostingDatabase } from './openDatabase';
import type { WriteResult } from './postLog';
import type { AuditEntry, Stored } from './types';
import { toAuditEntry } from './validateRecord';

export async function recordAudit(input: unknown): Promise<WriteResult> {
  const checked = toAuditEntry(input);
  if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
  try {
    const db = await openPostingDatabase();
    const id = await db.add('audit', checked.record as Stored<AuditEntry>);
    return { ok: true, id };
  } catch {
    // Unavailable database, full disk, aborted transaction: all mean "not saved", calmly.
    return { ok: false, reason: 'storage-unavailable' };
  }
}

export async function readAudit(since?: number): Promise<Stored<AuditEntry>[]> {
  const db = await openPostingDatabase();
  return db.getAllFromIndex('audit', 'at', since === undefined ? undefined : IDBKeyRange.lowerBound(since));
}

export async function eraseAudit(): Promise<void> {
  const db = await openPostingDatabase();
  await db.clear('audit');
}
