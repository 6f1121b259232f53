// What the guard does when someone presses Send, given the practice's guard settings and
// the findings on the text at that moment. Pure, so every mode is tested as a table.
import type { Finding } from '@/lib/checks/types';
import type { Settings } from '@/lib/settings/types';

export type GuardAction =
  /** Let the send through untouched: nothing to flag (or the guard is off). */
  | { kind: 'send' }
  /** Stop and show the findings; "Post anyway" is offered. */
  | { kind: 'confirm' }
  /** Stop; block findings cannot be sent in strict mode, only edited. */
  | { kind: 'blocked' }
  /** Stop until a second staff member signs off (initials, and the PIN when one is set). */
  | { kind: 'approval'; pinRequired: boolean };

const serious = (f: Finding) => f.severity === 'block' || f.severity === 'warn';

export function decideGuardAction(guard: Settings['guard'], findings: readonly Finding[]): GuardAction {
  const flagged = findings.filter(serious);
  switch (guard.mode) {
    case 'off':
      return { kind: 'send' };
    case 'warn':
      return flagged.length > 0 ? { kind: 'confirm' } : { kind: 'send' };
    case 'strict':
      if (flagged.some((f) => f.severity === 'block')) return { kind: 'blocked' };
      return flagged.length > 0 ? { kind: 'confirm' } : { kind: 'send' };
    case 'two-person':
      if (guard.twoPersonScope === 'flagged' && flagged.length === 0) return { kind: 'send' };
      return { kind: 'approval', pinRequired: guard.pin !== null };
  }
}

/** Counts of warn and block findings by type, for the audit log (never the text). */
export function countsByType(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) if (serious(f)) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

export function countsByCategory(findings: readonly Finding[]): { phi: number; tone: number } {
  let phi = 0;
  let tone = 0;
  for (const f of findings) {
    if (!serious(f)) continue;
    if (f.category === 'phi') phi++;
    else tone++;
  }
  return { phi, tone };
}
