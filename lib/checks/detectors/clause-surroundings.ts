// What stands around a clause's verb, for care-clauses.ts: care terms nearby, staff named in the
// text, the practice as a subject ("we", "our front desk", "Dr. Lee"), the staff or the practice's
// rooms after a verb, and where an object ends or whether it is the review itself.
import type { Doc, Word } from '../doc';
import { NON_CARE_OBJECTS, PRACTICE_SUBJECT_NOUNS } from '../lexicons/care-verbs';
import { STAFF_ROLE_WORDS } from '../lexicons/care-words';
import { staffNameParts } from '../profile';
import { findBillingTerms, findEncounterTerms, findHealthTerms } from './care-terms';
import { memoByDoc } from './memo';
import { findPeople } from './people';

export const WE = new Set(['we', "we've", "we'd", 'i', "i've"]);
// Before a subject, these make the clause a condition, a question or a wish, not a report
// ("which one of you left a retainer" asks a group).
export const NOT_A_REPORT = new Set(['of', 'if', 'which', 'whichever', 'unless', 'whether', 'thank', 'hope', 'wish', 'whoever', 'what', 'whatever']);

/** Word indices that begin a care, record or billing term ("cleaning", "X-rays", "estimate"). */
const careTermStarts = memoByDoc((doc: Doc): Uint8Array => {
  const marks = new Uint8Array(doc.words.length);
  for (const list of [findHealthTerms(doc), findEncounterTerms(doc), findBillingTerms(doc)]) {
    for (const m of list) marks[m.first] = 1;
  }
  return marks;
});

export function careTermWithin(doc: Doc, from: number, to: number): boolean {
  const marks = careTermStarts(doc);
  const words = doc.words;
  const sentence = words[from]?.sentence;
  for (let k = Math.max(0, from); k <= to && k < words.length && words[k]!.sentence === sentence; k++) if (marks[k]) return true;
  return false;
}

/** Staff named in the text ("Dr. Brandt", "Lupe at the front desk"), by word index. */
const staffWords = memoByDoc((doc: Doc): Uint8Array => {
  const marks = new Uint8Array(doc.words.length);
  for (const p of findPeople(doc)) if (p.staff) for (let k = p.firstWord; k <= p.lastWord; k++) marks[k] = 1;
  return marks;
});

// "nobody", "everyone" are the practice's people only when said so ("nobody here", "everyone on
// our team"); "nobody asked you" is an insult to anyone.
const WHOEVER_SUBJECTS = new Set(['nobody', 'everyone']);
export const isPracticeSubject = (doc: Doc, k: number) => {
  const w = doc.words[k]!;
  if (WHOEVER_SUBJECTS.has(w.base)) {
    const next = doc.words[k + 1]?.lower;
    return next === 'here' || (!!next && OBJECT_ENDS.has(next) && (doc.words[k + 2]?.lower === 'our' || doc.words[k + 2]?.lower === 'the'));
  }
  return WE.has(w.lower) || PRACTICE_SUBJECT_NOUNS.has(w.base) || STAFF_ROLE_WORDS.has(w.base) || STAFF_ROLE_WORDS.has(w.base.replace(/s$/, '')) || staffWords(doc)[k] === 1 || (w.cap && staffNameParts(doc.profile).has(w.base));
};

// A preposition ends the object: "arrived on time" has no object "time".
const OBJECT_ENDS = new Set(['on', 'at', 'in', 'for', 'to', 'with', 'about', 'from', 'by', 'after', 'before', 'during']);

/** Does the object after the verb speak of the review, not of care ("we read your review")? */
export function objectIsReview(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + 3; k++) {
    if (words[k]!.sentence !== words[from]!.sentence || OBJECT_ENDS.has(words[k]!.lower)) return false;
    if (NON_CARE_OBJECTS.has(words[k]!.base)) return true;
  }
  return false;
}

/** Where the object ends: "your daughter", "your chart", or just "you". */
export function objectEnd(doc: Doc, obj: number): number {
  const w = doc.words[obj]!;
  const next = doc.words[obj + 1];
  if (w.lower === 'your' && next && next.sentence === w.sentence) return next.end;
  return w.end;
}

const PRACTICE_PLACES = new Set(['waiting', 'lobby', 'office', 'clinic', 'chair', 'operatory', 'hallway', 'bathroom', 'restroom', 'parking', 'exam', 'front']);

/** A staff role or staff name within six words after word `v` ("… at our receptionist"). */
export function staffAfter(doc: Doc, v: number): boolean {
  const words = doc.words;
  const sentence = words[v]!.sentence;
  for (let k = v + 1; k < words.length && k <= v + 6 && words[k]!.sentence === sentence; k++) {
    const w = words[k]!;
    if (w.lower === 'and' || w.lower === 'but') return false;
    if ((PRACTICE_SUBJECT_NOUNS.has(w.base) && w.base !== 'everyone' && w.base !== 'office') || staffWords(doc)[k] === 1) return true;
    // "your mom fell in our waiting room", "you yelled in the lobby": a deed at the practice.
    if (PRACTICE_PLACES.has(w.base) && (words[k - 1]?.lower === 'our' || words[k - 1]?.lower === 'the')) return true;
  }
  return false;
}
