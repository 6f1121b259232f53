import { cadenceSummary, heatmap, needsReminder, nudgeOfTheMoment, type CadencePost, type CadenceRules } from '@/lib/cadence';
import { clockAt, postAt } from './postsAt';

const NY = 'America/New_York';
const rules: CadenceRules = { weeklyTarget: 3, dailyMax: 2, weekStart: 'monday' };

function weeksOfThree(mondays: string[]): CadencePost[] {
  return mondays.flatMap((m) => {
    const d = Number(m.slice(8));
    const ym = m.slice(0, 8);
    return [0, 2, 4].map((n) => postAt(`${ym}${String(d + n).padStart(2, '0')}`, 11, NY));
  });
}

describe('today and the daily maximum', () => {
  test('two posts today reaches the daily maximum: the next would come too soon', () => {
    const posts = [postAt('2026-03-04', 9, NY), postAt('2026-03-04', 13, NY), postAt('2026-03-03', 9, NY)];
    const s = cadenceSummary(posts, rules, clockAt('2026-03-04', 15, NY));
    expect(s.day).toEqual({ posts: 2, dailyMax: 2, tooSoon: true });
    expect(nudgeOfTheMoment(s).text).toBe('Two posts today already — spacing them out keeps people interested.');
  });

  test('review replies today never make it "too soon"', () => {
    const posts = [postAt('2026-03-04', 9, NY), ...[10, 11, 12].map((h) => postAt('2026-03-04', h, NY, 'review-reply', 'yelp'))];
    const s = cadenceSummary(posts, rules, clockAt('2026-03-04', 15, NY));
    expect(s.day.tooSoon).toBe(false);
    expect(s.week.counts).toEqual({ post: 1, comment: 0, 'review-reply': 3 });
  });

  test('days since the last post are calendar days, and null before the first post', () => {
    expect(cadenceSummary([], rules, clockAt('2026-03-04', 9, NY)).daysSinceLastPost).toBeNull();
    const posts = [postAt('2026-03-01', 23, NY)];
    expect(cadenceSummary(posts, rules, clockAt('2026-03-02', 0, NY)).daysSinceLastPost).toBe(1);
    expect(cadenceSummary(posts, rules, clockAt('2026-03-09', 12, NY)).daysSinceLastPost).toBe(8);
  });
});

describe('this week', () => {
  test('progress with days left, today included', () => {
    const posts = [postAt('2026-03-02', 9, NY)];
    const s = cadenceSummary(posts, rules, clockAt('2026-03-04', 9, NY)); // Wednesday
    expect(s.week).toMatchObject({ weekStart: '2026-03-02', remaining: 2, daysLeft: 5, behindPace: false, outOfReach: false });
  });

  test('behind pace when fewer posts than an even spread over the days gone', () => {
    // Saturday, five days gone: an even spread of 3 would be 2 posts by now (15/7 rounded).
    const s = cadenceSummary([postAt('2026-03-02', 9, NY)], rules, clockAt('2026-03-07', 9, NY));
    expect(s.week.behindPace).toBe(true);
    expect(needsReminder(s)).toBe(true);
  });

  test('the target is out of reach when even the daily maximum cannot close the gap', () => {
    const s = cadenceSummary([postAt('2026-02-26', 9, NY)], rules, clockAt('2026-03-08', 9, NY)); // Sunday, none this week
    expect(s.week).toMatchObject({ remaining: 3, daysLeft: 1, outOfReach: true });
  });
});

