import { cadenceSummary, weeklyStreak, type CadencePost, type CadenceRules } from '@/lib/cadence';
import { clockAt, postAt } from './postsAt';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const monday: CadenceRules = { weeklyTarget: 3, dailyMax: 2, weekStart: 'monday' };
const sunday: CadenceRules = { ...monday, weekStart: 'sunday' };

/** Three posts on Monday, Wednesday and Friday of each week starting on the given Mondays. */
function threeAWeek(mondays: string[], zone = NY): CadencePost[] {
  return mondays.flatMap((m) => {
    const [y, mo, d] = m.split('-').map(Number) as [number, number, number];
    const day = (n: number) => new Date(Date.UTC(y, mo - 1, d + n)).toISOString().slice(0, 10);
    return [postAt(day(0), 9, zone), postAt(day(2), 12, zone), postAt(day(4), 16, zone)];
  });
}

describe('weekly streak', () => {
  test('counts consecutive finished weeks that met the target', () => {
    const posts = threeAWeek(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
    // Monday 2 March: this week has no posts yet, which does not break the streak.
    expect(weeklyStreak(posts, monday, '2026-03-02')).toEqual({ weeks: 4, weeksBeforeThisWeek: 4, thisWeekMet: false });
  });

  test('the current week adds one as soon as it meets the target', () => {
    const posts = threeAWeek(['2026-02-16', '2026-02-23', '2026-03-02']);
    expect(weeklyStreak(posts, monday, '2026-03-06')).toEqual({ weeks: 3, weeksBeforeThisWeek: 2, thisWeekMet: true });
  });

  test('a missed week ends the streak once that week is over', () => {
    const posts = threeAWeek(['2026-02-02', '2026-02-16']); // 9 February week missed
    expect(weeklyStreak(posts, monday, '2026-02-25').weeks).toBe(1);
    // The week of 23 February ends with nothing: on 2 March the streak is gone.
    expect(weeklyStreak(posts, monday, '2026-03-02').weeks).toBe(0);
  });

  test('two posts in a week fall short of a target of three', () => {
    const posts = [...threeAWeek(['2026-02-16']), postAt('2026-02-23', 9, NY), postAt('2026-02-24', 9, NY)];
    expect(weeklyStreak(posts, monday, '2026-03-02').weeks).toBe(0);
    expect(weeklyStreak(posts, { ...monday, weeklyTarget: 2 }, '2026-03-02').weeks).toBe(2);
  });

  test('comments and review replies do not count towards the weekly target', () => {
    const posts = [
      postAt('2026-02-23', 9, NY),
      postAt('2026-02-24', 9, NY, 'review-reply', 'yelp'),
      postAt('2026-02-25', 9, NY, 'comment'),
      postAt('2026-02-26', 9, NY, 'review-reply', 'yelp'),
    ];
    expect(weeklyStreak(posts, monday, '2026-03-02').weeks).toBe(0);
  });

  test('week start decides which week a Sunday post belongs to', () => {
    // Posts on Sun 22, Tue 24, Thu 26 February.
    const posts = [postAt('2026-02-22', 11, NY), postAt('2026-02-24', 11, NY), postAt('2026-02-26', 11, NY)];
    // Sunday weeks: 22–28 February holds all three.
    expect(weeklyStreak(posts, sunday, '2026-03-01').weeks).toBe(1);
    // Monday weeks: the Sunday post belongs to 16–22 February, leaving two in 23 February–1 March.
    expect(weeklyStreak(posts, monday, '2026-03-02').weeks).toBe(0);
  });
});

describe('across DST changes in New York', () => {
  test('a late Saturday post before spring-forward stays in its week (Sunday weeks)', () => {
    // Week of Sun 1 March: Mon 2, Wed 4, and Sat 7 at 23:00 EST; spring-forward is Sun 8 at 02:00.
    const posts = [postAt('2026-03-02', 10, NY), postAt('2026-03-04', 10, NY), postAt('2026-03-07', 23, NY)];
    expect(posts[2]!.localDate).toBe('2026-03-07');
    const s = cadenceSummary(posts, sunday, clockAt('2026-03-08', 9, NY));
    expect(s.today).toBe('2026-03-08');
    expect(s.streak.weeks).toBe(1);
    expect(s.week.weekStart).toBe('2026-03-08');
    expect(s.week.daysLeft).toBe(7);
  });

  test('a late Sunday post on the 23-hour day counts on that Sunday (Monday weeks)', () => {
    // Mon 2, Thu 5 and Sun 8 at 23:30 EDT (03:30 UTC on Monday 9).
    const posts = [postAt('2026-03-02', 10, NY), postAt('2026-03-05', 10, NY), postAt('2026-03-08', 23, NY)];
    expect(new Date(posts[2]!.at).toISOString()).toBe('2026-03-09T03:00:00.000Z');
    expect(posts[2]!.localDate).toBe('2026-03-08');
    const mondayMorning = cadenceSummary(posts, monday, clockAt('2026-03-09', 8, NY));
    expect(mondayMorning.streak).toEqual({ weeks: 1, weeksBeforeThisWeek: 1, thisWeekMet: false });
    expect(mondayMorning.daysSinceLastPost).toBe(1);
  });

  test('the 25-hour fall-back Sunday is one day, and the week still has seven', () => {
    const posts = [postAt('2026-10-26', 10, NY), postAt('2026-10-28', 10, NY), postAt('2026-11-01', 1, NY)];
    const s = cadenceSummary(posts, monday, clockAt('2026-11-01', 23, NY));
    expect(s.today).toBe('2026-11-01');
    expect(s.streak.thisWeekMet).toBe(true);
    expect(s.week.daysLeft).toBe(1);
    const next = cadenceSummary(posts, monday, clockAt('2026-11-02', 0, NY));
    expect(next.today).toBe('2026-11-02');
    expect(next.daysSinceLastPost).toBe(1);
    expect(next.week.daysLeft).toBe(7);
    expect(next.streak.weeks).toBe(1);
  });
});

describe('moving between time zones', () => {
  test('each post keeps the date it had where it was sent; today is read where the poster is now', () => {
    // Three posts in New York, the last at 00:30 Monday 2 March EST (Sunday 21:30 in LA).
    const posts = [postAt('2026-02-24', 10, NY), postAt('2026-02-26', 10, NY), postAt('2026-03-01', 0, NY)];
    posts.push(postAt('2026-03-02', 0, NY));
    expect(posts[3]!.localDate).toBe('2026-03-02');
    // The poster flies to LA. At 22:00 Sunday 1 March in LA (01:00 Monday in New York),
    // "today" is Sunday 1 March, and the Monday post from New York is not in the past yet.
    const inLa = cadenceSummary(posts, monday, clockAt('2026-03-01', 22, LA));
    expect(inLa.today).toBe('2026-03-01');
    expect(inLa.day.posts).toBe(1);
    expect(inLa.streak.thisWeekMet).toBe(true);
    // Next morning in LA: a new week, already one post in it from New York.
    const mondayLa = cadenceSummary(posts, monday, clockAt('2026-03-02', 9, LA));
    expect(mondayLa.week.counts.post).toBe(1);
    expect(mondayLa.streak).toEqual({ weeks: 1, weeksBeforeThisWeek: 1, thisWeekMet: false });
    expect(mondayLa.daysSinceLastPost).toBe(0);
  });

  test('posts made in LA after the move count in the same weeks as those made in New York', () => {
    const posts = [postAt('2026-03-02', 10, NY), postAt('2026-03-03', 10, NY), postAt('2026-03-05', 21, LA)];
    expect(posts[2]!.localDate).toBe('2026-03-05'); // 00:00 Friday in New York, Thursday in LA
    const s = cadenceSummary(posts, monday, clockAt('2026-03-06', 9, LA));
    expect(s.week.counts.post).toBe(3);
    expect(s.streak.thisWeekMet).toBe(true);
  });
});
