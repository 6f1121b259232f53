// Test helper: posts made at given local wall-clock times in a zone, the way the log records them.
import type { Context, Site } from '@/lib/checks/types';
import { instantAtLocalTime, localDateAt, type CadencePost } from '@/lib/cadence';

export function postAt(date: string, hour: number, timeZone: string, kind: Context = 'post', site: Site = 'facebook'): CadencePost {
  const at = instantAtLocalTime(date, hour, timeZone);
  return { at, localDate: localDateAt(at, timeZone), site, kind };
}

/** The instant `hour`:00 on `date` in `timeZone`: the fake clock's "now". */
export function clockAt(date: string, hour: number, timeZone: string) {
  return { now: instantAtLocalTime(date, hour, timeZone), timeZone };
}
