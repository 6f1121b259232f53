// Sentences about a colleague's family news: a congratulation to a colleague on a birth, a
// wedding or a graduation, and the sentences that go on with it ("Congrats on baby Lucas, Jen!
// He was born on Tuesday."). The family member is no patient (staff-family.ts marks the name),
// so neither is the "he" or "she" of the news, and its date is no one's visit. A care word ends
// it: "Baby Lucas had his first cleaning with us on Tuesday" is a patient's visit, whoever his
// mother is. So does a patient named in the sentence.
import type { Doc } from '../doc';
import { RELATION_WORDS } from '../lexicons/relations';
import { memoByDoc } from './memo';
import { findPeople } from './people';
import { careWordSentences, congratulationSentences, inOrNextTo } from './staff-family';

// How many sentences the news may go on after the one that tells it.
const STORY_REACH = 2;
// Relation words that are no family member on their own ("one year", "our little office").
const NOT_FAMILY_ALONE = new Set(['one', 'little', 'middle', 'partner', 'ward', 'caregiver', 'lo']);
// The family news itself, told with only a pronoun: "Congrats Jen! He was born on Tuesday."
const FAMILY_NEWS = new Set(['born', 'birth', 'arrived', 'arrival', 'wedding', 'married', 'engaged', 'engagement', 'graduated', 'graduation', 'adopted', 'adoption']);
const NONE: ReadonlySet<number> = new Set();

/** Sentences that tell a colleague's family news (a family word, or a birth, wedding or
 *  graduation) in a congratulation to the colleague, and up to two after them that go on with
 *  it, none with a care word or a patient's name. */
export const colleagueFamilySentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const congratulated = congratulationSentences(doc);
  if (congratulated.size === 0) return NONE;
  const staff = new Set<number>();
  const patients = new Set<number>();
  for (const m of findPeople(doc)) {
    if (m.staff) staff.add(m.sentence);
    else if (!m.public) patients.add(m.sentence);
  }
  if (staff.size === 0) return NONE;
  const care = careWordSentences(doc);
  const out = new Set<number>();
  const last = doc.sentences.length - 1;
  for (const w of doc.words) {
    const s = w.sentence;
    if (!(FAMILY_NEWS.has(w.base) || (RELATION_WORDS.has(w.base) && !NOT_FAMILY_ALONE.has(w.base))) || out.has(s)) continue;
    if (!inOrNextTo(staff, s) || !inOrNextTo(congratulated, s) || care.has(s) || patients.has(s)) continue;
    out.add(s);
    for (let t = s + 1; t <= s + STORY_REACH && t <= last && !care.has(t) && !patients.has(t); t++) out.add(t);
  }
  return out;
});
