// The practice does something to the person, in the past: "we called you three times", "our
// front desk told you", "the hygienist ran late for you", "we tried to call you".
import type { Doc } from '../doc';
import { BETWEEN_SUBJECT_AND_VERB, PRACTICE_ACTION_VERBS, isPastForm } from '../lexicons/care-verbs';
import type { ClauseHit } from './care-clauses';
import { isPracticeSubject, NOT_A_REPORT, objectEnd, objectIsReview, WE } from './clause-surroundings';

// Also a short span of time: "spent an hour with you", "stayed an extra 20 minutes for you".
const PARTICLES = new Set(['in', 'up', 'for', 'to', 'about', 'at', 'with', 'back', 'late', 'out', 'off', 'on', 'over', 'down', 'away', 'early', 'again', 'already', 'also', 'just', 'twice', 'personally', 'directly', 'both', 'all', 'an', 'a', 'extra', 'hour', 'hours', 'minute', 'minutes', 'whole', 'half']);
const HONORIFICS = new Set(['sahib', 'saheb', 'sahab', 'saab', 'ji', 'sir', 'madam', 'maam', "ma'am", 'sensei']);
const CARE_INFINITIVES = new Set(['see', 'treat', 'squeeze', 'fit', 'call', 'text', 'email', 'reach', 'contact', 'help', 'accommodate', 'schedule', 'book', 'get', 'examine', 'fix', 'numb', 'refund', 'bill', 'charge', 'reschedule', 'rebook', 'move', 'cancel', 'bump', 'dismiss', 'discharge']);

/** The practice → the person: a past action verb, a practice subject before it, "you" after. */
export function practiceActsOn(doc: Doc, obj: number): ClauseHit | undefined {
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
      // An honorific after a title ("Doctor sahib checked", "Doctor ji saw") belongs to the subject.
      if (!BETWEEN_SUBJECT_AND_VERB.has(w.lower) && w.lower !== 'had' && w.lower !== 'who' && !(s === v - 1 && (w.cap || HONORIFICS.has(w.lower)))) break;
    }
  }
  return undefined;
}

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
