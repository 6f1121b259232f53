// Where each site's composer opens. Plain links: the popup opens them in a new tab.
import type { Site } from '@/lib/checks/types';

export const SITE_COMPOSERS: ReadonlyArray<{ site: Site; name: string; url: string; action: string }> = [
  { site: 'facebook', name: 'Facebook', url: 'https://www.facebook.com/', action: 'Post on Facebook' },
  { site: 'x', name: 'X', url: 'https://x.com/compose/post', action: 'Post on X' },
  { site: 'yelp', name: 'Yelp', url: 'https://biz.yelp.com/', action: 'Reply on Yelp' },
];
