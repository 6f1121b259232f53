import { normaliseInitials, toAuditEntry, toPostRecord } from '@/lib/storage';

const post = { at: Date.parse('2026-03-08T04:30:00Z'), timeZone: 'America/New_York', site: 'facebook', kind: 'post', phi: 0, tone: 1, decision: 'sent-clean' };
const audit = { at: post.at, timeZone: 'America/New_York', site: 'yelp', kind: 'review-reply', counts: { name: 1, health_info: 2 }, decision: 'stopped' };

describe('post records', () => {
  test('keep exactly the known fields and work out the poster\'s local date', () => {
    const r = toPostRecord({ ...post, localDate: '1999-01-01', text: 'Thanks Jane Doe for coming in', draft: 'x', id: 7 });
    expect(r).toEqual({ ok: true, record: { ...post, localDate: '2026-03-07' } });
  });

  test.each([
    ['a site outside the three', { site: 'instagram' }],
    ['text in the site field', { site: 'Jane Doe had a root canal' }],
    ['an unknown kind', { kind: 'story' }],
    ['a "stopped" decision (nothing was sent)', { decision: 'stopped' }],
    ['seconds instead of milliseconds', { at: 1_772_944_200 }],
    ['a count that is text', { phi: 'two' }],
    ['a negative count', { tone: -1 }],
    ['a fractional count', { phi: 1.5 }],
    ['a made-up time zone', { timeZone: 'America/Jane_Doe' }],
    ['a missing time zone', { timeZone: undefined }],
  ])('refuses %s', (_why, change) => {
    expect(toPostRecord({ ...post, ...change }).ok).toBe(false);
  });

  test('refuses what is not an object', () => {
    expect(toPostRecord(null).ok).toBe(false);
    expect(toPostRecord('post').ok).toBe(false);
  });
});

describe('audit entries', () => {
  test('keep counts by type, drop zero counts and unknown fields', () => {
    const r = toAuditEntry({ ...audit, counts: { name: 1, health_info: 2, shouting: 0 }, text: 'secret', findings: [{ message: 'x' }] });
    expect(r).toEqual({ ok: true, record: { ...audit, localDate: '2026-03-07', counts: { name: 1, health_info: 2 } } });
  });

  test('an approval records the approver\'s initials, normalised', () => {
    const r = toAuditEntry({ ...audit, decision: 'approved', approvedBy: 'j. d.' });
    expect(r.ok && r.record.approvedBy).toBe('JD');
  });

  test.each([
    ['a finding type outside the vocabulary (text smuggled as a key)', { counts: { 'Jane Doe': 1 } }],
    ['a count that is text', { counts: { name: 'Jane' } }],
    ['counts as a list', { counts: [1, 2] }],
    ['an approval without initials', { decision: 'approved' }],
    ['a full name instead of initials', { decision: 'approved', approvedBy: 'Jane Doe' }],
    ['initials on a decision that is not an approval', { approvedBy: 'JD' }],
    ['an unknown decision', { decision: 'deleted' }],
  ])('refuses %s', (_why, change) => {
    expect(toAuditEntry({ ...audit, ...change }).ok).toBe(false);
  });

  test('initials are 1–4 letters', () => {
    expect(normaliseInitials('MK')).toBe('MK');
    expect(normaliseInitials('a-b')).toBe('AB');
    expect(normaliseInitials('')).toBeNull();
    expect(normaliseInitials('ABCDE')).toBeNull();
    expect(normaliseInitials('J0')).toBeNull();
  });
});
