// The practice profile: its own details are never PHI, and fill the reply templates.
import type { ProfileSettings } from '../types';
import { definedOnly, readObject, readText, readTextList, type ReadContext } from './fields';

const LIST = { maxItems: 50, maxLength: 200 };

export function readProfile(raw: unknown, ctx: ReadContext): Partial<ProfileSettings> | undefined {
  const section = readObject(raw, 'profile', 'The practice profile', ctx);
  if (!section) return undefined;
  return definedOnly({
    practiceName: readText(section.practiceName, 'profile.practiceName', 'Practice name', 200, ctx),
    contactName: readText(section.contactName, 'profile.contactName', 'Contact name', 200, ctx),
    staffNames: readTextList(section.staffNames, 'profile.staffNames', 'staff names', LIST, ctx),
    phones: readTextList(section.phones, 'profile.phones', 'phone numbers', LIST, ctx),
    emails: readTextList(section.emails, 'profile.emails', 'email addresses', LIST, ctx),
    addresses: readTextList(section.addresses, 'profile.addresses', 'addresses', LIST, ctx),
    website: readText(section.website, 'profile.website', 'Website', 500, ctx),
  });
}
