// Ties between a person and care. A health word ("root canal") or an encounter word ("visit")
// is PHI only when it belongs to someone identifiable: "your root canal" in a review reply,
// "her diabetes" in a post that names her, "Mr. Ruiz finished chemo". The same word in general
// advice ("root canals don't have to hurt", "if your child has a fever" in a post) is not.
// This works out, once per document, which terms are tied and to whom; the rules report them.
import type { Doc, Word } from '../doc';
import { ENCOUNTER_WORDS, PROVIDER_WORDS } from '../lexicons/care-words';
import { CONDITIONS } from '../lexicons/conditions';
import { BILLING_WORDS, INSURERS } from '../lexicons/insurers';
import { MEDICATIONS } from '../lexicons/medications';
import { NOT_CARE_PHRASES } from '../lexicons/not-care-phrases';
import { PROCEDURES } from '../lexicons/procedures';
import { PERSON_NOUNS, RELATION_WORDS } from '../lexicons/relations';
import { COMMON_WORDS } from '../lexicons/common-words';
import { BETWEEN_SUBJECT_AND_VERB, isPastForm } from '../lexicons/care-verbs';
import { staffNameParts } from '../profile';
import { memoByDoc } from './memo';
import { firstWordOfSentence } from './sentence-at';
import { definiteBefore, sentenceGivesAdvice, sentenceNarrates, specificAfter, specificBefore, speaksWithSympathy } from './specific-reference';
import { findPatientMentions, findPeople, publicSentences, sentenceWordsOf } from './people';
import { PhraseIndex, wordKeys, type PhraseMatch } from './phrase-index';

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

/**
 * Who a term belongs to:
 * - `you`: "your …" (the person addressed);
 * - `relation`: "your son's …", "her mom's …";
 * - `third`: "her …", "his …", "their …";
 * - `named`: a named patient ("Emma's …", or a name in the same sentence);
 * - `you-sentence`: "you"/"your" elsewhere in the sentence (weaker);
 * - `you-doc`: a reply or comment that speaks to someone, the term in another sentence (weaker still);
 * - `person`: one particular unnamed person with a time ("the senior … today with mono").
 */
