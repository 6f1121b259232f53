// Ties between a person and care. A health word ("root canal") or an encounter word ("visit")
// is PHI only when it belongs to someone identifiable: "your root canal" in a review reply,
// "her diabetes" in a post that names her, "Mr. Ruiz finished chemo". The same word in general
// advice ("root canals don't have to hurt", "if your child has a fever" in a post) is not.
// This works out, once per document, which terms are tied and to whom; the rules report them.
import type { Doc, Word } from '../doc';
import { ENCOUNTER_WORDS, PROVIDER_WORDS, STAFF_ROLE_WORDS } from '../lexicons/care-words';
import { COMMON_WORDS } from '../lexicons/common-words';
import { CONDITIONS } from '../lexicons/conditions';
import { BILLING_WORDS, INSURERS } from '../lexicons/insurers';
import { MEDICATIONS } from '../lexicons/medications';
import { NOT_CARE_PHRASES } from '../lexicons/not-care-phrases';
import { PROCEDURES } from '../lexicons/procedures';
import { RELATION_WORDS } from '../lexicons/relations';
import { staffNameParts } from '../profile';
import { addresseeIdentifiable, personalHandleSentences, mentionByLastWord, nearestPersonIsStaff, pronounIsPatient, theirKnown, thirdPersonKnown } from './addressee';
import { bareBodyPart } from './body-parts';
import { modifiesEventNoun, usedAsVerb } from './care-word-senses';
import { saidAsDiagnosis } from './diagnosis';
import { memoByDoc } from './memo';
import { findPatientMentions, publicSentences } from './people';
import { PhraseIndex, wordKeys, type PhraseMatch } from './phrase-index';
import { firstWordOfSentence } from './sentence-at';
import { asks, narrates, reacts, sentenceOwner, type OwnerKind } from './sentence-owner';
import { countPerPeriod, damagedBefore, definiteBefore, ratedFor, sentenceSaysWhatAnyoneMay, specificAfter, specificBefore, speaksWithSympathy } from './specific-reference';

// The stable API other detectors and rules import from here.
export { addresseeIdentifiable, pronounIsPatient } from './addressee';
export { sentenceOwnerOf } from './sentence-owner';

export type TermKind = 'condition' | 'procedure' | 'medication' | 'encounter' | 'provider' | 'insurer' | 'billing' | 'none';

// Everyday phrases ("tooth fairy", "hearing from") are listed first as 'none' so that the
// longer everyday phrase wins over the health word inside it, then dropped.
const HEALTH_INDEX = new PhraseIndex<TermKind>([
  [NOT_CARE_PHRASES, 'none'],
  [CONDITIONS, 'condition'],
  [PROCEDURES, 'procedure'],
  [MEDICATIONS, 'medication'],
]);
const ENCOUNTER_INDEX = new PhraseIndex<TermKind>([
  [NOT_CARE_PHRASES, 'none'],
  [ENCOUNTER_WORDS, 'encounter'],
  [PROVIDER_WORDS, 'provider'],
]);
const BILLING_INDEX = new PhraseIndex<TermKind>([
  [INSURERS, 'insurer'],
  [BILLING_WORDS, 'billing'],
]);

export type { OwnerKind } from './sentence-owner';

export interface Tie {
  /** Span of the term in `doc.norm`. */
  start: number;
  end: number;
  /** Where the owner phrase starts ("your" in "your root canal"); equals `start` when the owner is elsewhere. */
  ownerStart: number;
  kind: TermKind;
  owner: OwnerKind;
  /** A possessive right before the term ("your", "her", "Emma's"): the strongest kind of tie. */
  possessive: boolean;
  sentence: number;
  firstWord: number;
  lastWord: number;
}

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

const isCare = (m: PhraseMatch<TermKind>) => m.kind !== 'none';
export const findHealthTerms = memoByDoc((doc: Doc) => HEALTH_INDEX.findAll(doc.words, wordKeys(doc)).filter(isCare));
export const findEncounterTerms = memoByDoc((doc: Doc) => ENCOUNTER_INDEX.findAll(doc.words, wordKeys(doc)).filter(isCare));
export const findBillingTerms = memoByDoc((doc: Doc) => BILLING_INDEX.findAll(doc.words, wordKeys(doc)));

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
      const known = (w.lower === 'their' ? theirKnown(doc, sentence) : thirdPersonKnown(doc)) && !nearestPersonIsStaff(doc, k);
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

