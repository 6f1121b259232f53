// A colleague's own family, named in a congratulation to the colleague: "Congrats on baby Lucas,
// Jen!", "Congratulations to our hygienist Jen and her husband Tom on baby Lucas". The news is
// the colleague's, so the family member is no patient, and their name is no patient's name. A
// name with care next to it stays a patient's: "Congrats Jen! Baby Lucas had his first
// cleaning with us today" says Lucas is a patient, whoever his mother is. A colleague's
// possessive says it without a congratulation: "Happy 5th birthday to Jen's son Lucas!".
// Once the family is told, the names that follow it in the same celebration are the family's
// own: "Sofia's twins turn 3 today, happy birthday Ava and Leo!".
import type { Doc } from '../doc';
import { RELATION_WORDS } from '../lexicons/relations';
import { isBodyPart } from './body-parts';
import { findBillingTerms, findEncounterTerms, findHealthTerms } from './care-terms';
import { memoByDoc } from './memo';
import { sentenceWordRange } from './sentence-words';
import type { PersonMention } from './people';

const CONGRATULATION = new Set(['congrats', 'congratulations', 'congratulation', 'congrat', 'mazel', 'felicidades', 'felicitaciones']);
// Words of a celebration: a name in one, after a colleague's family is told, is that family's.
const CELEBRATION = new Set([
  ...CONGRATULATION, 'happy', 'birthday', 'bday', 'b-day', 'celebrate', 'celebrates', 'celebrated', 'celebrating', 'welcome', 'anniversary',
  'wedding', 'graduation', 'graduated', 'born', 'arrived', 'arrival', 'cheers', 'hooray', 'yay', 'woohoo', 'party',
]);
// Relation words that are no family member on their own ("one year", "our little office").
const NOT_FAMILY_ALONE = new Set(['one', 'little', 'middle', 'partner', 'ward', 'caregiver', 'lo']);

const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts']);

/** Which sentences hold a care, visit, billing or patient word: a name there stays a patient's.
 *  Only `has` is asked, for a few sentences near a colleague's news. */
export interface CareSentences {
  has(sentence: number): boolean;
}

/** Sentences with a care, visit, billing or patient word. A body part is no care ("already showing
 *  off a great set of gums"), and a provider word is the colleague's job ("our hygienist Jen").
 *  Patient words are looked for only in the sentences asked about, not in the whole text.
 *  Shared with colleague-family.ts and the age rule. */
export const careWordSentences = memoByDoc((doc: Doc): CareSentences => {
  const terms = new Set<number>();
  for (const list of [findHealthTerms(doc), findEncounterTerms(doc), findBillingTerms(doc)]) {
    for (const m of list) if (m.kind !== 'provider' && !isBodyPart(doc, m.first, m.first + m.count - 1)) terms.add(doc.words[m.first]!.sentence);
  }
  const patientWord = new Map<number, boolean>();
  return {
    has(sentence) {
      if (terms.has(sentence)) return true;
      let found = patientWord.get(sentence);
      if (found === undefined) {
        // "Lupe's grandmother, one of our patients, …": called a patient outright
        found = false;
        const [from, to] = sentenceWordRange(doc, sentence);
        for (let i = from; i < to && !found; i++) found = PATIENT_WORDS.has(doc.words[i]!.base);
        patientWord.set(sentence, found);
      }
      return found;
    },
  };
});

/** Sentences with a word of congratulation in them. */
export const congratulationSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const w of doc.words) if (CONGRATULATION.has(w.base)) set.add(w.sentence);
  return set;
});

/** Whether sentence s or one next to it is in `set`. */
export const inOrNextTo = (set: ReadonlySet<number>, s: number) => set.has(s) || set.has(s - 1) || set.has(s + 1);

/** How many sentences a colleague's family news may go on after the one that tells it. */
export const STORY_REACH = 2;

