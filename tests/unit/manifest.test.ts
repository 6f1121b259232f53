import { SITE_MATCHES } from '@/lib/sites/matches';

describe('site matches', () => {
  test('cover the three sites and nothing else', () => {
    const hosts = SITE_MATCHES.map((m) => new URL(m.replace('*.', 'www.').replace(/\*$/, '')).hostname);
    expect(hosts.sort()).toEqual(['mobile.x.com', 'twitter.com', 'www.facebook.com', 'www.yelp.com', 'x.com']);
  });
});
