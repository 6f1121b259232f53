// The only way into the log: every field is checked against a closed vocabulary and every
// unknown field is dropped, so text that a caller attaches by mistake (a draft, a name in
// the initials box) can never reach storage.
import { PHI_TYPES, TONE_TYPES } from '@/lib/checks/types';
import { isTimeZone, localDateAt } from '@/lib/cadence/timeZone';
import { AUDIT_DECISIONS, KINDS, POST_DECISIONS, SITES, type AuditEntry, type FindingType, type PostRecord } from './types';

export type Validated<T> = { ok: true; record: T } | { ok: false; problem: string };

const FINDING_TYPES: readonly string[] = [...PHI_TYPES, ...TONE_TYPES];
// 2000-01-01 to 2100-01-01: a guard against seconds-for-milliseconds and garbage numbers.
const EARLIEST = 946_684_800_000;
const LATEST = 4_102_444_800_000;
const MAX_COUNT = 10_000;

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST && value <= LATEST;
}

/** Initials only: 1–4 letters once dots and spaces are gone ('j.d.' → 'JD'). */
export function normaliseInitials(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 12) return null;
  const letters = value.replace(/[.\s-]/g, '');
  return /^[A-Za-z]{1,4}$/.test(letters) ? letters.toUpperCase() : null;
}

interface Common {
  at: number;
  localDate: string;
  timeZone: string;
  site: PostRecord['site'];
  kind: PostRecord['kind'];
}

function commonFields(input: unknown): Validated<Common> {
  if (typeof input !== 'object' || input === null) return { ok: false, problem: 'not an object' };
  const r = input as Record<string, unknown>;
  if (!isInstant(r.at)) return { ok: false, problem: 'at must be epoch milliseconds' };
  if (!isTimeZone(r.timeZone)) return { ok: false, problem: 'timeZone must be an IANA zone' };
  if (!oneOf(SITES, r.site)) return { ok: false, problem: 'unknown site' };
  if (!oneOf(KINDS, r.kind)) return { ok: false, problem: 'unknown kind' };
  const at = Math.round(r.at);
  return { ok: true, record: { at, localDate: localDateAt(at, r.timeZone), timeZone: r.timeZone, site: r.site, kind: r.kind } };
}

export function toPostRecord(input: unknown): Validated<PostRecord> {
  const common = commonFields(input);
  if (!common.ok) return common;
  const r = input as Record<string, unknown>;
  if (!isCount(r.phi) || !isCount(r.tone)) return { ok: false, problem: 'phi and tone must be counts' };
  if (!oneOf(POST_DECISIONS, r.decision)) return { ok: false, problem: 'unknown decision for a sent post' };
  return { ok: true, record: { ...common.record, phi: r.phi, tone: r.tone, decision: r.decision } };
}

export function toAuditEntry(input: unknown): Validated<AuditEntry> {
  const common = commonFields(input);
  if (!common.ok) return common;
  const r = input as Record<string, unknown>;
  if (!oneOf(AUDIT_DECISIONS, r.decision)) return { ok: false, problem: 'unknown decision' };
  if (typeof r.counts !== 'object' || r.counts === null || Array.isArray(r.counts)) {
    return { ok: false, problem: 'counts must be an object' };
  }
  const counts: Partial<Record<FindingType, number>> = {};
  for (const [type, n] of Object.entries(r.counts as Record<string, unknown>)) {
    if (!FINDING_TYPES.includes(type)) return { ok: false, problem: 'unknown finding type in counts' };
    if (!isCount(n)) return { ok: false, problem: 'counts must be whole numbers' };
    if (n > 0) counts[type as FindingType] = n;
  }
  const entry: AuditEntry = { ...common.record, counts, decision: r.decision };
  if (r.decision === 'approved') {
    const initials = normaliseInitials(r.approvedBy);
    if (initials === null) return { ok: false, problem: 'approvedBy must be 1–4 letters of initials' };
    entry.approvedBy = initials;
  } else if (r.approvedBy !== undefined) {
    return { ok: false, problem: 'approvedBy belongs to approved decisions only' };
  }
  return { ok: true, record: entry };
}
