// Clauses that narrate dealings between the practice and one person, found by structure rather
// than by phrase lists:
// - the practice does something to the person, in the past: "we called you three times", "our
//   front desk told you", "the hygienist ran late for you", "Dr. Lee saw your son";
// - the person does their part in a visit, in the past: "you came in", "you cancelled twice",
//   "you've never been here", "she waited 40 minutes", "you had a cleaning", "you yelled at our
//   receptionist";
// - the person pays or owes: "you didn't pay", "you owe nothing" (billing).
// Modal and conditional clauses ("we'd love to see you", "if you came in") and talk about the
// review itself ("we read your review") are not encounters.
import type { Doc, Word } from '../doc';
import {
  BETWEEN_SUBJECT_AND_VERB, NON_CARE_OBJECTS, PATIENT_PAST_VERBS, PATIENT_WEAK_VERBS, PAYMENT_VERBS,
  PRACTICE_ACTION_VERBS, PRACTICE_SUBJECT_NOUNS, isPastForm,
} from '../lexicons/care-verbs';
import { STAFF_ROLE_WORDS } from '../lexicons/care-words';
import { RELATION_WORDS } from '../lexicons/relations';
import { staffNameParts } from '../profile';
import { memoByDoc } from './memo';
import { findPeople, publicSentences } from './people';
import { addresseeIdentifiable, findBillingTerms, findEncounterTerms, findHealthTerms, pronounIsPatient } from './ties';
import { dateInClauseAfter } from './dated-clause';
import { SEND_VERBS, practiceSent } from './practice-sent';

export interface ClauseHit {
  start: number;
  end: number;
  kind: 'relationship' | 'billing';
  sentence: number;
}

const YOU_OBJECT = new Set(['you', 'your', 'ya', 'u', 'ur', 'yourself']);
const YOU_SUBJECT = new Set(['you', "you've", "you'd", 'u', 'ya']);
const THIRD_SUBJECT = new Set(['he', 'she', "he'd", "she'd"]);
const THIRD_OBJECT = new Set(['him', 'her']);
const WE = new Set(['we', "we've", "we'd", 'i', "i've"]);
// Before a subject, these make the clause a condition, a question or a wish, not a report
// ("which one of you left a retainer" asks a group).
const NOT_A_REPORT = new Set(['of', 'if', 'which', 'whichever', 'unless', 'whether', 'thank', 'hope', 'wish', 'whoever', 'what', 'whatever']);
// "you were seen", "you've never been here": a be-verb and what follows it.
const BE_FORMS = new Set(['were', 'was', 'been', "weren't", "wasn't"]);
const BE_COMPLEMENTS = new Set([
  'seen', 'treated', 'here', 'in', 'late', 'numb', 'sedated', 'scheduled', 'booked', 'charged', 'billed', 'given', 'told',
  'called', 'referred', 'prescribed', 'diagnosed', 'discharged', 'dismissed', 'examined', 'checked', 'rude', 'asleep',
  'under', 'x', 'xrayed', 'fitted', 'cleaned', 'offered', 'quoted', 'sent', 'reminded', 'warned', 'informed', 'moved',
]);
const CARE_TERM_REACH = 8;
// Also a short span of time: "spent an hour with you", "stayed an extra 20 minutes for you".
const PARTICLES = new Set(['in', 'up', 'for', 'to', 'about', 'at', 'with', 'back', 'late', 'out', 'off', 'on', 'over', 'down', 'away', 'early', 'again', 'already', 'also', 'just', 'twice', 'personally', 'directly', 'both', 'all', 'an', 'a', 'extra', 'hour', 'hours', 'minute', 'minutes', 'whole', 'half']);
// "you didn't pay", "he never came": a past told with an auxiliary keeps the verb's plain form.
const DID_AUX = new Set(["didn't", 'did', 'never', "don't", 'not']);
const PAST_OF: Readonly<Record<string, string>> = {
  get: 'got', have: 'had', come: 'came', show: 'showed', pay: 'paid', take: 'took', leave: 'left', sit: 'sat', wait: 'waited',
  book: 'booked', cancel: 'cancelled', sign: 'signed', bring: 'brought', give: 'gave', tell: 'told', see: 'saw', need: 'needed',
  want: 'wanted', ask: 'asked', arrive: 'arrived', visit: 'visited', call: 'called', read: 'read',
};

/** Word indices that begin a care, record or billing term ("cleaning", "X-rays", "estimate"). */
const careTermStarts = memoByDoc((doc: Doc): Uint8Array => {
  const marks = new Uint8Array(doc.words.length);
  for (const list of [findHealthTerms(doc), findEncounterTerms(doc), findBillingTerms(doc)]) {
    for (const m of list) marks[m.first] = 1;
  }
  return marks;
});

