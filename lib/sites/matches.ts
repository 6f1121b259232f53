// Where the content script runs, and the only hosts the extension may touch.
// biz.yelp.com (owner replies) is covered by *.yelp.com; X still serves twitter.com.
export const SITE_MATCHES = [
  'https://*.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://*.yelp.com/*',
] as const;
