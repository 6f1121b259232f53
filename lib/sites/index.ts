// The site adapters: adding a site is adding its adapter file and one line here.
import { facebookAdapter } from './facebook';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { yelpAdapter } from './yelp';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebookAdapter, xAdapter, yelpAdapter];

/** The adapter for the page at `hostname` (e.g. location.hostname), or null on other sites. */
export function adapterForHost(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITE_ADAPTERS.find((adapter) => adapter.matchesHost(host)) ?? null;
}

export type { Composer, EditorKind, ReviewContext, SiteAdapter } from './types';
