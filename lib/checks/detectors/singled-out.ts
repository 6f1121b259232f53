// One particular person singled out in a sentence, without a name: "the 11am today was a senior
// with mono", "a 68yo bank manager", "the guy in the Broncos hat who just had 3 extractions", a
// hearing aid with its serial number. Care words in such a sentence belong to that person.
import type { Word, Doc } from '../doc';
import { BETWEEN_SUBJECT_AND_VERB, isPastForm } from '../lexicons/care-verbs';
import { PERSON_NOUNS } from '../lexicons/relations';
import { memoByDoc } from './memo';
import { sentenceWordsOf } from './sentence-words';

// Sentences with these speak in general ("if", "should", "most people"), not about one person.
const GENERIC_CUES = new Set(['if', 'when', 'whenever', 'should', 'can', 'could', 'might', 'most', 'many', 'every', 'any', 'anyone', 'someone', 'people', 'tips', 'signs', 'ask', 'everyone']);
const TIME_CUES = new Set(['rn', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'am', 'pm', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "one family in particular who no-showed": "one" picks out a person as "a" does.
const SPECIFIC_DETERMINERS = new Set(['the', 'this', 'that', 'a', 'our', 'one']);

/** "the 11am today was a senior with mono", "a Bellbrook HS senior … today", "the lady who
 *  fainted in the waiting room": one particular person, with a time or a past deed, no generic talk. */
const singlesOutCache = memoByDoc(() => new Map<number, boolean>());
export function sentenceSinglesOut(doc: Doc, sentence: number): boolean {
  const cache = singlesOutCache(doc);
  let v = cache.get(sentence);
  if (v === undefined) cache.set(sentence, (v = singlesOutPerson(sentenceWordsOf(doc, sentence))));
  return v;
}

function singlesOutPerson(words: readonly Word[]): boolean {
  let person = false;
  let time = false;
  let generic = false;
  let deed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (GENERIC_CUES.has(w.lower)) generic = true;
    const digit = w.lower.charCodeAt(0) <= 57; // digits sort before letters: test the regexes only then
    if (TIME_CUES.has(w.lower) || (digit && /^\d{1,2}(?:am|pm)$/.test(w.lower))) time = true;
    if (LAST_SPANS.has(w.lower) && words[i - 1]?.lower === 'last') time = true; // "last week"
    if (w.lower === 'just' && isPastForm(words[i + 1]?.lower ?? '')) time = true; // "just took her first steps"
    if ((digit && /^\d{1,3}(?:yo|yr)$/.test(w.lower)) || (w.lower === 'old' && AGE_UNITS.has(words[i - 1]?.lower ?? '') && isAge(words, i - 2))) person = time = true; // "a 68yo bank manager"
    if ((w.lower === 'yo' || w.lower === 'y') && isAge(words, i - 1)) person = time = true; // "a 92 yo patient"
    if (w.lower === 'serial') person = time = true; // a device with its serial number belongs to one person
    // "one family in particular who no-showed": a family is one party only with a deed of its own.
    if (w.lower === 'family' && determinerBefore(words, i) && deedFollows(words, i)) deed = true;
    if (PERSON_NOUNS.has(w.base) && w.base === w.lower && determinerBefore(words, i)) {
      person = true;
      // "the kindergartener who bit Dr. Adeyemi": a deed in the past is one occasion.
      // "the guy in the Broncos hat who just had 3 extractions": one occasion, whatever else is said.
      if (deedFollows(words, i)) deed = true;
    }
  }
  return deed || (!generic && person && time);
}

const AGE_UNITS = new Set(['year', 'yr', 'yrs', 'years']);

/** A person's age: a number up to 120 ("6,500 years old" is no one's age), or a number word. */
function isAge(words: readonly Word[], j: number): boolean {
  const w = words[j];
  if (!w) return false;
  if (!/^\d{1,3}$/.test(w.lower)) return AGE_WORDS.has(w.lower);
  return Number(w.lower) <= 120 && !/^\d+$/.test(words[j - 1]?.lower ?? '');
}
const AGE_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen']);

/** "the guy in the Broncos hat who just had 3 extractions": "who" within six words, then a past. */
function deedFollows(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 6; k++) {
    const low = words[k]!.lower;
    if (low !== 'who' && low !== 'that') continue;
    let v = k + 1;
    while (v < words.length && v <= k + 3 && BETWEEN_SUBJECT_AND_VERB.has(words[v]!.lower)) v++;
    if (words[v]?.lower === 'no' && words[v + 1]?.lower === 'showed') v++; // "who no-showed"
    return isPastForm(words[v]?.lower ?? '');
  }
  return false;
}

const LAST_SPANS = new Set(['week', 'night', 'month', 'weekend', 'time', 'visit']);

/** "the senior", "a Bellbrook HS senior": a specific determiner up to three words before. */
function determinerBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (SPECIFIC_DETERMINERS.has(words[k]!.lower)) return true;
    if (words[k]!.cap && words[k]!.lower !== words[k]!.base) return true; // "Kiki's grandma"
    if (!words[k]!.cap && k < i - 1) return false; // only names or one adjective in between
  }
  return false;
}

