// CSV exports of the two logs, for the practice's own records (opened in a spreadsheet).
import { PHI_TYPES, TONE_TYPES } from '@/lib/checks/types';
import type { AuditEntry, PostRecord } from './types';

/** Quotes a cell when needed, and defuses leading = + - @ so a spreadsheet never runs it. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function postsCsv(posts: readonly PostRecord[]): string {
  const header = ['sent_at_utc', 'local_date', 'time_zone', 'site', 'kind', 'phi_findings', 'tone_findings', 'decision'];
  return csv([header, ...posts.map((p) => [new Date(p.at).toISOString(), p.localDate, p.timeZone, p.site, p.kind, p.phi, p.tone, p.decision])]);
}

const FINDING_COLUMNS = [...PHI_TYPES.map((t) => `phi_${t}`), ...TONE_TYPES.map((t) => `tone_${t}`)];

export function auditCsv(entries: readonly AuditEntry[]): string {
  const header = ['decided_at_utc', 'local_date', 'time_zone', 'site', 'kind', 'decision', 'approved_by', ...FINDING_COLUMNS];
  const types = [...PHI_TYPES, ...TONE_TYPES];
  return csv([
    header,
    ...entries.map((e) => [
      new Date(e.at).toISOString(),
      e.localDate,
      e.timeZone,
      e.site,
      e.kind,
      e.decision,
      e.approvedBy,
      ...types.map((t) => e.counts[t] ?? 0),
    ]),
  ]);
}
