// A colleague's own family, named in a congratulation to the colleague: "Congrats on baby Lucas,
// Jen!", "Congratulations to our hygienist Jen and her husband Tom on baby Lucas". The news is
// the colleague's, so the family member is no patient, and their name is no patient's name. A
// name with care next to it stays a patient's: "Congrats Jen! Baby Lucas had his first
// cleaning with us today" says Lucas is a patient, whoever his mother is. A colleague's
// possessive says it without a congratulation: "Happy 5th birthday to Jen's son Lucas!".
import type { Doc } from '../doc';
import { RELATION_WORDS } from '../lexicons/relations';
import { findBillingTerms, findEncounterTerms, findHealthTerms } from './care-terms';
import { memoByDoc } from './memo';
import type { PersonMention } from './people';

const CONGRATULATION = new Set(['congrats', 'congratulations', 'congratulation', 'congrat', 'mazel', 'felicidades', 'felicitaciones']);

/** Sentences with a care, visit or billing word: a name there stays a patient's. A provider
 *  word is the colleague's job ("our hygienist Jen"), not care. Shared with colleague-family.ts. */
export const careWordSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const list of [findHealthTerms(doc), findEncounterTerms(doc), findBillingTerms(doc)]) {
    for (const m of list) if (m.kind !== 'provider') set.add(doc.words[m.first]!.sentence);
  }
  return set;
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
export function careInStory(care: ReadonlySet<number>, s: number): boolean {
  for (let t = s; t <= s + STORY_REACH; t++) if (care.has(t)) return true;
  return false;
}

/** "Jen's": word `w` (the end of a colleague's name) is in the possessive. */
export const isPossessive = (doc: Doc, w: number) => /['’]s$/.test(doc.words[w]!.lower);

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
  let care: ReadonlySet<number> | undefined;
  for (const m of mentions) {
    if (m.staff || m.public) continue;
    const before = words[m.firstWord - 1];
    if (!before || before.sentence !== m.sentence || !RELATION_WORDS.has(before.base)) continue;
    const s = m.sentence;
    // "Jen's son Lucas" says whose family it is; otherwise the colleague and the congratulation
    // in this sentence or one next to it
    const colleaguesOwn = staffNameEnds.has(m.firstWord - 2) && isPossessive(doc, m.firstWord - 2);
    const congratulation = inOrNextTo(staffSentences, s) && inOrNextTo(congratulated, s);
    if (!colleaguesOwn && !congratulation) continue;
    care ??= careWordSentences(doc);
    // With no congratulation, care in the next sentences makes it a patient's story too.
    if (congratulation ? care.has(s) : careInStory(care, s)) continue;
    m.staff = true;
  }
}