export type OwnerKind = 'you' | 'relation' | 'third' | 'named' | 'you-sentence' | 'you-doc' | 'person';

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
const CONSULT_VERBS = new Set(['check', 'checking', 'call', 'calling', 'contact', 'contacting', 'ask', 'asking', 'verify', 'consult', 'talk', 'speak']);
const YOU_WORDS = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'u', 'ur', 'ya']);
const THIRD_POSSESSIVE = new Set(['her', 'his', 'their']);
// A term right after one of these is the practice's or nobody's ("our braces", "the retainer").
const FAR_NOT_OWNED = new Set(['our', 'offer', 'offers', 'provide', 'provides', 'perform', 'performs', 'recommend']);
const NOT_OWNED = new Set(['our', 'any', 'every', 'no', 'all', 'most', 'some', 'offer', 'offers', 'provide', 'provides', 'perform', 'performs', 'recommend']);
// A sentence with these speaks of anyone, even in a reply ("if you have swelling, call").
const HYPOTHETICAL_CUES = new Set(['if', 'whenever', 'anyone', 'everyone', 'most', 'many', 'people', 'anybody']);
// Words between an owner and its term that end the owner's reach ("your visit to our root canal
// specialist": "our" starts someone else's phrase).
const OWNER_BARRIERS = new Set(['our', 'the', 'a', 'an', 'this', 'that', 'any', 'every', 'my', 'no', 'and', 'or', 'for', 'to', 'of', 'with', 'at', 'in', 'on', 'about']);
// Sentences with these speak in general ("if", "should", "most people"), not about one person.
const GENERIC_CUES = new Set(['if', 'when', 'whenever', 'should', 'can', 'could', 'might', 'most', 'many', 'every', 'any', 'anyone', 'someone', 'people', 'tips', 'signs', 'ask', 'everyone']);
const TIME_CUES = new Set(['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'am', 'pm', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SPECIFIC_DETERMINERS = new Set(['the', 'this', 'that', 'a', 'our']);

const isCare = (m: PhraseMatch<TermKind>) => m.kind !== 'none';
export const findHealthTerms = memoByDoc((doc: Doc) => HEALTH_INDEX.findAll(doc.words, wordKeys(doc)).filter(isCare));
export const findEncounterTerms = memoByDoc((doc: Doc) => ENCOUNTER_INDEX.findAll(doc.words, wordKeys(doc)).filter(isCare));
export const findBillingTerms = memoByDoc((doc: Doc) => BILLING_INDEX.findAll(doc.words, wordKeys(doc)));

/** "You can pay your bill online", "you may bring your card": a sentence of ability or
 *  permission with "you" as subject, and nothing in the past. */
function sentenceSaysWhatAnyoneMay(doc: Doc, sentence: number): boolean {
  const first = firstWordOfSentence(doc, sentence);
  const words = doc.words;
  for (let k = first; k + 1 < words.length && words[k + 1]!.sentence === sentence; k++) {
    if (words[k]!.lower === 'you' && (words[k + 1]!.lower === 'can' || words[k + 1]!.lower === 'may')) return !sentenceNarrates(doc, first);
  }
  return false;
}

/** Is the person addressed ("you") identifiable? In a reply or comment yes; in a post, only
 *  when the post names a patient ("So proud of Ignacio … part of your recovery"). */
export const addresseeIdentifiable = memoByDoc((doc: Doc) =>
  doc.context !== 'post' ? !addresseeIsClinician(doc) : findPatientMentions(doc).length > 0 || postSpeaksToOnePerson(doc),
);

/** "To whoever left a silver Honda in our lot: your kid's retainer case…", "To the mom who…":
 *  a post addressed to one particular person makes its "you" that person. */
function postSpeaksToOnePerson(doc: Doc): boolean {
  return /(?:^|\bto )(?:whoever (?:drives|left|parked|owns|lost|dropped|forgot|came)|the (?:[a-z]{2,15} )?(?:patient|person|mom|dad|mother|father|parent|family|lady|gentleman|guy|owner|driver|grandma|grandpa) (?:who|that) [a-z]{2,15}ed)\b|\bto whoever\b/.test(doc.lower);
}

/** Does the pronoun at word `i` ("she", "him", "her") stand for someone identifiable who is not
 *  a colleague ("Dr. Brandt … her knee surgery")? */
export function pronounIsPatient(doc: Doc, i: number): boolean {
  const w = doc.words[i]!;
  if (w.lower === 'their' || w.lower === 'them' || w.lower === 'they') return theirKnown(doc, w.sentence) && !nearestPersonIsStaff(doc, i);
  return thirdPersonKnown(doc) && !nearestPersonIsStaff(doc, i) && !publicSentences(doc).has(w.sentence);
}

/** "Hi Dr. Yamamoto! Thanks for referring your patients": a colleague, not a patient, is addressed. */
function addresseeIsClinician(doc: Doc): boolean {
  if (/\byour (?:patients|practice|office fax|referrals?)\b|\bcolleague\b|(?:^|\s)@dr[._]?[a-z]/.test(doc.lower)) return true;
  const first = findPeople(doc)[0];
  return !!first && first.kind === 'doctor' && first.sentence === 0 && /^(?:hi|hello|hey|dear|thanks|thank you),? /.test(doc.lower.trimStart());
}

/** Does the document name or single out a patient that "her"/"his" can refer to? In a reply or
 *  comment, "her" is someone the person replied to knows (their mother, their child). */
const thirdPersonKnown = memoByDoc((doc: Doc) => doc.context !== 'post' || findPatientMentions(doc).length > 0 || postSpeaksToOnePerson(doc));

/** "Dr. Brandt is recovering from her knee surgery": "her" is the colleague named just before. */
function nearestPersonIsStaff(doc: Doc, pronoun: number): boolean {
  const people = findPeople(doc); // in text order
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.lastWord < pronoun) lo = mid + 1;
    else hi = mid;
  }
  const nearest = people[lo - 1];
  return !!nearest && nearest.sentence === doc.words[pronoun]!.sentence && (nearest.staff || nearest.public);
}

/** "their" is often plural or general ("families and their kids"): only with a named person close by. */
function theirKnown(doc: Doc, sentence: number): boolean {
  const s = mentionSentences(doc);
  return s.has(sentence) || s.has(sentence - 1) || sentenceSinglesOut(doc, sentence);
}

const mentionByLastWord = memoByDoc((doc: Doc) => new Map(findPatientMentions(doc).map((m) => [m.lastWord, m])));
const mentionSentences = memoByDoc((doc: Doc) => new Set(findPatientMentions(doc).map((m) => m.sentence)));

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
      // even when the name is on no list.
      if (w.cap && !COMMON_WORDS.has(w.base) && !isStaffName(doc, w.base) && !publicSentences(doc).has(sentence)) {
        return { kind: 'named', start: w.start };
      }
      return undefined;
    }
    if (OWNER_BARRIERS.has(w.lower)) return undefined;
  }
  return undefined;
}

