// Care and billing words that are part of something else's name or label, not anyone's care:
// a street or a business ("Hayden Bridge Way", "Cascade Recovery Services"), a numbered room
// ("left in op 2", "under chair 4"), a given name that is also a billing word ("Ella and Max",
// "tell Bill").
import type { Doc } from '../doc';
import { ORG_FOLLOWERS } from '../lexicons/person-cues';
import { isGivenName } from './person-name-words';
import type { PhraseMatch } from './phrase-index';

// Words that end a street's or an organisation's name, beyond the person cues' list.
const NAME_ENDINGS = new Set([
  ...ORG_FOLLOWERS, 'services', 'service', 'group', 'associates', 'agency', 'solutions', 'partners', 'company', 'co', 'inc', 'llc',
  'corp', 'collections', 'systems', 'point', 'plaza', 'pointe', 'crossing', 'commons', 'square', 'network', 'institute', 'society',
]);
// Care nouns that name a room or a seat when a number follows: "op 2", "chair 4", "room 3".
const NUMBERED_PLACES = new Set(['op', 'operatory', 'chair', 'room', 'bay']);

/** The care term is part of a capitalised name that a street or organisation word ends
 *  ("Hayden Bridge Way", "Cascade Recovery Services"), or a room with its number ("op 2"). */
export function careWordInAName(doc: Doc, m: PhraseMatch<unknown>): boolean {
  const words = doc.words;
  const first = words[m.first]!;
  const last = words[m.first + m.count - 1]!;
  const next = words[m.first + m.count];
  const sameSentence = !!next && next.sentence === last.sentence;
  if (sameSentence && m.count === 1 && NUMBERED_PLACES.has(first.lower) && /^\d{1,3}$/.test(next.lower)) return true;
  if (!first.cap || !sameSentence || !next.cap || !NAME_ENDINGS.has(next.base)) return false;
  // Capitalised mid-sentence, so not just the sentence's first word ("Bridge came loose" is a bridge).
  const prev = words[m.first - 1];
  return !!prev && prev.sentence === first.sentence;
}

/** A one-word billing term written as a given name mid-sentence: "Ella and Max", "thanks, Bill!". */
export function billingWordIsAName(doc: Doc, m: PhraseMatch<unknown>): boolean {
  if (m.count !== 1) return false;
  const w = doc.words[m.first]!;
  const prev = doc.words[m.first - 1];
  return w.cap && w.lower === w.base && !!prev && prev.sentence === w.sentence && isGivenName(w.base);
}