/** Whether care is told in sentence s or the STORY_REACH after it: then it is a patient's story
 *  ("Happy 5th birthday to Jen's son Lucas! He was so brave at his cleaning today"). */
export function careInStory(care: CareSentences, s: number): boolean {
  for (let t = s; t <= s + STORY_REACH; t++) if (care.has(t)) return true;
  return false;
}

/** "Jen's": word `w` (the end of a colleague's name) is in the possessive (its base drops the "'s"). */
export const isPossessive = (doc: Doc, w: number) => doc.words[w]!.lower !== doc.words[w]!.base;

/** A family word that names a family member on its own ("son", "twins", not "little"). */
export const isFamilyWord = (base: string) => RELATION_WORDS.has(base) && !NOT_FAMILY_ALONE.has(base);

// Words that may stand between a possessive and the family word: "Jen's new baby", "Lupe's
// great grandma" (hyphens split words: "great-grandma"), "Trevor's little sister".
const FAMILY_MODIFIERS = new Set([
  'great', 'grand', 'step', 'late', 'new', 'little', 'big', 'baby', 'younger', 'older', 'oldest', 'youngest', 'eldest', 'middle',
  'twin', 'sweet', 'lovely', 'beautiful', 'amazing', 'dear', 'beloved', 'favorite', 'favourite', 'own',
]);

// Fond nouns for a child, family words only after a modifier ("little guy", "new little man").
const CHILD_NOUNS = new Set(['guy', 'man', 'lady', 'one', 'dude', 'buddy', 'bean', 'peanut', 'munchkin', 'nugget', 'bundle', 'angel', 'prince', 'princess', 'ones', 'guys']);

/** "Jen's son", "Lupe's great-grandma": the index of the family word after the colleague's name
 *  (ending at word `last`) in the possessive, or -1. */
export function colleaguesFamilyWordAt(doc: Doc, last: number): number {
  const words = doc.words;
  if (!isPossessive(doc, last)) return -1;
  const s = words[last]!.sentence;
  for (let i = last + 1; i <= last + 3; i++) {
    const w = words[i];
    if (!w || w.sentence !== s) return -1;
    // "Sofia's little guy", "Jen's new little man": a fond noun for a child after a modifier
    if (isFamilyWord(w.base) || (i > last + 1 && CHILD_NOUNS.has(w.base))) return i;
    if (!FAMILY_MODIFIERS.has(w.base)) return -1;
  }
  return -1;
}

/** Whether the family word at `family` follows a colleague's possessive ("Jen's new baby"). */
function namedByColleaguesPossessive(doc: Doc, family: number, staffNameEnds: ReadonlySet<number>): boolean {
  for (let end = family - 1; end >= family - 3 && end >= 0; end--) {
    if (staffNameEnds.has(end)) return colleaguesFamilyWordAt(doc, end) === family;
  }
  return false;
}

/**
 * Marks as staff (not patients) the mentions that name a colleague's family member in a
 * congratulation to that colleague: a name right after a family word ("baby Lucas", "her
 * husband Tom"), in or next to a sentence that congratulates and names a colleague, with no
 * care word in its own sentence.
 */
export function markStaffFamily(doc: Doc, mentions: PersonMention[]): void {
  const words = doc.words;
  const staffSentences = new Set<number>();
  const staffNameEnds = new Set<number>();
  for (const m of mentions) {
    if (!m.staff) continue;
    staffSentences.add(m.sentence);
    staffNameEnds.add(m.lastWord);
  }
  if (staffSentences.size === 0) return;
  const congratulated = congratulationSentences(doc);
  let care: CareSentences | undefined;
  for (const m of mentions) {
    if (m.staff || m.public) continue;
    const before = words[m.firstWord - 1];
    if (!before || before.sentence !== m.sentence || !RELATION_WORDS.has(before.base)) continue;
    const s = m.sentence;
    // "Jen's son Lucas" says whose family it is; otherwise the colleague and the congratulation
    // in this sentence or one next to it
    const colleaguesOwn = (staffNameEnds.has(m.firstWord - 2) && isPossessive(doc, m.firstWord - 2)) || namedByColleaguesPossessive(doc, m.firstWord - 1, staffNameEnds);
    const congratulation = inOrNextTo(staffSentences, s) && inOrNextTo(congratulated, s);
    if (!colleaguesOwn && !congratulation) continue;
    care ??= careWordSentences(doc);
    // With no congratulation, care in the next sentences makes it a patient's story too.
    if (congratulation ? care.has(s) : careInStory(care, s)) continue;
    m.staff = true;
  }
  markNamesAfterFamilyNews(doc, mentions, staffSentences, staffNameEnds);
}

