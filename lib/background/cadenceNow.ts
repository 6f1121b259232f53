// Reads the log and settings and computes the cadence summary for "now" where the user is.
import { cadenceSummary, type CadenceClock, type CadencePost, type CadenceSummary } from '@/lib/cadence';
import type { Settings } from '@/lib/settings/types';

export interface CadenceSources {
  readPosts(): Promise<CadencePost[]>;
  loadSettings(): Promise<Settings>;
  /** The clock and zone at this moment; the zone is read each time, people travel. */
  clock(): CadenceClock;
}

export async function currentCadence(sources: CadenceSources): Promise<{ summary: CadenceSummary; settings: Settings }> {
  const [posts, settings] = await Promise.all([sources.readPosts(), sources.loadSettings()]);
  return { summary: cadenceSummary(posts, settings.cadence, sources.clock()), settings };
}

export function systemClock(): CadenceClock {
  return { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
}
