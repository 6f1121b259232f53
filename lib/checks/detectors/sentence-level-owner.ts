// The person a care term belongs to when no owner is written next to it: the owner of its
// sentence, when the term points at one occasion or the sentence is about one person for sure.
import type { Doc } from '../doc';
import { personalHandleSentences } from './addressee';
import { isAmbiguousBillingTerm, type TermKind, type TieMode } from './care-terms';
import { saidAsDiagnosis } from './diagnosis';
import { wordKeys, type PhraseMatch } from './phrase-index';
import { asks, narrates, reacts, sentenceOwner, type OwnerKind } from './sentence-owner';
import { countPerPeriod, damagedBefore, definiteBefore, ratedFor, specificAfter, specificBefore, speaksWithSympathy } from './specific-reference';

// Prepositions that set an encounter word in one person's story: "during cleanings", "at the visit".
const ENCOUNTER_PREPOSITIONS = new Set(['during', 'at', 'after', 'before', 'since', 'for', 'from', 'to', 'in']);
// Words that point back at something the person told of: "that ulcer", "this rash".
const POINTING = new Set(['that', 'this', 'those', 'these']);
// Words before "that" that make it a conjunction: "we understand that anxiety is common".
const BEFORE_CONJUNCTION = new Set(['know', 'knows', 'understand', 'understood', 'think', 'believe', 'agree', 'say', 'said', 'mean', 'feel', 'hear', 'heard', 'realize', 'realise', 'note', 'noted', 'sure', 'ensure', 'so', 'such', 'now', 'given', 'aware', 'true', 'fact']);

/** "that ulcer", "this rash": the word before the term at `i` points back at something told. */
function pointsBack(doc: Doc, i: number): boolean {
  const words = doc.words;
  const p = words[i - 1];
  if (!p || p.sentence !== words[i]!.sentence || !POINTING.has(p.lower)) return false;
  return !(p.lower === 'that' && BEFORE_CONJUNCTION.has(words[i - 2]?.lower ?? ''));
}

// Billing papers a practice sends to its patients: "our number is on every bill".
const BILLING_DOCUMENTS = new Set(['bill', 'statement', 'invoice', 'estimate', 'receipt', 'eob']);

/** The person a term belongs to when no owner stands right before it: the sentence's owner, if
 *  the term points at one occasion ("the new crown", "six fillings") or the sentence is about
 *  one person for sure. */
export function sentenceLevelOwner(doc: Doc, m: PhraseMatch<TermKind>, mode: TieMode): OwnerKind | undefined {
  const words = doc.words;
  const first = words[m.first]!;
  const last = m.first + m.count - 1;
  const specific = (specificBefore(doc, m.first) || specificAfter(doc, last)) && !countPerPeriod(doc, m.first, last);
  const reply = doc.context !== 'post';
  if (mode !== 'billing' && doc.context === 'review-reply' && ratedFor(doc, m.first)) return 'you-sentence';
  if (mode === 'health') {
    // "that's def a dry socket": named back as what the person has.
    if (m.kind !== 'medication' && saidAsDiagnosis(doc, m.first, last)) return sentenceOwner(doc, first.sentence, true) ?? 'you-doc';
    // "No need to see anyone for that ulcer": in a reply or comment a condition pointed at with
    // "that" or "this" is the one the person told of.
    if (reply && m.kind === 'condition' && pointsBack(doc, m.first)) {
      return sentenceOwner(doc, first.sentence, true) ?? 'you-doc';
    }
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
