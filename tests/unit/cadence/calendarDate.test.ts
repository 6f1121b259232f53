import { addDays, dateFromDayNumber, dayNumber, dayOfWeek, daysBetween, isLocalDate, parseLocalDate } from '@/lib/cadence';

describe('calendar dates', () => {
  test('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 2000, month: 3, day: 1 })).toBe(11017);
    for (const n of [-1000, -1, 0, 59, 10957, 20000, 20517, 50000]) {
      expect(dayNumber(dateFromDayNumber(n))).toBe(n);
    }
  });

  test('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-09', -7)).toBe('2026-03-02');
  });

  test('whole days between dates ignore DST entirely', () => {
    // The weekend New York springs forward (Sunday 8 March 2026 has 23 hours).
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    // And falls back (Sunday 1 November 2026 has 25 hours).
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  test('knows the weekday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-03-08')).toBe(0); // Sunday
    expect(dayOfWeek('2026-11-02')).toBe(1); // Monday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday, before the epoch
  });

  test('accepts only real YYYY-MM-DD dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
    expect(isLocalDate('Jane Doe')).toBe(false);
    expect(isLocalDate(20260101)).toBe(false);
    expect(() => parseLocalDate('03/08/2026')).toThrow(RangeError);
  });
});
