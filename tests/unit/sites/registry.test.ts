import { adapterForHost } from '@/lib/sites';
import { SITE_MATCHES } from '@/lib/sites/matches';

test.each([
  ['www.facebook.com', 'facebook'],
  ['m.facebook.com', 'facebook'],
  ['web.facebook.com', 'facebook'],
  ['facebook.com', 'facebook'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['mobile.x.com', 'x'],
  ['biz.yelp.com', 'yelp'],
  ['www.yelp.com', 'yelp'],
  ['WWW.YELP.COM.', 'yelp'],
])('%s is served by the %s adapter', (host, site) => {
  expect(adapterForHost(host)?.site).toBe(site);
});

test.each(['facebook.com.example.net', 'notfacebook.com', 'x.com.evil.io', 'yelp.co', 'example.com', ''])('%s has no adapter', (host) => {
  expect(adapterForHost(host)).toBeNull();
});

test('every host in the manifest matches has an adapter', () => {
  for (const pattern of SITE_MATCHES) {
    const host = new URL(pattern.replace('*.', 'www.').replace('/*', '/')).hostname;
    expect(adapterForHost(host), pattern).not.toBeNull();
  }
});