/**
 * "Sofia's twins turn 3 today, happy birthday Ava and Leo!", "Congrats Jen! Her twins turn 3,
 * happy birthday Ava and Leo!": once a colleague's family is told in a sentence that
 * celebrates, the names after the family word in that sentence are the family's, not
 * patients. So are the bare given names in a wish right before or after that sentence
 * ("Sofia's twins turn 3 today! Happy birthday Ava and Leo!"); a titled name there ("Mrs. Lee")
 * is someone else. A care or patient word in the sentence (or, told by the possessive alone,
 * in the story after it) keeps them patients: "Sofia's twins had their cleanings today, great
 * job Ava and Leo!".
 */
function markNamesAfterFamilyNews(doc: Doc, mentions: PersonMention[], staffSentences: ReadonlySet<number>, staffNameEnds: ReadonlySet<number>): void {
  let familyAt: Map<number, number> | undefined; // sentence → its first word telling a colleague's family
  for (const m of mentions) {
    if (m.staff || m.public) continue;
    familyAt ??= familyWordsBySentence(doc, staffSentences, staffNameEnds);
    if (familyAt.size === 0) return;
    const s = m.sentence;
    const at = familyAt.get(s);
    let told: number; // the sentence that tells the family news
    if (at !== undefined) {
      if (m.firstWord <= at || !celebrates(doc, s)) continue;
      told = s;
    } else {
      // a wish next to the news: bare given names only
      told = familyAt.has(s - 1) ? s - 1 : familyAt.has(s + 1) ? s + 1 : -1;
      if (told < 0 || m.kind === 'title' || m.kind === 'doctor' || !celebrates(doc, s)) continue;
    }
    const care = careWordSentences(doc);
    if (care.has(s) || care.has(told) || (!congratulationSentences(doc).has(told) && careInStory(care, told))) continue;
    m.staff = true;
  }
}

/** Per sentence, the first family word that tells a colleague's family: after the colleague's
 *  possessive ("Sofia's twins"), or next to a congratulation that names a colleague. */
function familyWordsBySentence(doc: Doc, staffSentences: ReadonlySet<number>, staffNameEnds: ReadonlySet<number>): Map<number, number> {
  const words = doc.words;
  const familyAt = new Map<number, number>();
  const tell = (i: number) => {
    const s = words[i]!.sentence;
    if (!(familyAt.get(s)! <= i)) familyAt.set(s, i);
  };
  for (const end of staffNameEnds) {
    const at = colleaguesFamilyWordAt(doc, end);
    if (at >= 0) tell(at);
  }
  // Only the sentences in or next to both a colleague and a congratulation, not every word.
  for (const c of congratulationSentences(doc)) {
    for (let s = c - 1; s <= c + 1; s++) {
      if (!inOrNextTo(staffSentences, s)) continue;
      const [from, to] = sentenceWordRange(doc, s);
      for (let i = from; i < to; i++) if (isFamilyWord(words[i]!.base)) tell(i);
    }
  }
  return familyAt;
}

function celebrates(doc: Doc, s: number): boolean {
  const [from, to] = sentenceWordRange(doc, s);
  for (let i = from; i < to; i++) if (CELEBRATION.has(doc.words[i]!.base)) return true;
  return false;
}
