// Whether "she", "her", "him" or "his" stands for a colleague (or a colleague's family), not a
// patient. A pronoun in the clause of a colleague named just before it is the colleague's when
// it is the subject or a possessive of the colleague's own things ("Dr. Brandt is back from her
// vacation", "Nurse Amy finished her CPR recertification", "our hygienist Maria and her team"),
// but not when a colleague's care acts on it: "Dr. Patel saw her on Monday", "Nurse Amy gave her
// a shot", "Maria cleaned his teeth" speak of a patient. In a colleague's family news
// (colleague-family.ts) every "he" and "she" is the family's or the colleague's.
import type { Doc } from '../doc';
import { BETWEEN_SUBJECT_AND_VERB, PRACTICE_ACTION_VERBS } from '../lexicons/care-verbs';
import { careTermWithin } from './clause-surroundings';
import { colleagueFamilySentences } from './colleague-family';
import { findPeople } from './people';

// The practice's verbs that are care or dealings done to a person: "saw her", "gave her", "called
// him back". Everyday verbs ("loved", "missed", "made", "kept") a colleague does to anyone.
const EVERYDAY_VERBS = new Set([
  'loved', 'enjoyed', 'missed', 'kept', 'made', 'stayed', 'worked', 'ran', 'left', 'asked', 'got', 'moved', 'wrote', 'turned',
  'served', 'rushed', 'hurt', 'cared', 'replied', 'responded', 'answered', 'submitted', 'verified', 'offered', 'quoted', 'recommended',
]);
const CARE_VERBS: ReadonlySet<string> = new Set([...PRACTICE_ACTION_VERBS].filter((v) => !EVERYDAY_VERBS.has(v)));
// Words that may stand between a care verb and the person it acts on ("saw her", "just saw him").
const BEFORE_OBJECT = new Set(['also', 'personally', 'finally', 'then', 'already', 'just', 'both']);
// After "her", a word that is no noun of hers: "saw her on Monday", "gave her a shot", "called
// her back", "treated her today". Before a noun "her" is a possessive ("her vacation").
const AFTER_OBJECT_HER = new Set([
  'on', 'at', 'in', 'for', 'to', 'with', 'about', 'from', 'by', 'after', 'before', 'during', 'into', 'through', 'over', 'up',
  'out', 'back', 'down', 'off', 'again', 'today', 'yesterday', 'tonight', 'this', 'last', 'next', 'a', 'an', 'the', 'and',
  'but', 'or', 'so', 'twice', 'once', 'right', 'early', 'late', 'since', 'until', 'when', 'while', 'because', 'some', 'two',
  'three', 'that', 'first', 'earlier', 'tomorrow', 'tmrw', 'too', 'herself',
]);
const SUBJECT_PRONOUNS = new Set(['she', 'he', "she's", "he's", 'shes', 'hes', "she'd", "he'd", 'they', 'their', 'them']);

/** Does the pronoun at word `i` stand for a colleague, a colleague's family or a public figure? */
export function pronounIsColleague(doc: Doc, i: number): boolean {
  const w = doc.words[i]!;
  if (colleagueFamilySentences(doc).has(w.sentence)) return true;
  const people = findPeople(doc); // in text order
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.lastWord < i) lo = mid + 1;
    else hi = mid;
  }
  const nearest = people[lo - 1];
  if (!nearest || nearest.sentence !== w.sentence || !(nearest.staff || nearest.public)) return false;
  return !receivesCare(doc, i, nearest.lastWord);
}

/** "Dr. Patel saw her", "gave him a referral", "cleaned his teeth": the pronoun at `i` is what a
 *  care verb after the colleague (who ends at word `after`) acts on, or owns the care term it
 *  acts on. A possessive of anything else ("finished her recertification") is the colleague's. */
function receivesCare(doc: Doc, i: number, after: number): boolean {
  const words = doc.words;
  const low = words[i]!.lower;
  if (SUBJECT_PRONOUNS.has(low)) return false;
  const object = low === 'him' || (low === 'her' && objectHer(doc, i));
  // "saw her own dentist", "fixed his own crown": "own" says the colleague's, whatever the noun.
  if (!object && (words[i + 1]?.lower === 'own' || !careTermWithin(doc, i + 1, i + 3))) return false;
  for (let k = i - 1; k > after && k >= i - 3; k--) {
    const v = words[k]!.lower;
    if (CARE_VERBS.has(v)) return true;
    if (!BEFORE_OBJECT.has(v) && !BETWEEN_SUBJECT_AND_VERB.has(v)) return false;
  }
  return false;
}

/** Is "her" at word `i` an object ("saw her on Monday", "saw her.") rather than a possessive? */
function objectHer(doc: Doc, i: number): boolean {
  const words = doc.words;
  const next = words[i + 1];
  if (!next || next.sentence !== words[i]!.sentence) return true;
  // "saw her, then…", "gave her 2 fillings"; "saw her Monday": a day or a name is no noun of hers.
  if (doc.norm.slice(words[i]!.end, next.start).trim() !== '') return true;
  return AFTER_OBJECT_HER.has(next.lower) || next.cap || (next.lower.charCodeAt(0) >= 48 && next.lower.charCodeAt(0) <= 57);
}
