// The one sentence the popup leads with: the most useful thing to hear right now.
import type { CadenceSummary } from './summary';
import { IDLE_DAYS } from './summary';

const NUMBER_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

function capitalNumber(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export type NudgeTone = 'welcome' | 'slow-down' | 'celebrate' | 'encourage' | 'catch-up';

export interface Nudge {
  tone: NudgeTone;
  text: string;
}

/** Checked in order of what matters most: a new install, too many today, then the week. */
export function nudgeOfTheMoment(s: CadenceSummary): Nudge {
  if (!s.hasPosts) {
    return { tone: 'welcome', text: 'Your first post starts your streak — an idea below might help.' };
  }
  if (s.day.tooSoon) {
    return {
      tone: 'slow-down',
      text: `${capitalNumber(s.day.posts)} ${s.day.posts === 1 ? 'post' : 'posts'} today already — spacing them out keeps people interested.`,
    };
  }
  if (s.streak.thisWeekMet) {
    return {
      tone: 'celebrate',
      text: `This week's target is met — ${plural(s.streak.weeks, 'week', 'weeks')} in a row. Nice work.`,
    };
  }
  const idle = s.daysSinceLastPost === null ? null : s.daysSinceLastPost;
  const more = plural(s.week.remaining, 'more post', 'more posts');
  if (s.week.outOfReach) {
    return {
      tone: 'catch-up',
      text:
        s.streak.weeksBeforeThisWeek > 0
          ? `This week's target is out of reach, but a post today still keeps people in touch.`
          : `A post today keeps people in touch — next week is a fresh start for a streak.`,
    };
  }
  if (idle !== null && idle >= IDLE_DAYS) {
    return { tone: 'catch-up', text: `It's been ${idle} days since the last post — a short one today keeps people in touch.` };
  }
  if (s.streak.weeksBeforeThisWeek > 0) {
    return { tone: 'encourage', text: `${more} this week keeps your ${s.streak.weeksBeforeThisWeek}-week streak.` };
  }
  return { tone: 'encourage', text: `${more} this week starts a streak.` };
}
