// The owner written next to a care term: just before it ("your", "her", "Emma's", "your son's")
// or just after it ("the referral for your son", "a Medicaid card for Jaxon R."), and the
// determiners that say a term is no one's ("our braces", "the retainer").
import type { Doc } from '../doc';
import { STAFF_ROLE_WORDS } from '../lexicons/care-words';
import { COMMON_WORDS } from '../lexicons/common-words';
import { RELATION_WORDS } from '../lexicons/relations';
import { staffNameParts } from '../profile';
import { addresseeIdentifiable, mentionByLastWord, pronounIsPatient, theirKnown, thirdPersonKnown } from './addressee';
import { pronounIsColleague } from './colleague-pronouns';
import type { TermKind, TieMode } from './care-terms';
import { memoByDoc } from './memo';
import { findPatientMentions, publicSentences } from './people';
import type { PhraseMatch } from './phrase-index';
import type { OwnerKind } from './sentence-owner';
import { sentenceSaysWhatAnyoneMay } from './specific-reference';

const YOU_POSSESSIVE = new Set(['your', 'ur', 'yr']);
// Verbs of asking one's own insurer or doctor: "check with your insurance", "ask your dentist".
// Also what anyone brings to a visit: "bring your insurance card".
const CONSULT_VERBS = new Set(['bring', 'check', 'checking', 'call', 'calling', 'contact', 'contacting', 'ask', 'asking', 'verify', 'consult', 'talk', 'speak']);
const THIRD_POSSESSIVE = new Set(['her', 'his', 'their']);
// A term right after one of these is the practice's or nobody's ("our braces", "the retainer").
const FAR_NOT_OWNED = new Set(['our', 'offer', 'offers', 'provide', 'provides', 'perform', 'performs', 'recommend']);
const NOT_OWNED = new Set(['our', 'any', 'every', 'no', 'all', 'most', 'some', 'offer', 'offers', 'provide', 'provides', 'perform', 'performs', 'recommend']);
// Words between an owner and its term that end the owner's reach ("your visit to our root canal
// specialist": "our" starts someone else's phrase).
const OWNER_BARRIERS = new Set(['our', 'the', 'a', 'an', 'this', 'that', 'any', 'every', 'my', 'no', 'and', 'or', 'for', 'to', 'of', 'with', 'at', 'in', 'on', 'about']);

/** The owner written just before word `i` ("your", "her", "Emma's", "your son's"), if any. */
export function ownerBefore(doc: Doc, i: number): { kind: OwnerKind; start: number } | undefined {
  const words = doc.words;
  const sentence = words[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = words[k]!;
    if (w.sentence !== sentence) return undefined;
    if (YOU_POSSESSIVE.has(w.lower)) {
      // "You can pay your bill online": what anyone may do, not this person's bill.
      if (sentenceSaysWhatAnyoneMay(doc, sentence)) return undefined;
      // "check with your insurance", "call your insurance before you book": advice to anyone.
      if (CONSULT_VERBS.has(words[k - 1]?.lower ?? '') || (words[k - 1]?.lower === 'with' && CONSULT_VERBS.has(words[k - 2]?.lower ?? ''))) return undefined;
      return addresseeIdentifiable(doc) ? { kind: 'you', start: w.start } : undefined;
    }
    if (THIRD_POSSESSIVE.has(w.lower)) {
      const known = (w.lower === 'their' ? theirKnown(doc, sentence) : thirdPersonKnown(doc)) && !pronounIsColleague(doc, k);
      return known ? { kind: 'third', start: w.start } : undefined;
    }
    if (w.lower !== w.base) {
      // a possessive: "son's", "Emma's", "Mr. Ruiz's"
      if (RELATION_WORDS.has(w.base)) {
        const owner = words[k - 1];
        if (owner && owner.sentence === sentence && (YOU_POSSESSIVE.has(owner.lower) || THIRD_POSSESSIVE.has(owner.lower))) {
          const you = YOU_POSSESSIVE.has(owner.lower);
          if (you ? addresseeIdentifiable(doc) : thirdPersonKnown(doc)) return { kind: 'relation', start: owner.start };
        }
        return undefined;
      }
      const m = mentionByLastWord(doc).get(k);
      if (m) return { kind: 'named', start: m.start };
      // "Lani's first cleaning": a capitalised possessive that is no common word is a person,
      // even when the name is on no list; "Dr. Brandt's husband" is a colleague's.
      if (w.cap && !COMMON_WORDS.has(w.base) && !isStaffName(doc, w.base) && !STAFF_ROLE_WORDS.has(words[k - 1]?.lower ?? '') && !publicSentences(doc).has(sentence)) {
        return { kind: 'named', start: w.start };
      }
      return undefined;
    }
    if (OWNER_BARRIERS.has(w.lower)) return undefined;
  }
  return undefined;
}

