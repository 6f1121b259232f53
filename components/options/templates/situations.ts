// The situations a custom template can be filed under: the built-ins' own, so the picker can
// propose a custom template for a review the same way it proposes a built-in, plus "other".
import type { Situation } from '@/lib/templates';

export const OTHER_SITUATION = 'other';

const LABELS: Record<Situation | typeof OTHER_SITUATION, string> = {
  'wait-time': 'Long wait',
  billing: 'Billing or insurance',
  'staff-attitude': 'Staff attitude',
  outcome: 'Unhappy with an outcome',
  scheduling: 'Scheduling and access',
  'not-found': 'Can’t find them / possibly not our patient',
  'suspected-fake': 'Suspected fake review',
  positive: 'Positive review (thanks)',
  general: 'General',
  other: 'Other',
};

export const SITUATION_OPTIONS = Object.entries(LABELS).map(([value, label]) => ({ value, label }));

/** Plain words for a stored situation; one typed elsewhere (an older version, a policy) shows as is. */
export function situationLabel(value: string): string {
  return (LABELS as Record<string, string>)[value] ?? value;
}
