// A body part is in the condition lexicon because what is said about it is health information
// ("her front teeth were knocked out", "your gums are bleeding"). Named on its own in an
// instruction or a general line ("brush your teeth twice a day", "the dentist counts your
// teeth!") it tells nothing about anyone's health.
import type { Doc } from '../doc';
import { isPastForm } from '../lexicons/care-verbs';
import { findHealthTerms } from './care-terms';
import { memoByDoc } from './memo';
import { speaksWithSympathy } from './specific-reference';

const BODY_PARTS = new Set([
  'teeth', 'tooth', 'gums', 'gum', 'jaw', 'molar', 'molars', 'bite', 'front teeth', 'baby teeth', 'baby tooth', 'adult teeth',
  'gum line', 'mouth', 'tongue', 'lips', 'smile',
]);
// Words right after the part that say something about its state: "your teeth are", "tooth hurts".
const STATE_AFTER = new Set(['will', 'would', 'might', 'could', 'may', "won't", 'should', 'needs', 'need', 'is', 'are', 'was', 'were', "isn't", "aren't", 'still', 'hurts', 'hurt', 'feel', 'feels', 'look', 'looks', 'bleed', 'bleeds', 'got', 'has', 'have', 'had']);

/** Is the health term at `first`…`last` a body part ("gums", "front teeth"), whatever is said of it? */
export function isBodyPart(doc: Doc, first: number, last: number): boolean {
  const words = doc.words;
  if (last === first) return BODY_PARTS.has(words[first]!.lower);
  return BODY_PARTS.has(words.slice(first, last + 1).map((w) => w.lower).join(' '));
}

/** Is the health term at `first`…`last` a bare body part with nothing said about its state:
 *  no other health word, no past or -ing verb in the sentence, no state verb right after? */
export function bareBodyPart(doc: Doc, first: number, last: number): boolean {
  const words = doc.words;
  const key = words.slice(first, last + 1).map((w) => w.lower).join(' ');
  if (!BODY_PARTS.has(key)) return false;
  // "sorry about your son's tooth": sympathy says the part has a problem.
  if (speaksWithSympathy(doc)) return false;
  const sentence = words[first]!.sentence;
  const next = words[last + 1];
  if (next && next.sentence === sentence && (STATE_AFTER.has(next.lower) || isPastForm(next.lower))) return false;
  if ((healthTermCounts(doc).get(sentence) ?? 0) > 1) return false;
  // Only the clause the part is in: "(\"the dentist counts your teeth!\"), and bring a stuffed animal".
  for (let k = first - 1; k >= 0 && words[k]!.sentence === sentence && !clauseBreak(doc, k, k + 1); k--) if (tellsOfAnOccasion(words[k]!.lower)) return false;
  for (let k = last + 1; k < words.length && words[k]!.sentence === sentence && !clauseBreak(doc, k - 1, k); k++) if (tellsOfAnOccasion(words[k]!.lower)) return false;
  return true;
}

const clauseBreak = (doc: Doc, a: number, b: number) => /[,;:()"!?\u201c\u201d\u2014]/.test(doc.norm.slice(doc.words[a]!.end, doc.words[b]!.start));

const NOT_ING_VERBS = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'thing', 'things', 'bring', 'string', 'spring']);
const tellsOfAnOccasion = (low: string) => isPastForm(low) || (low.length > 4 && low.endsWith('ing') && !NOT_ING_VERBS.has(low));

/** How many health terms each sentence holds. */
const healthTermCounts = memoByDoc((doc: Doc) => {
  const counts = new Map<number, number>();
  for (const m of findHealthTerms(doc)) {
    const s = doc.words[m.first]!.sentence;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
});
