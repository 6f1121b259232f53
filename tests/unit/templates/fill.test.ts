import { fillTemplate } from '@/lib/templates/fill';

describe('fillTemplate', () => {
  test('fills every placeholder from the profile, first non-blank phone and email', () => {
    const r = fillTemplate('{practiceName}: call {contactName} at {contactPhone} or {contactEmail}.', {
      practiceName: 'Riverbend',
      contactName: ' Dana ',
      phones: ['', '(555) 014-2200', '(555) 014-9999'],
      emails: ['care@example.org'],
    });
    expect(r).toEqual({ text: 'Riverbend: call Dana at (555) 014-2200 or care@example.org.', missing: [], unknown: [] });
  });

  test('names each missing value once and leaves the text unfit to insert', () => {
    const r = fillTemplate('Call {contactName} at {contactPhone}, {contactName}.', { phones: ['  '] });
    expect(r.missing.sort()).toEqual(['contactName', 'contactPhone']);
  });

  test('reports braces that are not our placeholders (a typo in a custom template)', () => {
    const r = fillTemplate('Call {phone} please.', {});
    expect(r.unknown).toEqual(['{phone}']);
    expect(r.missing).toEqual([]);
  });

  test('leaves text without placeholders as it is, multi-paragraph included', () => {
    expect(fillTemplate('Thanks!\n\nSee you.', {}).text).toBe('Thanks!\n\nSee you.');
  });
});
