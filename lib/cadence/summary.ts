// Everything the popup, the badge and the reminder need, computed in one pass from the log.
import type { Site } from '@/lib/checks/types';
import type { LocalDate } from './calendarDate';
import { heatmap, type HeatmapWeek } from './heatmap';
import { dayProgress, daysSinceLastPost, lastActivityBySite, weekProgress, type DayProgress, type LastActivity, type WeekProgress } from './pace';
import { weeklyStreak, type WeeklyStreak } from './streak';
import { localDateAt } from './timeZone';
import type { CadenceClock, CadencePost, CadenceRules } from './types';

export interface CadenceSummary {
  today: LocalDate;
  hasPosts: boolean;
  streak: WeeklyStreak;
  week: WeekProgress;
  day: DayProgress;
  daysSinceLastPost: number | null;
  lastBySite: Record<Site, LastActivity | null>;
  heatmap: HeatmapWeek[];
}

/** Idle this many days or more and the daily reminder speaks up. */
export const IDLE_DAYS = 5;

export function cadenceSummary(posts: readonly CadencePost[], rules: CadenceRules, clock: CadenceClock): CadenceSummary {
  const today = localDateAt(clock.now, clock.timeZone);
  return {
    today,
    hasPosts: posts.length > 0,
    streak: weeklyStreak(posts, rules, today),
    week: weekProgress(posts, rules, today),
    day: dayProgress(posts, rules, today),
    daysSinceLastPost: daysSinceLastPost(posts, today),
    lastBySite: lastActivityBySite(posts, today),
    heatmap: heatmap(posts, rules, today),
  };
}

/** Behind pace this week, or no post for IDLE_DAYS days: the moments a reminder helps. */
export function needsReminder(summary: CadenceSummary): boolean {
  if (summary.week.remaining === 0) return false;
  const idle = summary.daysSinceLastPost === null || summary.daysSinceLastPost >= IDLE_DAYS;
  return summary.week.behindPace || idle;
}
