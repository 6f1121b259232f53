// The popup's 12-week heatmap: one column per local week, one cell per day.
import type { LocalDate } from './calendarDate';
import { addDays } from './calendarDate';
import type { KindCounts } from './pace';
import type { CadencePost, CadenceRules } from './types';
import { DAYS_IN_WEEK, weekStartDate } from './weeks';

export const HEATMAP_WEEKS = 12;

export interface HeatmapCell {
  date: LocalDate;
  counts: KindCounts;
  total: number;
  /** After today: drawn empty, never counted as a missed day. */
  future: boolean;
}

export interface HeatmapWeek {
  weekStart: LocalDate;
  days: HeatmapCell[];
}

/** Oldest week first; the last column is the current week. */
export function heatmap(
  posts: readonly CadencePost[],
  rules: Pick<CadenceRules, 'weekStart'>,
  today: LocalDate,
  weeks = HEATMAP_WEEKS,
): HeatmapWeek[] {
  const first = addDays(weekStartDate(today, rules.weekStart), -DAYS_IN_WEEK * (weeks - 1));
  const byDate = new Map<LocalDate, KindCounts>();
  for (const p of posts) {
    if (p.localDate < first || p.localDate > today) continue;
    let c = byDate.get(p.localDate);
    if (!c) byDate.set(p.localDate, (c = { post: 0, comment: 0, 'review-reply': 0 }));
    c[p.kind] += 1;
  }
  const out: HeatmapWeek[] = [];
  for (let w = 0; w < weeks; w++) {
    const weekStart = addDays(first, w * DAYS_IN_WEEK);
    const days: HeatmapCell[] = [];
    for (let d = 0; d < DAYS_IN_WEEK; d++) {
      const date = addDays(weekStart, d);
      const counts = byDate.get(date) ?? { post: 0, comment: 0, 'review-reply': 0 };
      days.push({ date, counts, total: counts.post + counts.comment + counts['review-reply'], future: date > today });
    }
    out.push({ weekStart, days });
  }
  return out;
}
