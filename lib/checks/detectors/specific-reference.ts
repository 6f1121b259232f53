// Is a care word about one particular occasion rather than care in general? "the new crown",
// "that second crown", "six fillings", "finishing Invisalign", "braces done", "a FREE exam"
// point at something that happened to someone; "crowns last for years" does not. In a reply or
// comment, such a reference is the person's own care even when no "your" stands before it.
import type { Doc } from '../doc';
import { isPastForm } from '../lexicons/care-verbs';
import { memoByDoc } from './memo';
import { firstWordOfSentence } from './sentence-at';

const DEFINITE = new Set(['the', 'that', 'this', 'those', 'these', 'same']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'both', 'several', 'second', 'third', 'next', 'whole']);
const INDEFINITE = new Set(['a', 'an', 'any', 'every', 'no', 'each', 'your']);
const SPANS = new Set(['months', 'years', 'weeks', 'days', 'month', 'year', 'week']);
// Verbs of going through care: "finishing Invisalign", "recovering from the extraction".
const PROGRESS_BEFORE = new Set([
  'finishing', 'finished', 'completing', 'completed', 'starting', 'started', 'survived', 'surviving', 'beat', 'beating',
  'recovering', 'recovered', 'healing', 'healed', 'congrats', 'congratulations',
]);
// Words after a care word that say how that one thing went: "braces off", "cast coming off".
const PROGRESS_AFTER = new Set([
  'off', 'done', 'out', 'finished', 'complete', 'completed', 'removed', 'healed', 'healing', 'holding', 'coming', 'came',
  'wore', 'wearing', 'worked', 'working', 'treating', 'went', 'turned', 'fell', 'broke', 'cracked', 'hurt', 'hurting',
  'stopped', 'kicked', 'started', 'looked', 'looks', 'feels', 'felt', 'took',
]);
const DIAGNOSING = new Set(['definitely', 'probably', 'likely', 'clearly', 'obviously']);
const LOOKS = new Set(['sounds', 'looks', 'seems', 'sound', 'look', 'seem']);
// Instructions to anyone ("Just take two Advil", "rinse and skip the appointment"): a sentence
// that starts with one of these verbs gives advice; it does not tell the person's history.
const ADVICE_VERBS = new Set([
  'take', 'try', 'rinse', 'use', 'avoid', 'apply', 'put', 'keep', 'give', 'skip', 'brush', 'floss', 'stop', 'ice', 'eat',
  'drink', 'chew', 'swish', 'alternate', 'gargle', 'pack', 'switch', 'start', 'make', 'book', 'schedule', 'bring', 'ask',
  'check', 'remember', 'consider', 'talk', 'contact', 'mix', 'soak', 'wear', 'spit',
]);
const LEAD_INS = new Set(['just', 'please', 'pls', 'plz', 'so', 'ok', 'okay', 'then', 'and', 'also', 'maybe', 'simply', 'honestly', 'definitely']);

/** Does the sentence starting at word `first` open with an instruction ("Just take two Advil")? */
export function sentenceGivesAdvice(doc: Doc, first: number): boolean {
  const words = doc.words;
  const sentence = words[first]?.sentence;
  let k = first;
  while (k < words.length && words[k]!.sentence === sentence && LEAD_INS.has(words[k]!.lower)) k++;
  const w = words[k];
  return !!w && w.sentence === sentence && ADVICE_VERBS.has(w.lower);
}

// Words that make a care word free or discounted: "a FREE exam" (a fee waived is billing too).
export const FREE_WORDS = new Set(['free', 'complimentary', 'discounted', 'comped', 'courtesy']);

