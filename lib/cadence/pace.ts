// How this week and today are going against the practice's targets.
import type { Context, Site } from '@/lib/checks/types';
import { daysBetween, type LocalDate } from './calendarDate';
import type { CadencePost, CadenceRules } from './types';
import { DAYS_IN_WEEK, dayIndexInWeek, daysLeftInWeek, weekStartDate } from './weeks';

export type KindCounts = Record<Context, number>;

function countKinds(posts: readonly CadencePost[]): KindCounts {
  const counts: KindCounts = { post: 0, comment: 0, 'review-reply': 0 };
  for (const p of posts) counts[p.kind] += 1;
  return counts;
}

export interface WeekProgress {
  weekStart: LocalDate;
  /** Review replies and comments are counted apart: only posts count towards the target. */
  counts: KindCounts;
  target: number;
  /** Posts still needed to meet the target (0 once met). */
  remaining: number;
  /** Days left in the week, today included. */
  daysLeft: number;
  /** Fewer posts than an even spread of the target over the days already gone (rounded). */
  behindPace: boolean;
  /** Even posting the daily maximum every day left would not reach the target. */
  outOfReach: boolean;
}

export function weekProgress(posts: readonly CadencePost[], rules: CadenceRules, today: LocalDate): WeekProgress {
  const weekStart = weekStartDate(today, rules.weekStart);
  const counts = countKinds(posts.filter((p) => p.localDate >= weekStart && p.localDate <= today));
  const target = Math.max(1, rules.weeklyTarget);
  const remaining = Math.max(0, target - counts.post);
  const daysGone = dayIndexInWeek(today, rules.weekStart);
  const daysLeft = daysLeftInWeek(today, rules.weekStart);
  const expectedByNow = Math.round((target * daysGone) / DAYS_IN_WEEK);
  return {
    weekStart,
    counts,
    target,
    remaining,
    daysLeft,
    behindPace: counts.post < expectedByNow,
    outOfReach: remaining > daysLeft * Math.max(1, rules.dailyMax),
  };
}

export interface DayProgress {
  posts: number;
  dailyMax: number;
  /** At or over the daily maximum: another post today would come too soon. */
  tooSoon: boolean;
}

export function dayProgress(posts: readonly CadencePost[], rules: CadenceRules, today: LocalDate): DayProgress {
  const count = posts.filter((p) => p.kind === 'post' && p.localDate === today).length;
  return { posts: count, dailyMax: rules.dailyMax, tooSoon: count >= Math.max(1, rules.dailyMax) };
}

/** Calendar days since the last post (kind 'post'), 0 if today, null if none yet. */
export function daysSinceLastPost(posts: readonly CadencePost[], today: LocalDate): number | null {
  let last: LocalDate | null = null;
  for (const p of posts) if (p.kind === 'post' && p.localDate <= today && (last === null || p.localDate > last)) last = p.localDate;
  return last === null ? null : daysBetween(last, today);
}

export interface LastActivity {
  at: number;
  localDate: LocalDate;
  kind: Context;
  daysAgo: number;
}

/** The latest post, comment or review reply on each site (Yelp only ever has replies). */
export function lastActivityBySite(posts: readonly CadencePost[], today: LocalDate): Record<Site, LastActivity | null> {
  const last: Record<Site, CadencePost | null> = { facebook: null, x: null, yelp: null };
  for (const p of posts) {
    const seen = last[p.site];
    if (seen === null || p.at > seen.at) last[p.site] = p;
  }
  const out: Record<Site, LastActivity | null> = { facebook: null, x: null, yelp: null };
  for (const site of Object.keys(last) as Site[]) {
    const p = last[site];
    if (p) out[site] = { at: p.at, localDate: p.localDate, kind: p.kind, daysAgo: Math.max(0, daysBetween(p.localDate, today)) };
  }
  return out;
}