function careTermWithin(doc: Doc, from: number, to: number): boolean {
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
const isPracticeSubject = (doc: Doc, k: number) => {
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
function objectIsReview(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + 3; k++) {
    if (words[k]!.sentence !== words[from]!.sentence || OBJECT_ENDS.has(words[k]!.lower)) return false;
    if (NON_CARE_OBJECTS.has(words[k]!.base)) return true;
  }
  return false;
}

/** Where the object ends: "your daughter", "your chart", or just "you". */
function objectEnd(doc: Doc, obj: number): number {
  const w = doc.words[obj]!;
  const next = doc.words[obj + 1];
  if (w.lower === 'your' && next && next.sentence === w.sentence) return next.end;
  return w.end;
}

/** The practice → the person: a past action verb, a practice subject before it, "you" after. */
function practiceActsOn(doc: Doc, obj: number): ClauseHit | undefined {
  const words = doc.words;
  const sentence = words[obj]!.sentence;
  if (objectIsReview(words, obj)) return undefined;
  for (let v = obj - 1; v >= 0 && v >= obj - 5; v--) {
    const verb = words[v]!;
    if (verb.sentence !== sentence) return undefined;
    if (!isPastForm(verb.lower)) {
      // "we were happy to squeeze your daughter in", "we tried to call you": a care verb after
      // "to", and the practice's past before it.
      if (CARE_INFINITIVES.has(verb.lower) && words[v - 1]?.lower === 'to') return pastPracticeBefore(doc, v - 1, obj);
      // Only particles stand between a verb and its object ("ran late for you", "called you"):
      // "made up to inconvenience you" and "was dirty, but we appreciate you" are other clauses.
      if (!PARTICLES.has(verb.lower)) return undefined;
      continue;
    }
    // Find the subject: up to three words before the verb, only adverbs and auxiliaries between.
    for (let s = v - 1; s >= 0 && s >= v - 4; s--) {
      const w = words[s]!;
      if (w.sentence !== sentence) break;
      if (isPracticeSubject(doc, s)) {
        const byRole = !WE.has(w.lower);
        if (!byRole && !PRACTICE_ACTION_VERBS.has(verb.lower)) return undefined;
        if (NOT_A_REPORT.has(words[s - 1]?.lower ?? '')) return undefined;
        return { start: w.start, end: objectEnd(doc, obj), kind: 'relationship', sentence };
      }
      // "the ER doc who stitched you up": a relative pronoun may stand between subject and verb.
      if (!BETWEEN_SUBJECT_AND_VERB.has(w.lower) && w.lower !== 'had' && w.lower !== 'who' && !(s === v - 1 && w.cap)) break;
    }
  }
  return undefined;
}

const CARE_INFINITIVES = new Set(['see', 'treat', 'squeeze', 'fit', 'call', 'text', 'email', 'reach', 'contact', 'help', 'accommodate', 'schedule', 'book', 'get', 'examine', 'fix', 'numb', 'refund', 'bill', 'charge']);

/** Before "to" at `to`: a past form (up to three words back) and a practice subject before it. */
function pastPracticeBefore(doc: Doc, to: number, obj: number): ClauseHit | undefined {
  const words = doc.words;
  const sentence = words[obj]!.sentence;
  let past = false;
  for (let k = to - 1; k >= 0 && k >= to - 4 && words[k]!.sentence === sentence; k--) {
    if (isPastForm(words[k]!.lower)) past = true;
    else if (past && isPracticeSubject(doc, k)) return { start: words[k]!.start, end: objectEnd(doc, obj), kind: 'relationship', sentence };
  }
  return undefined;
}

/** The person → the visit: "you came in", "she waited", "you had a cleaning". */
function personActs(doc: Doc, subj: number): ClauseHit | undefined {
  const words = doc.words;
  const sentence = words[subj]!.sentence;
  const before = words[subj - 1];
  if (before && before.sentence === sentence && NOT_A_REPORT.has(before.lower)) return undefined;
  if (words[subj - 2]?.sentence === sentence && (words[subj - 2]!.lower === 'if' || words[subj - 2]!.lower === 'which')) return undefined;
  let v = subj + 1;
  while (v < words.length && v <= subj + 4 && BETWEEN_SUBJECT_AND_VERB.has(words[v]!.lower)) v++;
  const verb = words[v];
  if (!verb || verb.sentence !== sentence) return undefined;
  const hit = (end: number, kind: ClauseHit['kind'] = 'relationship'): ClauseHit => ({ start: words[subj]!.start, end, kind, sentence });
  if (verb.lower === 'had' && words[v + 1]?.lower === 'been') v++; // "you had been seen"
  let negatedPresent = false;
  for (let k = subj + 1; k < v; k++) if (DID_AUX.has(words[k]!.lower)) negatedPresent = true;
  const low = negatedPresent ? (PAST_OF[words[v]!.lower] ?? words[v]!.lower) : words[v]!.lower;
  // "you owe it to yourself", "you paid it forward": idioms, not money.
  const idiom = words[v + 1]?.lower === 'it' && (words[v + 2]?.lower === 'to' || words[v + 2]?.lower === 'forward');
  if (PAYMENT_VERBS.has(low) && (isPastForm(low) || low.startsWith('ow')) && !idiom) return hit(verb.end, 'billing');
  if (BE_FORMS.has(low)) {
    const next = words[v + 1];
    if (next && next.sentence === sentence) {
      let c = v + 1;
      while (c < words.length && c <= v + 3 && BETWEEN_SUBJECT_AND_VERB.has(words[c]!.lower)) c++;
      const comp = words[c];
      if (comp && comp.sentence === sentence && (BE_COMPLEMENTS.has(comp.lower) || comp.lower === 'been' && BE_COMPLEMENTS.has(words[c + 1]?.lower ?? ''))) {
        return hit(comp.lower === 'been' ? words[c + 1]!.end : comp.end);
      }
    }
    // "your kids were a joy on Saturday": a past state on a day, said to the person (not "is").
    if (doc.context !== 'post' && low !== 'been' && dateInClauseAfter(doc, v)) return hit(verb.end);
    return staffAfter(doc, v) ? hit(verb.end) : undefined;
  }
  if (!isPastForm(low)) return undefined;
  if (objectIsReview(words, v + 1)) return undefined;
  if (MOTION_VERBS.has(low)) return cameHere(doc, v) ? hit(verb.end) : undefined;
  if (PATIENT_PAST_VERBS.has(low)) return hit(verb.end);
  if (PATIENT_WEAK_VERBS.has(low) && careTermWithin(doc, subj - CARE_TERM_REACH, v + CARE_TERM_REACH)) return hit(verb.end);
  // Any past deed toward the staff: "you yelled at our receptionist", "she hugged Dr. Lee".
  return staffAfter(doc, v) ? hit(verb.end) : undefined;
}

const PRACTICE_PLACES = new Set(['waiting', 'lobby', 'office', 'clinic', 'chair', 'operatory', 'hallway', 'bathroom', 'restroom', 'parking', 'exam', 'front']);

/** "your 91-year-old father", "your son": a relative of the person addressed, as a subject. */
function relationOfYou(words: readonly Word[], i: number): boolean {
  if (!RELATION_WORDS.has(words[i]!.base) || words[i]!.lower !== words[i]!.base) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    if (YOU_OBJECT.has(words[k]!.lower)) return true;
  }
  return false;
}