/** "our braces", "the retainer": a determiner right before the term says it is no one's. */
function notOwned(doc: Doc, i: number): boolean {
  const words = doc.words;
  // "our cavity-free club member": the care word makes an adjective; "our" owns the noun after it.
  if (words[i + 1]?.lower === 'free' && doc.norm.charCodeAt(words[i]!.end) === 45 /* - */) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    // "no braces", "any crown" right before; "offer Botox for TMJ" a little further; not across
    // a comma ("Oh no, a cleaning that took 45 minutes").
    if (NOT_OWNED.has(words[k]!.lower) && (k >= i - 2 || FAR_NOT_OWNED.has(words[k]!.lower))) return !/[,;:]/.test(doc.norm.slice(words[k]!.end, words[i]!.start));
  }
  return false;
}

/** "Mr. Ruiz finished chemo": the finding starts at the name said before the term in its sentence. */
function namedOwnerStart(doc: Doc, term: Word): number {
  const first = firstMentionBySentence(doc).get(term.sentence);
  return first && first.start < term.start ? first.start : term.start;
}

const firstMentionBySentence = memoByDoc((doc: Doc) => {
  const map = new Map<number, { start: number }>();
  for (const m of findPatientMentions(doc)) if (!map.has(m.sentence)) map.set(m.sentence, m);
  return map;
});

type TieMode = 'health' | 'encounter' | 'billing';

// Prepositions that set an encounter word in one person's story: "during cleanings", "at the visit".
const ENCOUNTER_PREPOSITIONS = new Set(['during', 'at', 'after', 'before', 'since', 'for', 'from', 'to', 'in']);
// Billing papers a practice sends to its patients: "our number is on every bill".
const BILLING_DOCUMENTS = new Set(['bill', 'statement', 'invoice', 'estimate', 'receipt', 'eob']);
// Billing words with an everyday sense ("read the policy", "the plan is", "the reviewer's claim"):
// only an owner right before them ("your policy") makes them billing.
const AMBIGUOUS_BILLING = new Set(['policy', 'plan', 'account', 'card', 'claim', 'statement', 'benefit', 'carrier', 'payment', 'credit card']);

/** "card", "plan", "policy" alone: billing words with an everyday sense. */
export function isAmbiguousBillingTerm(doc: Doc, m: PhraseMatch<TermKind>): boolean {
  return m.count === 1 && AMBIGUOUS_BILLING.has(wordKeys(doc)[m.first]!);
}

/** The person a term belongs to when no owner stands right before it: the sentence's owner, if
 *  the term points at one occasion ("the new crown", "six fillings") or the sentence is about
 *  one person for sure. */
