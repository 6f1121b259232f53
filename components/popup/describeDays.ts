// Dates in plain words for the popup. A LocalDate is formatted as the calendar date it
// names (UTC midnight of that date, formatted in UTC), so no zone can shift it by a day.
import type { Context } from '@/lib/checks/types';
import { parseLocalDate, type LocalDate } from '@/lib/cadence';

const DAY_LABEL = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function dayLabel(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return DAY_LABEL.format(new Date(Date.UTC(year, month - 1, day)));
}

export function daysAgoText(daysAgo: number): string {
  if (daysAgo <= 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  return `${daysAgo} days ago`;
}

export const KIND_WORDS: Record<Context, { one: string; many: string }> = {
  post: { one: 'post', many: 'posts' },
  comment: { one: 'comment', many: 'comments' },
  'review-reply': { one: 'review reply', many: 'review replies' },
};

export function countText(n: number, kind: Context): string {
  return `${n} ${n === 1 ? KIND_WORDS[kind].one : KIND_WORDS[kind].many}`;
}