/** Who a sentence is about, if anyone identifiable: a named patient, "you" (when identifiable) or
 *  one singled-out person. */
export function sentenceOwnerOf(doc: Doc, sentence: number): OwnerKind | undefined {
  return sentenceOwner(doc, sentence);
}

// Sentence owners are asked for once per term: cache them per sentence so a long sentence is
// read once, not once per term in it. The loose owner ignores hypothetical cues: in a reply,
// "enough for that second crown if you want to book" is still about the person.
const sentenceOwnerCache = memoByDoc(() => new Map<number, OwnerKind | undefined>());
const looseOwnerCache = memoByDoc(() => new Map<number, OwnerKind | undefined>());

function sentenceOwner(doc: Doc, sentence: number, loose = false): OwnerKind | undefined {
  const cache = (loose ? looseOwnerCache : sentenceOwnerCache)(doc);
  if (cache.has(sentence)) return cache.get(sentence);
  const owner = computeSentenceOwner(doc, sentence, loose);
  cache.set(sentence, owner);
  return owner;
}

// "which one of you left a retainer", "all of you": a group, not the person replied to.
const GROUP_BEFORE_YOU = new Set(['of', 'whoever']);
const THIRD_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', "he's", "she's", 'hes', 'shes']);

function computeSentenceOwner(doc: Doc, sentence: number, loose: boolean): OwnerKind | undefined {
  if (mentionSentences(doc).has(sentence)) return 'named';
  // News about a public figure; a review reply answers its reviewer ("the one star" is no celebrity).
  if (doc.context !== 'review-reply' && publicSentences(doc).has(sentence)) return undefined;
  if (sentenceSinglesOut(doc, sentence)) return 'person';
  const words = sentenceWordsOf(doc, sentence);
  const identifiable = addresseeIdentifiable(doc);
  // "If your son is still in pain": still about one person's son.
  if (identifiable && doc.context !== 'post' && words.some((w, i) => RELATION_WORDS.has(w.base) && YOU_POSSESSIVE.has(words[i - 1]?.lower ?? ''))) return 'you-sentence';
  if (!loose && words.some((w, i) => HYPOTHETICAL_CUES.has(w.lower) || (w.lower === 'you' && GROUP_BEFORE_YOU.has(words[i - 1]?.lower ?? '')))) return undefined;
  // "Today, after 3 fillings and a deep cleaning, she told us…": the patient named before.
  const first = firstWordOfSentence(doc, sentence);
  for (let k = 0; k < words.length; k++) {
    if (THIRD_PRONOUNS.has(words[k]!.lower) && pronounIsPatient(doc, first + k)) return 'third';
  }
  if (!identifiable) return undefined;
  // "Just take two Advil, you'll be fine": advice to anyone, not the person's history.
  if (sentenceGivesAdvice(doc, first) && !sentenceNarrates(doc, first)) return undefined;
  if (words.some((w) => YOU_WORDS.has(w.lower))) return 'you-sentence';
  // A reply to someone that names back what they said ("Sending hugs, Lorraine. A broken tooth
  // before a wedding is the worst!"): the person is the one addressed.
  if (doc.context !== 'post' && speaksToSomeone(doc)) return 'you-doc';
  return undefined;
}

// A review reply always answers its reviewer; a comment answers someone when it says "you",
// names or tags them.
const speaksToSomeone = memoByDoc(
  (doc: Doc) => doc.context === 'review-reply' || findPatientMentions(doc).length > 0 || /(?:^|\s)@\w/.test(doc.norm) || doc.words.some((w) => YOU_WORDS.has(w.lower)),
);

const isStaffName = (doc: Doc, base: string) => staffNameParts(doc.profile).has(base);

/** "our braces", "the retainer": a determiner right before the term says it is no one's. */
function notOwned(doc: Doc, i: number): boolean {
  const words = doc.words;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    // "no braces", "any crown" right before; "offer Botox for TMJ" a little further; not across
    // a comma ("Oh no, a cleaning that took 45 minutes").
    if (NOT_OWNED.has(words[k]!.lower) && (k >= i - 2 || FAR_NOT_OWNED.has(words[k]!.lower))) return !/[,;:]/.test(doc.norm.slice(words[k]!.end, words[i]!.start));
  }
  return false;
}

/** "the 11am today was a senior with mono", "a Bellbrook HS senior … today", "the lady who
 *  fainted in the waiting room": one particular person, with a time or a past deed, no generic talk. */