// Verbs of coming: "you came in" is a visit, "you came to our booth at the fair" is not.
const MOTION_VERBS = new Set(['came', 'walked', 'stopped', 'dropped', 'picked', 'brought']);
const HERE_PARTICLES = new Set(['in', 'by', 'back', 'here', 'over', 'early', 'late']);
const HERE_PLACES = new Set(['office', 'clinic', 'practice', 'appointment', 'visit', 'us', 'see']);

/** After a verb of coming: in/by/back/here, "to us", "to our office", or a care word soon after. */
function cameHere(doc: Doc, v: number): boolean {
  const words = doc.words;
  const sentence = words[v]!.sentence;
  const next = words[v + 1];
  if (!next || next.sentence !== sentence) return false;
  if (HERE_PARTICLES.has(next.lower)) return true;
  for (let k = v + 1; k <= v + 4 && words[k]?.sentence === sentence; k++) if (HERE_PLACES.has(words[k]!.lower)) return true;
  return careTermWithin(doc, v + 1, v + 5) || staffAfter(doc, v);
}

/** A staff role or staff name within six words after word `v` ("… at our receptionist"). */
function staffAfter(doc: Doc, v: number): boolean {
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

/** "saw your son" has the relative as its object; "loved your little one's drawing" has the
 *  drawing, which is care only when a care word follows. */
function relationAsObject(doc: Doc, r: number): boolean {
  const words = doc.words;
  let w = words[r];
  if (!w || !RELATION_WORDS.has(w.base)) return false;
  if (w.base === 'little' && RELATION_WORDS.has(words[r + 1]?.base ?? '')) w = words[++r]!; // "little one"
  return w.lower === w.base || careTermWithin(doc, r + 1, r + 3);
}

export const findCareClauses = memoByDoc((doc: Doc): ClauseHit[] => {
  const words = doc.words;
  const out: ClauseHit[] = [];
  const you = addresseeIdentifiable(doc);
  const publics = publicSentences(doc);
  let lastSentence = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.sentence === lastSentence || publics.has(w.sentence)) continue;
    const low = w.lower;
    let hit: ClauseHit | undefined;
    const youObj = you && YOU_OBJECT.has(low) && !(low === 'your' && !relationAsObject(doc, i + 1) && !careTermWithin(doc, i + 1, i + 3));
    if (youObj || (THIRD_OBJECT.has(low) && pronounIsPatient(doc, i))) hit = practiceActsOn(doc, i);
    if (!hit && ((you && YOU_SUBJECT.has(low)) || (THIRD_SUBJECT.has(low) && pronounIsPatient(doc, i)) || (you && relationOfYou(words, i)))) hit = personActs(doc, i);
    if (!hit && doc.context !== 'post' && SEND_VERBS.has(low)) hit = practiceSent(doc, i);
    if (hit) {
      out.push(hit);
      lastSentence = hit.sentence;
    }
  }
  return out;
});
