import type { Severity, Site } from '@/lib/checks/types';
import type { Settings } from '../types';
import type { DeepPartial } from '../deep-partial';
import { definedOnly, readBoolean, readChoice, readObject, readTextList, type ReadContext } from './fields';

export const SITES: readonly Site[] = ['facebook', 'x', 'yelp'];
export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const SITE_LABELS: Record<Site, string> = { facebook: 'Facebook', x: 'X', yelp: 'Yelp' };

export function readChecks(raw: unknown, ctx: ReadContext): DeepPartial<Settings['checks']> | undefined {
  const section = readObject(raw, 'checks', 'The checks settings', ctx);
  if (!section) return undefined;
  const sitesRaw = readObject(section.sites, 'checks.sites', 'The list of checked sites', ctx);
  const sites = sitesRaw
    ? definedOnly(
        Object.fromEntries(
          SITES.map((site) => [
            site,
            readBoolean(sitesRaw[site], `checks.sites.${site}`, `Checking on ${SITE_LABELS[site]}`, ctx),
          ]),
        ) as Record<Site, boolean | undefined>,
      )
    : undefined;
  const minRaw = readObject(section.minSeverity, 'checks.minSeverity', 'The lowest severity shown', ctx);
  const minSeverity = minRaw
    ? definedOnly({
        phi: readChoice(minRaw.phi, 'checks.minSeverity.phi', 'Lowest severity shown for patient information', SEVERITIES, ctx),
        tone: readChoice(minRaw.tone, 'checks.minSeverity.tone', 'Lowest severity shown for tone', SEVERITIES, ctx),
      })
    : undefined;
  return definedOnly({
    sites: sites && Object.keys(sites).length ? sites : undefined,
    minSeverity: minSeverity && Object.keys(minSeverity).length ? minSeverity : undefined,
    watchWords: readTextList(section.watchWords, 'checks.watchWords', 'watch words', { maxItems: 200, maxLength: 100 }, ctx),
  });
}
