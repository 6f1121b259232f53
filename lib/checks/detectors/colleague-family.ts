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
import { RELATION_WORDS } from '../lexicons/relations';
import { memoByDoc } from './memo';
import { findPeople } from './people';
import { sentenceWordRange, sentenceWordsOf as sentenceWords } from './sentence-words';
import { careInStory, careWordSentences, type CareSentences, colleaguesFamilyWordAt, congratulationSentences, inOrNextTo, isFamilyWord, STORY_REACH } from './staff-family';

// The family news itself, told with only a pronoun: "Congrats Jen! He was born on Tuesday."
const FAMILY_NEWS = new Set(['born', 'birth', 'arrived', 'arrival', 'wedding', 'married', 'engaged', 'engagement', 'graduated', 'graduation', 'adopted', 'adoption']);
const NONE: ReadonlySet<number> = new Set();

/** Sentences that name a colleague, sentences that name a patient, and how many people each names. */
export const sentencesOfPeople = memoByDoc((doc: Doc) => {
  const staff = new Set<number>();
  const patients = new Set<number>();
  const count = new Map<number, number>();
  for (const m of findPeople(doc)) {
    if (m.staff) staff.add(m.sentence);
    else if (!m.public) patients.add(m.sentence);
    count.set(m.sentence, (count.get(m.sentence) ?? 0) + 1);
  }
  return { staff, patients, count };
});

/** Sentences that tell a colleague's family news (a family word, or a birth, wedding or
 *  graduation) in a congratulation to the colleague, or that name the family by the colleague's
 *  possessive ("Jen's son"), and up to two after them that go on with it, none with a care word
 *  or a patient's name. */
export const colleagueFamilySentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const congratulated = congratulationSentences(doc);
  const { staff, patients } = sentencesOfPeople(doc);
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

const SUBJECT_PRONOUNS = new Set(['she', 'he', "she's", "he's"]);
const THIRD_PERSON = new Set(['she', 'he', "she's", "he's", 'her', 'him', 'his', 'they', 'them', 'their']);

/** "In memory of Dr. Harold Brandt, who founded this practice. He passed away at 94.", "Thanks
 *  for the kind words about Sofia! She just celebrated her birthday": a "he" or "she" that goes on
 *  with a colleague named in the sentence before, with no patient, relative, care word or other
 *  pronoun in either sentence. */
export function continuesColleagueStory(doc: Doc, s: number): boolean {
  if (s === 0) return false;
  const { staff, patients, count } = sentencesOfPeople(doc);
  // The colleague must be the only person named before: "Dr. Brandt saw Mr. Ito. He is 94" is Mr. Ito.
  if (!staff.has(s - 1) || count.get(s - 1) !== 1 || patients.has(s) || patients.has(s - 1)) return false;
  const care = careWordSentences(doc);
  if (care.has(s) || care.has(s - 1)) return false;
  // "Dr. Brandt cleaned her teeth. She is 94": someone else in the sentence before
  if (sentenceWords(doc, s - 1).some((w) => THIRD_PERSON.has(w.lower))) return false;
  let pronoun = false;
  for (const w of sentenceWords(doc, s)) {
    if (RELATION_WORDS.has(w.base) || w.base === 'patient') return false;
    if (SUBJECT_PRONOUNS.has(w.lower)) pronoun = true;
  }
  return pronoun;
}
