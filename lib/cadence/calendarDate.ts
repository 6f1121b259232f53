// Calendar dates as 'YYYY-MM-DD' strings and whole-day arithmetic on them.
// Why not add 86,400,000 ms to a timestamp: local days are 23 or 25 hours long across a
// DST change, so "one day later" in milliseconds lands on the wrong date twice a year.
// Day numbers here come from the proleptic Gregorian calendar (days since 1970-01-01),
// which has no clocks in it at all.

export type LocalDate = string; // 'YYYY-MM-DD'

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatLocalDate(dateFromDayNumber(dayNumber(parts))) === value;
}

export function parseLocalDate(date: LocalDate): DateParts {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber (civil_from_days). */
export function dateFromDayNumber(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return formatLocalDate(dateFromDayNumber(dayNumber(parseLocalDate(date)) + days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(parseLocalDate(to)) - dayNumber(parseLocalDate(from));
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: LocalDate): number {
  return (((dayNumber(parseLocalDate(date)) + 4) % 7) + 7) % 7;
}