/** The words before word `i` (up to three, same sentence) make it one particular occasion. */
export function specificBefore(doc: Doc, i: number): boolean {
  const words = doc.words;
  const sentence = words[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = words[k]!;
    if (w.sentence !== sentence) return false;
    const low = w.lower;
    if (DEFINITE.has(low) || NUMBER_WORDS.has(low) || PROGRESS_BEFORE.has(low) || FREE_WORDS.has(low)) return true;
    // "first dental visit ever" is one occasion; "a missed first appointment" is any.
    if (low === 'first' && !INDEFINITE.has(words[k - 1]?.lower ?? '') && !INDEFINITE.has(words[k - 2]?.lower ?? '')) return true;
    if (/^\d{1,3}$/.test(low) && !isClockTime(doc, k)) return true;
    if (low === 'of' && SPANS.has(words[k - 1]?.lower ?? '')) return true; // "18 months of braces"
    // "sounds like dry socket", "that's definitely a cracked tooth": a diagnosis of this person.
    if (DIAGNOSING.has(low) || (low === 'like' && LOOKS.has(words[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** "7:30 am", "9 pm": a number that is a time of day, not a count. */
function isClockTime(doc: Doc, k: number): boolean {
  const w = doc.words[k]!;
  const next = doc.words[k + 1]?.lower;
  return doc.norm.charCodeAt(w.end) === 58 /* : */ || doc.norm.charCodeAt(w.start - 1) === 58 || next === 'am' || next === 'pm';
}

/** "the estimate", "that refund": a definite article or demonstrative up to two words before. */
export function definiteBefore(doc: Doc, i: number): boolean {
  const words = doc.words;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    if (DEFINITE.has(words[k]!.lower)) return true;
  }
  return false;
}

/** The word after a care phrase ending at word `last` says how that one thing went. */
export function specificAfter(doc: Doc, last: number): boolean {
  const words = doc.words;
  const next = words[last + 1];
  if (!next || next.sentence !== words[last]!.sentence) return false;
  if (PROGRESS_AFTER.has(next.lower)) return true;
  // "a cleaning that took a whole 45 minutes": a relative clause in the past is one occasion.
  return (next.lower === 'that' || next.lower === 'which') && isPastForm(words[last + 2]?.lower ?? '');
}

/** A free or discounted care word: "a free cleaning", "your complimentary exam". */
export function freeBefore(doc: Doc, i: number): boolean {
  const words = doc.words;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    if (FREE_WORDS.has(words[k]!.lower)) return true;
  }
  return false;
}

// Sympathy said to the person: a condition named in the same text is theirs ("So sorry you're
// dealing with that! Toothaches can have a lot of causes").
const SYMPATHY = /\b(?:sorry (?:to hear|you're|you are|you've|you have|about your|about the|for your)|sending (?:you )?(?:hugs|love|healing)|hope (?:you|he|she|they|your)(?:'re| are| feel| get| heal| recover|r)|feel better|get well|hang in there|thinking of you|(?:totally|we) hear you|sounds (?:so |really )?(?:painful|rough|awful|miserable|scary|tough|hard)|poor (?:thing|baby|kiddo|guy|girl|kid|you|buddy)|yikes|ouch|ugh|oof|oh no|are the worst|is the worst)\b/;

// -ing words that are no verbs.
const NOT_ING_VERB = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'thing', 'things', 'spring', 'bring', 'string', 'ceiling', 'wedding', 'building', 'parking', 'clothing', 'feeling', 'feelings', 'meeting', 'amazing', 'interesting', 'outstanding', 'upcoming', 'ongoing', 'boring', 'following']);

/** Does the sentence tell of something that happened or is happening (a past form or an -ing
 *  verb), rather than state a general truth ("the HPV vaccine helps prevent cancers")? */
export function sentenceNarrates(doc: Doc, first: number): boolean {
  const words = doc.words;
  const sentence = words[first]?.sentence;
  for (let k = first; k < words.length && words[k]!.sentence === sentence; k++) {
    const low = words[k]!.lower;
    if (isPastForm(low) || (low.length > 4 && low.endsWith('ing') && !NOT_ING_VERB.has(low))) return true;
  }
  return false;
}

export const speaksWithSympathy = memoByDoc((doc: Doc) => doc.context !== 'post' && SYMPATHY.test(doc.lower));

/** "You can pay your bill online", "you may bring your card": a sentence of ability or
 *  permission with "you" as subject, and nothing in the past. */
export function sentenceSaysWhatAnyoneMay(doc: Doc, sentence: number): boolean {
  const first = firstWordOfSentence(doc, sentence);
  const words = doc.words;
  for (let k = first; k + 1 < words.length && words[k + 1]!.sentence === sentence; k++) {
    if (words[k]!.lower === 'you' && (words[k + 1]!.lower === 'can' || words[k + 1]!.lower === 'may')) return !sentenceNarrates(doc, first);
    // "The deductible depends on your plan", "coverage varies by plan": how things go for anyone.
    if (VARIES.has(words[k]!.lower) && VARIES_BY.has(words[k + 1]!.lower)) return !sentenceNarrates(doc, first);
  }
  return false;
}

const VARIES = new Set(['depends', 'depend', 'depending', 'varies', 'vary', 'differs', 'differ']);
const VARIES_BY = new Set(['on', 'by', 'with', 'from']);

const RATING_WORDS = new Set(['star', 'stars', 'review', 'rating']);
const RATED_FOR = new Set(['for', 'over', 'because']);

/** "a 1-star for a FREE exam", "two stars over one cleaning": in a review reply, the care the
 *  rating was given for is the reviewer's. */
export function ratedFor(doc: Doc, i: number): boolean {
  const words = doc.words;
  const sentence = words[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 4 && words[k]!.sentence === sentence; k--) {
    if (!RATED_FOR.has(words[k]!.lower)) continue;
    for (let r = k - 1; r >= 0 && r >= k - 2 && words[r]!.sentence === sentence; r--) if (RATING_WORDS.has(words[r]!.lower)) return true;
    return false;
  }
  return false;
}

const PER = new Set(['a', 'per', 'each', 'every']);
const PERIODS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'calendar', 'benefit', 'plan']);

/** "two cleanings a year", "2 x-rays every 6 months": a count of care per period is a rule of a
 *  plan, not occasions ("in the chair every six months" of one person stays that person's care). */
export function countPerPeriod(doc: Doc, first: number, last: number): boolean {
  const words = doc.words;
  const sentence = words[last]!.sentence;
  const count = words[first - 1];
  if (!count || count.sentence !== sentence || !(NUMBER_WORDS.has(count.lower) || /^\d{1,3}$/.test(count.lower))) return false;
  const per = words[last + 1];
  if (!per || per.sentence !== sentence || !PER.has(per.lower)) return false;
  for (let k = last + 2; k <= last + 3 && words[k]?.sentence === sentence; k++) if (PERIODS.has(words[k]!.lower)) return true;
  return false;
}

// Words that say a thing of care broke: "a broken bracket", "the loose crown".
const DAMAGE = new Set(['broken', 'broke', 'cracked', 'chipped', 'lost', 'loose', 'bent', 'snapped', 'popped', 'fell', 'missing']);

/** "a broken bracket", "her loose crown": a damage word up to two words before word `i`. */
export function damagedBefore(doc: Doc, i: number): boolean {
  const words = doc.words;
  for (let k = i - 1; k >= 0 && k >= i - 2 && words[k]!.sentence === words[i]!.sentence; k--) if (DAMAGE.has(words[k]!.lower)) return true;
  return false;
}
