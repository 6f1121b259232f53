// The toolbar badge: the weekly streak, with a marker when this week is behind pace.
import type { CadenceSummary } from '@/lib/cadence';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export const BEHIND_MARKER = '!';
const ON_TRACK_COLOR = '#2E7D32';
const BEHIND_COLOR = '#B45309';
const BASE_TITLE = 'Posting Assistant';

export function badgeFor(summary: CadenceSummary): BadgeLook {
  if (!summary.hasPosts) return { text: '', color: ON_TRACK_COLOR, title: `${BASE_TITLE} — no posts logged yet` };
  const weeks = summary.streak.weeks;
  const behind = summary.week.behindPace && summary.week.remaining > 0;
  const streakWords = `${weeks}-week streak`;
  return {
    text: `${weeks}${behind ? BEHIND_MARKER : ''}`,
    color: behind ? BEHIND_COLOR : ON_TRACK_COLOR,
    title: behind
      ? `${BASE_TITLE} — ${streakWords}; behind pace this week (${summary.week.remaining} to go)`
      : `${BASE_TITLE} — ${streakWords}`,
  };
}

/** When the log cannot be read the badge goes quiet rather than showing a wrong number. */
export const UNAVAILABLE_BADGE: BadgeLook = {
  text: '',
  color: ON_TRACK_COLOR,
  title: `${BASE_TITLE} — the post log can't be opened right now`,
};