function sentenceLevelOwner(doc: Doc, m: PhraseMatch<TermKind>, mode: TieMode): OwnerKind | undefined {
  const words = doc.words;
  const first = words[m.first]!;
  const last = m.first + m.count - 1;
  const specific = (specificBefore(doc, m.first) || specificAfter(doc, last)) && !countPerPeriod(doc, m.first, last);
  const reply = doc.context !== 'post';
  if (mode !== 'billing' && doc.context === 'review-reply' && ratedFor(doc, m.first)) return 'you-sentence';
  if (mode === 'health') {
    // "that's def a dry socket": named back as what the person has.
    if (m.kind !== 'medication' && saidAsDiagnosis(doc, m.first, last)) return sentenceOwner(doc, first.sentence, true) ?? 'you-doc';
    // "Smile makeover for @taylor.reyes.fit: 8 porcelain veneers": a tagged person's own care.
    if (!reply && specific && personalHandleSentences(doc).has(first.sentence)) return 'person';
    let owner = sentenceOwner(doc, first.sentence);
    if (!owner && specific && reply) owner = sentenceOwner(doc, first.sentence, true);
    // Sympathy names back a condition or a broken appliance ("ouch, a broken bracket").
    const sympathy = (m.kind === 'condition' || damagedBefore(doc, m.first)) && speaksWithSympathy(doc);
    // "Glad the sensitivity is better", "so the abscess drained?": a reaction or a question in a
    // reply is put to the person, even without "you".
    if (!owner && specific && reply && (reacts(doc, first.sentence) || (asks(doc, first.sentence) && narrates(doc, first.sentence)))) owner = 'you-doc';
    if (!owner && sympathy) owner = sentenceOwner(doc, first.sentence, true) ?? 'you-doc';
    if (owner === 'you-doc' && !sympathy && !(specific && (narrates(doc, first.sentence) || asks(doc, first.sentence) || reacts(doc, first.sentence)))) return undefined;
    return owner;
  }
  if (mode === 'encounter') {
    // "still drives himself to every cleaning", "in the chair every six months": habitual care.
    const prep = ENCOUNTER_PREPOSITIONS.has(words[m.first - 1]?.lower ?? '') || words[m.first - 1]?.lower === 'every';
    const owner = sentenceOwner(doc, first.sentence, specific);
    if (!owner) return undefined;
    if (owner === 'named' || owner === 'person' || owner === 'third') return specific || prep ? owner : undefined;
    if (owner === 'you-sentence' && prep && reply) return owner;
    return reply && specific && (narrates(doc, first.sentence) || asks(doc, first.sentence)) ? owner : undefined;
  }
  // billing: in a post, only a story told about a named patient ("…so we set her up on a
  // payment plan"); in replies and comments, the person addressed.
  if (!reply) {
    const owner = sentenceOwner(doc, first.sentence);
    return (owner === 'named' || owner === 'third') && !isAmbiguousBillingTerm(doc, m) && narrates(doc, first.sentence) ? owner : undefined;
  }
  // An insurer's name takes "the" as part of it ("the Oregon Health Plan"): only a sentence
  // about the person ties it, and a list of plans "for anyone reading" does not.
  if (m.kind === 'insurer') {
    const owner = sentenceOwner(doc, first.sentence);
    return owner === 'you-doc' ? undefined : owner;
  }
  const every = words[m.first - 1]?.lower === 'every' && BILLING_DOCUMENTS.has(wordKeys(doc)[m.first]!);
  const ambiguous = isAmbiguousBillingTerm(doc, m);
  if ((definiteBefore(doc, m.first) && !ambiguous) || every) return sentenceOwner(doc, first.sentence, true);
  return undefined;
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
function ownerAfterFor(doc: Doc, m: PhraseMatch<TermKind>, mode: TieMode): { kind: OwnerKind; start: number } | undefined {
  const after = ownerAfter(doc, m.first, m.first + m.count - 1);
  return mode !== 'health' || after?.kind === 'relation' ? after : undefined;
}

const mentionByFirstWord = memoByDoc((doc: Doc) => new Map(findPatientMentions(doc).map((m) => [m.firstWord, m])));

function tiesOf(doc: Doc, matches: readonly PhraseMatch<TermKind>[], mode: TieMode): Tie[] {
  const words = doc.words;
  const ties: Tie[] = [];
  for (const m of matches) {
    const first = words[m.first]!;
    const last = words[m.first + m.count - 1]!;
    const owner = ownerBefore(doc, m.first) ?? ownerAfterFor(doc, m, mode);
    // "the free screening day", "school sealant programs", "the same check-in process": the care
    // word names an event or a routine of the practice, not anyone's care.
    if (!owner && modifiesEventNoun(doc, m.first + m.count - 1)) continue;
    // "brush your teeth twice a day": a body part with nothing said about it.
    if (mode === 'health' && bareBodyPart(doc, m.first, m.first + m.count - 1)) continue;
    // "expect us to stay open": a noun of care that is a verb here.
    if (m.count === 1 && usedAsVerb(doc, m.first)) continue;
    const sentenceLevel = owner ? undefined : sentenceLevelOwner(doc, m, mode);
    // "every bill" in a reply, "drives himself to every cleaning": the person's habitual care.
    const every = words[m.first - 1]?.lower === 'every' && (mode !== 'health' || sentenceLevel === 'named' || sentenceLevel === 'third' || sentenceLevel === 'person');
    if (!owner && sentenceLevel && !every && notOwned(doc, m.first)) continue;
    const kind = owner?.kind ?? sentenceLevel;
    if (!kind) continue;
    const possessive = owner !== undefined && owner.start < first.start;
    ties.push({
      start: first.start,
      end: last.start + last.base.length,
      ownerStart: owner?.start ?? (kind === 'named' ? namedOwnerStart(doc, first) : first.start),
      kind: m.kind,
      owner: kind,
      possessive,
      sentence: first.sentence,
      firstWord: m.first,
      lastWord: m.first + m.count - 1,
    });
  }
  return ties;
}

/** Health terms (conditions, procedures, medications) tied to a person. */
export const findHealthTies = memoByDoc((doc: Doc) => tiesOf(doc, findHealthTerms(doc), 'health'));
/** Encounter words tied by a possessive ("your visit", "your son's checkup", "her appointment"). */
export const findEncounterTies = memoByDoc((doc: Doc) =>
  tiesOf(doc, findEncounterTerms(doc), 'encounter').filter((t) => t.kind !== 'provider' || (t.possessive && (t.owner === 'relation' || t.owner === 'named'))),
);
/** Billing words and insurers tied by a possessive ("your balance", "her Medicaid"). */
export const findBillingTies = memoByDoc((doc: Doc) => tiesOf(doc, findBillingTerms(doc), 'billing'));
