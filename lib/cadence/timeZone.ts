// Turning an instant into the wall-clock date and time of an IANA zone, and back.
// Everything goes through Intl, which carries the zone's DST rules; nothing here assumes
// a day is 24 hours long.
import { formatLocalDate, type LocalDate } from './calendarDate';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  return out;
}

/** The calendar date in `timeZone` at the instant `epochMs`. */
export function localDateAt(epochMs: number, timeZone: string): LocalDate {
  return formatLocalDate(wallClockAt(epochMs, timeZone));
}

function offsetAt(epochMs: number, timeZone: string): number {
  const w = wallClockAt(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/**
 * The instant when the wall clock in `timeZone` shows `hour`:00 on `date`. When that time
 * does not exist (skipped by a spring-forward), the first instant after the gap is used;
 * when it happens twice (fall-back), the earlier one.
 */
export function instantAtLocalTime(date: LocalDate, hour: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hour);
  // Two passes settle the offset even when the guess is on the other side of a change.
  const first = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  const second = wallAsUtc - offsetAt(first, timeZone);
  const candidates = [first, second].filter((t) => {
    const w = wallClockAt(t, timeZone);
    return formatLocalDate(w) === date && w.hour === hour;
  });
  if (candidates.length > 0) return Math.min(...candidates);
  // Skipped hour: the wall clock jumps over it; take the moment the clock resumes.
  return Math.max(first, second);
}
