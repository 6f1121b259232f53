import type { Nudge } from '@/lib/cadence';

export function NudgeLine({ nudge }: { nudge: Nudge }) {
  return (
    <p className={`nudge nudge-${nudge.tone}`} role="status">
      {nudge.text}
    </p>
  );
}
