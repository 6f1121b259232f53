// Does a text carry a personal detail besides a name: a personal phone or email, an ID number,
// an age over 89, a birthday or birth date? A name next to any of these identifies a person even
// when nothing about care is said ("Hi Wanjiru, we have your phone as 555-019-8823";
// "Eddie, we found your driver's license"; "Happy 95th birthday, Harold Pettigrew"), and from a
// medical practice that alone says the person is a patient.
import type { Doc } from '../doc';
import { ROLE_MAILBOXES } from '../lexicons/role-mailboxes';
import { findPracticeSpans, insideAny } from '../profile';
import { findAgesOver89 } from './ages';
import { findEmails } from './emails';
import { findIdNumbers } from './id-numbers';
import { PRACTICE_CONTACT_CUES } from './identifier-severity';
import { memoByDoc } from './memo';
import { hasContextBefore } from './pattern';
import { findPhoneNumbers } from './phones';

// "call us at", "our office:": the practice giving its own number (not the bare "call", which
// precedes other people's numbers too).
const OUR_CONTACT_CUES = PRACTICE_CONTACT_CUES.filter((c) => /\b(?:us|our|office|desk)\b/.test(c));

const BIRTH_WORDS = new Set(['birthday', 'bday', 'born', 'dob', 'birthdate']);

export const hasPersonalDetails = memoByDoc((doc: Doc): boolean => {
  if (findIdNumbers(doc).length > 0 || findAgesOver89(doc).length > 0) return true;
  if (doc.words.some((w) => BIRTH_WORDS.has(w.base))) return true;
  const phones = findPhoneNumbers(doc);
  const emails = findEmails(doc).filter((e) => !ROLE_MAILBOXES.has(e.local));
  if (phones.length === 0 && emails.length === 0) return false;
  const practice = findPracticeSpans(doc);
  const personal = (span: { start: number; end: number }) => !insideAny(span, practice) && !hasContextBefore(doc, span.start, OUR_CONTACT_CUES, 25);
  return phones.some(personal) || emails.some(personal);
});
