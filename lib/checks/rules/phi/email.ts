// Email addresses, including ones spelled out to slip past filters ("rvillalobos at outlook
// dot com", "name [at] gmail [dot] com", "dana at gmail"). Finding them is detectors/emails.ts;
// the practice's own addresses are dropped by the engine, office mailboxes ("care@") here.
import { findEmails } from '../../detectors/emails';
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import { ROLE_MAILBOXES } from '../../lexicons/role-mailboxes';
import { defineRule, type RawFinding } from '../../rule';

export default defineRule({
  meta: {
    id: 'phi/email',
    category: 'phi',
    type: 'email',
    severity: 'block',
    description: 'A person’s email address',
    help: 'A personal email address identifies someone, even written as “name at gmail dot com”. Only your practice’s own addresses belong in a post.',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    for (const h of findEmails(doc)) {
      if (ROLE_MAILBOXES.has(h.local)) continue;
      if (h.disguised) {
        out.push({ start: h.start, end: h.end, severity: severity === 'info' ? 'warn' : severity, message: 'This is an email address spelled out to avoid filters. It still identifies the person: leave it out.' });
        continue;
      }
      if (severity === 'info' && hasContextBefore(doc, h.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ start: h.start, end: h.end, severity, message: 'This is a person’s email address. Email addresses are identifiers: do not post them.' });
    }
    return out;
  },
});
