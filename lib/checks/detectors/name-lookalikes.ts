// Words that look like a person's name but are not one here: a pet's name, a town (a city that is
// also a first name, the practice's own town) or an acronym in capitals.
import type { Doc, Word } from '../doc';
import * as cues from '../lexicons/person-cues';

const { PET_DETERMINERS, PET_NOUNS } = cues;

/** "Stella the therapy dog", "our office pup Biscuit", "my dog Max": an animal's name. */
export function namesAPet(words: readonly Word[], first: number, last: number): boolean {
  const s = words[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 2 && words[k]!.sentence === s; k--) if (PET_NOUNS.has(words[k]!.base)) return true;
  const det = words[last + 1];
  if (!det || det.sentence !== s || !PET_DETERMINERS.has(det.lower)) return false;
  for (let k = last + 2; k < words.length && k <= last + 4 && words[k]!.sentence === s; k++) if (PET_NOUNS.has(words[k]!.base)) return true;
  return false;
}

const placeWordsCache = new WeakMap<object, ReadonlySet<string>>();
/** Words of the practice's own addresses ("Eugene", "Cedar"): its town is a place, not a person.
 *  So is its possessive ("Eugene's water isn't fluoridated"), keyed as the word is written. */
export function practicePlaceWords(profile: Doc['profile']): ReadonlySet<string> {
  let set = placeWordsCache.get(profile);
  if (!set) {
    const words = (profile.addresses ?? []).flatMap((a) => a.toLowerCase().split(/[^a-z'-]+/)).filter((w) => w.length >= 3);
    set = new Set(words.flatMap((w) => [w, `${w}'s`, `${w}’s`]));
    placeWordsCache.set(profile, set);
  }
  return set;
}

/** "Eugene, OR", "Austin, TX": a city that is also a first name. */
export function isPlaceName(doc: Doc, w: Word): boolean {
  return /^, ?[A-Z]{2}\b/.test(doc.norm.slice(w.end, w.end + 4));
}

/** "JADA", "EMMA" in capitals: an acronym or shouting, not a name, unless a surname in capitals follows. */
export function isShouted(w: Word, next: Word | undefined): boolean {
  // ("ADA's": the possessive ending does not make an acronym a name)
  const text = w.lower === w.base ? w.text : w.text.slice(0, w.base.length);
  return text.length > 1 && text === text.toUpperCase() && !(next && next.text.length > 1 && next.text === next.text.toUpperCase() && next.sentence === w.sentence);
}
