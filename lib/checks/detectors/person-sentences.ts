// Sentences that speak of one particular person: a named patient, "you"/"your" (in a reply or
// comment, where the person addressed is known), "she"/"his", a relative ("your son") or a person
// noun ("the kindergartener"). A place, a link or a date in such a sentence can be theirs; the
// same words in a sentence about nobody ("Parking is on Oak Street") identify no one.
import type { Doc } from '../doc';
import { PERSON_NOUNS, RELATION_WORDS } from '../lexicons/relations';
import { memoByDoc } from './memo';
import { findPatientMentions } from './people';

const THIRD_PERSON = new Set(['she', 'he', 'her', 'him', 'his', 'hers', "she's", "he's", 'herself', 'himself']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'u', 'ur', 'yourself']);

export const personSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const mentions = findPatientMentions(doc);
  const set = new Set<number>(mentions.map((m) => m.sentence));
  // In a post, "you" is the public unless the post names the person it speaks to.
  const addressee = doc.context !== 'post' || mentions.length > 0;
  for (const w of doc.words) {
    if (THIRD_PERSON.has(w.lower) || RELATION_WORDS.has(w.base) || PERSON_NOUNS.has(w.base) || (addressee && SECOND_PERSON.has(w.lower))) {
      set.add(w.sentence);
    }
  }
  return set;
});
