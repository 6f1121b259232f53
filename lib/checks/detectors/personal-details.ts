// Does a text carry a personal detail besides a name: a personal phone or email, an ID number,
// an age over 89, a birthday or birth date? A name next to any of these identifies a person even
// when nothing about care is said ("Hi Wanjiru, we have your phone as 555-019-8823";
// "Eddie, we found your driver's license"; "Happy 95th birthday, Harold Pettigrew"), and from a
// medical practice that alone says the person is a patient.
import type { Doc, Span } from '../doc';
import { ROLE_MAILBOXES } from '../lexicons/role-mailboxes';
import { findPracticeSpans } from '../profile';
import { findAgesOver89 } from './ages';
import { colleagueFamilySentences, continuesColleagueStory } from './colleague-family';
import { findEmails } from './emails';
import { findIdNumbers } from './id-numbers';
import { PRACTICE_CONTACT_CUES } from './identifier-severity';
import { memoByDoc } from './memo';
import { findPeople } from './people';
import { hasContextBefore } from './pattern';
import { findPhoneNumbers } from './phones';
import { sentenceAt } from './sentence-at';

// "call us at", "our office:": the practice giving its own number (not the bare "call", which
// precedes other people's numbers too).
const OUR_CONTACT_CUES = PRACTICE_CONTACT_CUES.filter((c) => /\b(?:us|our|office|desk)\b/.test(c));

const BIRTH_WORDS = new Set(['birthday', 'bday', 'born', 'dob', 'birthdate']);

/** Sentences that carry a personal detail (empty when the text has none). */
export const personalDetailSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const h of findIdNumbers(doc)) set.add(sentenceAt(doc, h.start));
  // An age or a birthday counts unless it is a colleague's ("Happy birthday to Dr. Brandt"), a
  // colleague's family's ("Dr. Adeyemi's father … He's 91") or told on in a colleague's story.
  const colleagues = (sentence: number) => colleagueFamilySentences(doc).has(sentence) || continuesColleagueStory(doc, sentence);
  for (const h of findAgesOver89(doc)) {
    const sentence = sentenceAt(doc, h.start);
    if (!colleagues(sentence)) set.add(sentence);
  }
  let staffSentences: Set<number> | undefined;
  for (const w of doc.words) {
    if (!BIRTH_WORDS.has(w.base)) continue;
    staffSentences ??= new Set(findPeople(doc).filter((p) => p.staff || p.public).map((p) => p.sentence));
    if (!staffSentences.has(w.sentence) && !colleagues(w.sentence)) set.add(w.sentence);
  }
  const phones = findPhoneNumbers(doc);
  const emails = findEmails(doc).filter((e) => !ROLE_MAILBOXES.has(e.local));
  if (phones.length === 0 && emails.length === 0) return set;
  const practice = findPracticeSpans(doc);
  const personal = (span: Span) => !practice.contains(span) && !hasContextBefore(doc, span.start, OUR_CONTACT_CUES, 25);
  for (const span of [...phones, ...emails]) if (personal(span)) set.add(sentenceAt(doc, span.start));
  return set;
});

export const hasPersonalDetails = (doc: Doc): boolean => personalDetailSentences(doc).size > 0;
