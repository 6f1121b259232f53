import { instantAtLocalTime, isTimeZone, localDateAt, nextReminderAt, wallClockAt } from '@/lib/cadence';

const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);

describe('local dates in a time zone', () => {
  test('a late-evening post belongs to the poster\'s date, not UTC\'s', () => {
    // 23:30 on Saturday 7 March in New York is already Sunday in UTC.
    expect(localDateAt(utc('2026-03-08T04:30:00Z'), NY)).toBe('2026-03-07');
    expect(localDateAt(utc('2026-03-08T04:30:00Z'), 'UTC')).toBe('2026-03-08');
  });

  test('the spring-forward night: 01:59 EST is followed by 03:00 EDT on the same date', () => {
    expect(wallClockAt(utc('2026-03-08T06:59:00Z'), NY)).toMatchObject({ day: 8, hour: 1, minute: 59 });
    expect(wallClockAt(utc('2026-03-08T07:00:00Z'), NY)).toMatchObject({ day: 8, hour: 3, minute: 0 });
    // 23:30 EDT on the 8th is 03:30 UTC on the 9th: still the 8th locally.
    expect(localDateAt(utc('2026-03-09T03:30:00Z'), NY)).toBe('2026-03-08');
  });

  test('the fall-back night: both 01:30s are 1 November', () => {
    expect(localDateAt(utc('2026-11-01T05:30:00Z'), NY)).toBe('2026-11-01'); // 01:30 EDT
    expect(localDateAt(utc('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01'); // 01:30 EST
    // 23:30 EST on 1 November is 04:30 UTC on the 2nd.
    expect(localDateAt(utc('2026-11-02T04:30:00Z'), NY)).toBe('2026-11-01');
  });

  test('finds the instant of a local hour on either side of a DST change', () => {
    expect(instantAtLocalTime('2026-03-06', 10, NY)).toBe(utc('2026-03-06T15:00:00Z'));
    expect(instantAtLocalTime('2026-03-09', 10, NY)).toBe(utc('2026-03-09T14:00:00Z'));
    expect(instantAtLocalTime('2026-10-30', 10, NY)).toBe(utc('2026-10-30T14:00:00Z'));
    expect(instantAtLocalTime('2026-11-02', 10, NY)).toBe(utc('2026-11-02T15:00:00Z'));
    // 02:00 does not exist on 8 March; the clock resumes at 03:00 EDT.
    expect(instantAtLocalTime('2026-03-08', 2, NY)).toBe(utc('2026-03-08T07:00:00Z'));
    // 01:00 happens twice on 1 November; the first one is used.
    expect(instantAtLocalTime('2026-11-01', 1, NY)).toBe(utc('2026-11-01T05:00:00Z'));
  });

  test('rejects what is not an IANA zone', () => {
    expect(isTimeZone(NY)).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Jane_Doe')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(5)).toBe(false);
  });
});

describe('next reminder time', () => {
  const weekdays10 = { hour: 10, weekdaysOnly: true };

  test('later today when the hour has not come yet', () => {
    expect(nextReminderAt(utc('2026-03-04T13:00:00Z'), NY, weekdays10)).toBe(utc('2026-03-04T15:00:00Z'));
  });

  test('from Friday after 10:00 it skips the DST weekend to Monday 10:00 EDT', () => {
    // Friday 6 March 11:00 EST → Monday 9 March 10:00 EDT, which is 14:00 UTC, not 15:00.
    expect(nextReminderAt(utc('2026-03-06T16:00:00Z'), NY, weekdays10)).toBe(utc('2026-03-09T14:00:00Z'));
  });

  test('every day when weekends are included, across the fall-back night', () => {
    // Saturday 31 October 10:30 EDT → Sunday 1 November 10:00 EST (15:00 UTC).
    expect(nextReminderAt(utc('2026-10-31T14:30:00Z'), NY, { hour: 10, weekdaysOnly: false })).toBe(utc('2026-11-01T15:00:00Z'));
  });

  test('exactly at the hour means the next day, so an alarm never re-fires itself', () => {
    expect(nextReminderAt(utc('2026-03-04T15:00:00Z'), NY, weekdays10)).toBe(utc('2026-03-05T15:00:00Z'));
  });
});
