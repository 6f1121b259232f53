// Mailbox names that belong to an office, not a person: "care@", "billing@". Source: written by
// hand from common office addresses. Licence: CC0.

export const ROLE_MAILBOXES: ReadonlySet<string> = new Set(
  `info care hello office billing appointments appointment frontdesk front.desk contact admin support hr jobs careers
  team reception scheduling schedule referrals records noreply no-reply marketing press media help questions staff
  mail inquiries enquiries`.split(/\s+/),
);
