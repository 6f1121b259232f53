// Sentences about a colleague's family news: a congratulation to a colleague on a birth, a
// wedding or a graduation, and the sentences that go on with it ("Congrats on baby Lucas, Jen!
// He was born on Tuesday."). The family member is no patient (staff-family.ts marks the name),
// so neither is the "he" or "she" of the news, and its date is no one's visit. A care word ends
// it: "Baby Lucas had his first cleaning with us on Tuesday" is a patient's visit, whoever his
// mother is. So does a patient named in the sentence.
// A colleague's possessive before a family word says whose family it is without any
// congratulation ("Happy 5th birthday to Jen's son Lucas!"); a care word there or in the next
// two sentences still ends it ("… He was so brave at his cleaning today").
import type { Doc } from '../doc';
import { memoByDoc } from './memo';
import { findPeople } from './people';
import { sentenceWordRange } from './sentence-words';
import { careInStory, careWordSentences, type CareSentences, colleaguesFamilyWordAt, congratulationSentences, inOrNextTo, isFamilyWord, STORY_REACH } from './staff-family';

// The family news itself, told with only a pronoun: "Congrats Jen! He was born on Tuesday."
const FAMILY_NEWS = new Set(['born', 'birth', 'arrived', 'arrival', 'wedding', 'married', 'engaged', 'engagement', 'graduated', 'graduation', 'adopted', 'adoption']);
const NONE: ReadonlySet<number> = new Set();

/** Sentences that tell a colleague's family news (a family word, or a birth, wedding or
 *  graduation) in a congratulation to the colleague, or that name the family by the colleague's
 *  possessive ("Jen's son"), and up to two after them that go on with it, none with a care word
 *  or a patient's name. */
export const colleagueFamilySentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const congratulated = congratulationSentences(doc);
  const staff = new Set<number>();
  const patients = new Set<number>();
  for (const m of findPeople(doc)) {
    if (m.staff) staff.add(m.sentence);
    else if (!m.public) patients.add(m.sentence);
  }
  if (staff.size === 0) return NONE;
  const out = new Set<number>();
  const last = doc.sentences.length - 1;
  let care: CareSentences | undefined; // only when some sentence may be family news
  const tellStory = (s: number, care: CareSentences) => {
    out.add(s);
    for (let t = s + 1; t <= s + STORY_REACH && t <= last && !care.has(t) && !patients.has(t); t++) out.add(t);
  };
  for (const m of findPeople(doc)) {
    if (!m.staff || out.has(m.sentence) || colleaguesFamilyWordAt(doc, m.lastWord) < 0) continue;
    const s = m.sentence;
    care ??= careWordSentences(doc);
    if (!careInStory(care, s) && !patients.has(s)) tellStory(s, care);
  }
  if (congratulated.size === 0) return out;
  care ??= careWordSentences(doc);
  // Only the sentences in or next to a congratulation (in text order), not every word.
  const words = doc.words;
  for (const c of congratulated) {
    for (let s = Math.max(0, c - 1); s <= c + 1 && s <= last; s++) {
      if (out.has(s) || !inOrNextTo(staff, s) || care.has(s) || patients.has(s)) continue;
      const [from, to] = sentenceWordRange(doc, s);
      for (let i = from; i < to; i++) {
        if (FAMILY_NEWS.has(words[i]!.base) || isFamilyWord(words[i]!.base)) {
          tellStory(s, care);
          break;
        }
      }
    }
  }
  return out;
});
