// A few post ideas for the popup that fit the month and the season.
import { parseLocalDate, type LocalDate } from '@/lib/cadence/calendarDate';
import { OBSERVANCES } from './observances';
import { EVERGREEN, SEASONAL } from './seasons';
import type { MonthNumber, PostIdea } from './types';

export type { PostIdea } from './types';

/**
 * The month's observances first, then the season, then an evergreen idea that changes
 * each week, so the list is fresh without being random.
 */
export function postIdeasFor(today: LocalDate, count = 3): PostIdea[] {
  const { month, day } = parseLocalDate(today);
  const m = month as MonthNumber;
  const evergreen = EVERGREEN[Math.floor((day - 1) / 7) % EVERGREEN.length]!;
  const ideas: PostIdea[] = [];
  const seen = new Set<string>();
  const take = (idea: PostIdea | undefined) => {
    if (idea && !seen.has(idea.title) && ideas.length < count) {
      seen.add(idea.title);
      ideas.push(idea);
    }
  };
  take(OBSERVANCES[m][0]);
  take(SEASONAL[m][0]);
  take(OBSERVANCES[m][1]);
  take(SEASONAL[m][1]);
  take(evergreen);
  return ideas;
}