describe('the nudge of the moment', () => {
  test('keeps a streak going: "2 more posts this week keeps your 6-week streak"', () => {
    const posts = [
      ...weeksOfThree(['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']),
      postAt('2026-03-02', 10, NY),
    ];
    const s = cadenceSummary(posts, rules, clockAt('2026-03-03', 9, NY));
    expect(s.streak.weeksBeforeThisWeek).toBe(6);
    expect(nudgeOfTheMoment(s)).toEqual({ tone: 'encourage', text: '2 more posts this week keeps your 6-week streak.' });
  });

  test('welcomes a new install', () => {
    expect(nudgeOfTheMoment(cadenceSummary([], rules, clockAt('2026-03-03', 9, NY))).tone).toBe('welcome');
  });

  test('celebrates a week that met its target', () => {
    const s = cadenceSummary(weeksOfThree(['2026-02-23', '2026-03-02']), rules, clockAt('2026-03-07', 9, NY));
    expect(nudgeOfTheMoment(s).text).toBe("This week's target is met — 2 weeks in a row. Nice work.");
    expect(needsReminder(s)).toBe(false);
  });

  test('after five idle days it says how long it has been', () => {
    const s = cadenceSummary([postAt('2026-02-27', 10, NY)], rules, clockAt('2026-03-04', 9, NY));
    expect(s.daysSinceLastPost).toBe(5);
    expect(nudgeOfTheMoment(s).text).toBe("It's been 5 days since the last post — a short one today keeps people in touch.");
    expect(needsReminder(s)).toBe(true);
  });

  test('one more post starts a streak, in the singular', () => {
    const posts = [postAt('2026-03-02', 9, NY), postAt('2026-03-03', 9, NY)];
    expect(nudgeOfTheMoment(cadenceSummary(posts, rules, clockAt('2026-03-04', 9, NY))).text).toBe('1 more post this week starts a streak.');
  });
});

describe('12-week heatmap', () => {
  test('twelve weeks of seven days ending with the current week; later days are future', () => {
    const posts = [
      postAt('2026-03-04', 9, NY),
      postAt('2026-03-04', 12, NY, 'review-reply', 'yelp'),
      postAt('2025-12-21', 9, NY), // Sunday, last day of the first column
      postAt('2025-12-14', 9, NY), // the Sunday before: outside the 12 weeks
    ];
    const map = heatmap(posts, rules, '2026-03-04');
    expect(map).toHaveLength(12);
    expect(map.every((w) => w.days.length === 7)).toBe(true);
    expect(map[0]!.weekStart).toBe('2025-12-15'); // 11 weeks before 2 March
    expect(map[11]!.weekStart).toBe('2026-03-02');
    expect(map[0]!.days[6]).toMatchObject({ date: '2025-12-21', total: 1 });
    const wed = map[11]!.days[2]!;
    expect(wed).toMatchObject({ date: '2026-03-04', total: 2, future: false, counts: { post: 1, comment: 0, 'review-reply': 1 } });
    expect(map[11]!.days[3]!.future).toBe(true);
    expect(map.flatMap((w) => w.days).reduce((n, c) => n + c.total, 0)).toBe(3);
  });

  test('the columns stay seven days apart across both DST changes of 2026', () => {
    const map = heatmap([], { weekStart: 'sunday' }, '2026-11-10');
    const dates = map.flatMap((w) => w.days.map((d) => d.date));
    expect(new Set(dates).size).toBe(84);
    expect(dates).toContain('2026-11-01');
    expect(dates[0]).toBe('2026-08-23');
    expect(dates[83]).toBe('2026-11-14');
  });
});

describe('pace through a week (target 3, Monday weeks)', () => {
  test.each([
    ['2026-03-03', 0, false], // Tuesday: 3 × 1/7 rounds to 0
    ['2026-03-04', 0, true], // Wednesday: 3 × 2/7 rounds to 1
    ['2026-03-04', 1, false],
    ['2026-03-06', 1, true], // Friday: 3 × 4/7 rounds to 2
    ['2026-03-08', 2, true], // Sunday: 3 × 6/7 rounds to 3
  ])('on %s with %i posts, behind pace is %s', (today, count, behind) => {
    const posts = Array.from({ length: count }, (_, i) => postAt('2026-03-02', 8 + i, NY));
    expect(cadenceSummary(posts, rules, clockAt(today, 20, NY)).week.behindPace).toBe(behind);
  });
});
