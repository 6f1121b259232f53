import { auditCsv, csvCell, postsCsv, type AuditEntry, type PostRecord } from '@/lib/storage';

const p: PostRecord = { at: Date.parse('2026-03-08T04:30:00Z'), localDate: '2026-03-07', timeZone: 'America/New_York', site: 'facebook', kind: 'post', phi: 0, tone: 2, decision: 'sent-after-warning' };

describe('CSV export', () => {
  test('the post log: a header and one line per post', () => {
    expect(postsCsv([p])).toBe(
      'sent_at_utc,local_date,time_zone,site,kind,phi_findings,tone_findings,decision\r\n' +
        '2026-03-08T04:30:00.000Z,2026-03-07,America/New_York,facebook,post,0,2,sent-after-warning\r\n',
    );
  });

  test('the audit log: one column per finding type, initials for approvals', () => {
    const e: AuditEntry = { ...p, site: 'yelp', kind: 'review-reply', counts: { name: 1, health_info: 2, hostile: 1 }, decision: 'approved', approvedBy: 'MK' };
    const [header, row] = auditCsv([e]).trim().split('\r\n') as [string, string];
    const cells = Object.fromEntries(header.split(',').map((h, i) => [h, row.split(',')[i]]));
    expect(cells).toMatchObject({ decision: 'approved', approved_by: 'MK', phi_name: '1', phi_health_info: '2', tone_hostile: '1', phi_phone: '0' });
    expect(header.split(',')).toHaveLength(7 + 11 + 8);
  });

  test('cells are quoted when needed and formulas are defused', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(undefined)).toBe('');
  });
});