const isStaffName = (doc: Doc, base: string) => staffNameParts(doc.profile).has(base);

const POINTING = new Set(['those']);

/** "our braces", "the retainer": a determiner right before the term says it is no one's. */
export function notOwned(doc: Doc, i: number): boolean {
  const words = doc.words;
  // "our cavity-free club member": the care word makes an adjective; "our" owns the noun after it.
  if (words[i + 1]?.lower === 'free' && doc.norm.charCodeAt(words[i]!.end) === 45 /* - */) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    // "no braces", "any crown" right before; "offer Botox for TMJ" a little further; not across
    // a comma ("Oh no, a cleaning that took 45 minutes").
    // ("you wouldn't be paying for all those fillings": pointing at someone's, not any)
    if (words[k]!.lower === 'all' && POINTING.has(words[k + 1]?.lower ?? '')) return false;
    if (NOT_OWNED.has(words[k]!.lower) && (k >= i - 2 || FAR_NOT_OWNED.has(words[k]!.lower))) return !/[,;:]/.test(doc.norm.slice(words[k]!.end, words[i]!.start));
  }
  return false;
}

/** "a Medicaid card for Jaxon R.", "policy number … for Ignacio", "the referral for your son":
 *  the owner named just after the term (within six words, same sentence). */
function ownerAfter(doc: Doc, first: number, last: number): { kind: OwnerKind; start: number } | undefined {
  const words = doc.words;
  const termStart = words[first]!.start;
  const sentence = words[last]!.sentence;
  // Digits do not count toward the reach: "policy number 0 0 7 - 4 4 1 … for Ignacio".
  for (let k = last + 1, reach = 0; k < words.length && reach < 6; k++) {
    const w = words[k]!;
    if (w.sentence !== sentence) return undefined;
    if (w.lower.charCodeAt(0) > 57) reach++;
    if (!OWNER_PREPOSITIONS.has(w.lower)) continue;
    // "claim … for our patient aurelio mendes": the name after a patient noun.
    let n = k + 1;
    while (n <= k + 3 && PATIENT_NOUN_BEFORE_NAME.has(words[n]?.lower ?? '')) n++;
    const next = words[n];
    if (!next || next.sentence !== sentence) return undefined;
    const mention = mentionByFirstWord(doc).get(n);
    if (mention) return { kind: 'named', start: termStart };
    if ((YOU_POSSESSIVE.has(next.lower) || SPANISH_POSSESSIVE.has(next.lower)) && RELATION_WORDS.has(words[k + 2]?.base ?? '') && addresseeIdentifiable(doc)) return { kind: 'relation', start: termStart };
    if ((next.lower === 'him' || next.lower === 'her') && pronounIsPatient(doc, k + 1)) return { kind: 'third', start: termStart };
    return undefined;
  }
  return undefined;
}

// "the referral for your son", "la receta para su hijo".
const OWNER_PREPOSITIONS = new Set(['for', 'of', 'para', 'de']);
const SPANISH_POSSESSIVE = new Set(['su', 'tu', 'sus', 'tus']);
const PATIENT_NOUN_BEFORE_NAME = new Set(['our', 'the', 'patient', 'pt', 'member', 'subscriber', 'insured']);

/** The owner after a term; for a health term only a relative ("the crown for your son", "la
 *  receta para su hijo"): "the best treatment for Emma" may be advice about anyone named. */
export function ownerAfterFor(doc: Doc, m: PhraseMatch<TermKind>, mode: TieMode): { kind: OwnerKind; start: number } | undefined {
  const after = ownerAfter(doc, m.first, m.first + m.count - 1);
  return mode !== 'health' || after?.kind === 'relation' ? after : undefined;
}

const mentionByFirstWord = memoByDoc((doc: Doc) => new Map(findPatientMentions(doc).map((m) => [m.firstWord, m])));