const singlesOutCache = memoByDoc(() => new Map<number, boolean>());
function sentenceSinglesOut(doc: Doc, sentence: number): boolean {
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

/** A question put to the person ("Which one for the biopsy callback?"). */
function asks(doc: Doc, sentence: number): boolean {
  const span = doc.sentences[sentence]!;
  return doc.norm.slice(span.start, span.end).trimEnd().endsWith('?');
}

/** Sentences that tell of something that happened, cached per sentence. */
const narratesCache = memoByDoc(() => new Map<number, boolean>());
function narrates(doc: Doc, sentence: number): boolean {
  const cache = narratesCache(doc);
  let v = cache.get(sentence);
  if (v === undefined) cache.set(sentence, (v = sentenceNarrates(doc, firstWordOfSentence(doc, sentence))));
  return v;
}

/** The person a term belongs to when no owner stands right before it: the sentence's owner, if
 *  the term points at one occasion ("the new crown", "six fillings") or the sentence is about
 *  one person for sure. */
function sentenceLevelOwner(doc: Doc, m: PhraseMatch<TermKind>, mode: TieMode): OwnerKind | undefined {
  const words = doc.words;
  const first = words[m.first]!;
  const last = m.first + m.count - 1;
  const specific = specificBefore(doc, m.first) || specificAfter(doc, last);
  const reply = doc.context !== 'post';
  if (mode === 'health') {
    let owner = sentenceOwner(doc, first.sentence);
    if (!owner && specific && reply) owner = sentenceOwner(doc, first.sentence, true);
    const sympathy = m.kind === 'condition' && speaksWithSympathy(doc);
    if (!owner && sympathy) owner = sentenceOwner(doc, first.sentence, true) ?? 'you-doc';
    if (owner === 'you-doc' && !sympathy && !(specific && (narrates(doc, first.sentence) || asks(doc, first.sentence)))) return undefined;
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
  // billing: only in replies and comments, where the person is the one addressed.
  if (!reply) return undefined;
  // An insurer's name takes "the" as part of it ("the Oregon Health Plan"): only a sentence
  // about the person ties it, and a list of plans "for anyone reading" does not.
  if (m.kind === 'insurer') {
    const owner = sentenceOwner(doc, first.sentence);
    return owner === 'you-doc' ? undefined : owner;
  }
  const every = words[m.first - 1]?.lower === 'every' && BILLING_DOCUMENTS.has(wordKeys(doc)[m.first]!);
  const ambiguous = m.count === 1 && AMBIGUOUS_BILLING.has(wordKeys(doc)[m.first]!);
  if ((definiteBefore(doc, m.first) && !ambiguous) || every) return sentenceOwner(doc, first.sentence, true);
  return undefined;
}

/** "a Medicaid card for Jaxon R.", "policy number … for Ignacio", "the referral for your son":
 *  the owner named just after the term (within six words, same sentence). */
function ownerAfter(doc: Doc, first: number, last: number): { kind: OwnerKind; start: number } | undefined {
  const words = doc.words;
  const termStart = words[first]!.start;
  const sentence = words[last]!.sentence;
  for (let k = last + 1; k < words.length && k <= last + 6; k++) {
    const w = words[k]!;
    if (w.sentence !== sentence) return undefined;
    if (w.lower !== 'for' && w.lower !== 'of') continue;
    const next = words[k + 1];
    if (!next || next.sentence !== sentence) return undefined;
    const mention = mentionByFirstWord(doc).get(k + 1);
    if (mention) return { kind: 'named', start: termStart };
    if (YOU_POSSESSIVE.has(next.lower) && RELATION_WORDS.has(words[k + 2]?.base ?? '') && addresseeIdentifiable(doc)) return { kind: 'relation', start: termStart };
    if ((next.lower === 'him' || next.lower === 'her') && pronounIsPatient(doc, k + 1)) return { kind: 'third', start: termStart };
    return undefined;
  }
  return undefined;
}

const mentionByFirstWord = memoByDoc((doc: Doc) => new Map(findPatientMentions(doc).map((m) => [m.firstWord, m])));

function tiesOf(doc: Doc, matches: readonly PhraseMatch<TermKind>[], mode: TieMode): Tie[] {
  const words = doc.words;
  const ties: Tie[] = [];
  for (const m of matches) {
    const first = words[m.first]!;
    const last = words[m.first + m.count - 1]!;
    const owner = ownerBefore(doc, m.first) ?? (mode === 'health' ? undefined : ownerAfter(doc, m.first, m.first + m.count - 1));
    const sentenceLevel = owner ? undefined : sentenceLevelOwner(doc, m, mode);
    const every = mode !== 'health' && words[m.first - 1]?.lower === 'every';
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
