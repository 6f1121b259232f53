// The person does their part in a visit, in the past: "you came in", "you cancelled twice",
// "you've never been here", "she waited 40 minutes", "you had a cleaning", "you yelled at our
// receptionist"; or pays or owes: "you didn't pay", "you owe nothing" (billing).
import type { Doc } from '../doc';
import { BETWEEN_SUBJECT_AND_VERB, PATIENT_PAST_VERBS, PATIENT_WEAK_VERBS, PAYMENT_VERBS, isPastForm } from '../lexicons/care-verbs';
import type { ClauseHit } from './care-clauses';
import { careTermWithin, NOT_A_REPORT, objectIsReview, staffAfter } from './clause-surroundings';
import { dateInClauseAfter } from './dated-clause';

// "you were seen", "you've never been here": a be-verb and what follows it.
const BE_FORMS = new Set(['were', 'was', 'been', "weren't", "wasn't"]);
const BE_COMPLEMENTS = new Set([
  'seen', 'treated', 'here', 'in', 'late', 'numb', 'sedated', 'scheduled', 'booked', 'charged', 'billed', 'given', 'told',
  'called', 'referred', 'prescribed', 'diagnosed', 'discharged', 'dismissed', 'examined', 'checked', 'rude', 'asleep',
  'under', 'x', 'xrayed', 'fitted', 'cleaned', 'offered', 'quoted', 'sent', 'reminded', 'warned', 'informed', 'moved',
]);
const CARE_TERM_REACH = 8;
// "you didn't pay", "he never came": a past told with an auxiliary keeps the verb's plain form.
const DID_AUX = new Set(["didn't", 'did', 'never', "don't", 'not']);
const PAST_OF: Readonly<Record<string, string>> = {
  get: 'got', have: 'had', come: 'came', show: 'showed', pay: 'paid', take: 'took', leave: 'left', sit: 'sat', wait: 'waited',
  book: 'booked', cancel: 'cancelled', sign: 'signed', bring: 'brought', give: 'gave', tell: 'told', see: 'saw', need: 'needed',
  want: 'wanted', ask: 'asked', arrive: 'arrived', visit: 'visited', call: 'called', read: 'read',
};
// Verbs of coming: "you came in" is a visit, "you came to our booth at the fair" is not.
// Casual arrivals count the same: "you rocked up 25 minutes late", "she rolled in at 4:50".
const MOTION_VERBS = new Set(['came', 'walked', 'stopped', 'dropped', 'picked', 'brought', 'rocked', 'rolled', 'turned', 'strolled', 'waltzed', 'popped', 'swung', 'wandered', 'breezed', 'sauntered']);
const TAKING_VERBS = new Set(['brought', 'dropped', 'picked']);
// (not "up": "you brought it up" raises a topic)
const TAKEN_PARTICLES = new Set(['in', 'off', 'by', 'over']);
// "up" is an arrival only when lateness or a span of time follows: "turned up 20 minutes late",
// not "turned up the music".
const ARRIVAL_TIMING = new Set(['late', 'early', 'minutes', 'mins', 'min', 'hour', 'hours', 'hrs', 'time', 'after', 'before', 'without', 'unannounced']);
const HERE_PARTICLES = new Set(['in', 'by', 'back', 'here', 'over', 'early', 'late']);
const HERE_PLACES = new Set(['office', 'clinic', 'practice', 'appointment', 'visit', 'us', 'see']);

/** The person → the visit: "you came in", "she waited", "you had a cleaning". */
export function personActs(doc: Doc, subj: number): ClauseHit | undefined {
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

/** After a verb of coming: in/by/back/here, "to us", "to our office", or a care word soon after. */
function cameHere(doc: Doc, v: number): boolean {
  const words = doc.words;
  const sentence = words[v]!.sentence;
  const next = words[v + 1];
  if (!next || next.sentence !== sentence) return false;
  if (HERE_PARTICLES.has(next.lower)) return true;
  // "brought Leilani in", "dropped the twins off": a short object between the verb and its particle
  if (TAKING_VERBS.has(words[v]!.lower)) {
    for (let k = v + 2; k <= v + 4 && words[k]?.sentence === sentence && words[k]!.lower !== 'up'; k++) if (TAKEN_PARTICLES.has(words[k]!.lower)) return true;
  }
  if (next.lower === 'up') {
    for (let k = v + 2; k <= v + 5 && words[k]?.sentence === sentence; k++) if (ARRIVAL_TIMING.has(words[k]!.lower)) return true;
  }
  for (let k = v + 1; k <= v + 4 && words[k]?.sentence === sentence; k++) if (HERE_PLACES.has(words[k]!.lower)) return true;
  return careTermWithin(doc, v + 1, v + 5) || staffAfter(doc, v);
}
