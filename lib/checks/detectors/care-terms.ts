// Which care terms a document contains: health terms (conditions, procedures, medications),
// encounter and provider words, and billing words and insurers, each found once per document
// from the phrase lists. Whether a term belongs to someone is ties.ts's question.
import type { Doc } from '../doc';
import { ENCOUNTER_WORDS, PROVIDER_WORDS } from '../lexicons/care-words';
import { CONDITIONS } from '../lexicons/conditions';
import { BILLING_WORDS, INSURERS } from '../lexicons/insurers';
import { MEDICATIONS } from '../lexicons/medications';
import { NOT_CARE_PHRASES } from '../lexicons/not-care-phrases';
import { PROCEDURES } from '../lexicons/procedures';
import { billingWordIsAName, careWordInAName } from './care-words-in-names';
import { memoByDoc } from './memo';
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

/** Which list a term came from; each is tied to its owner by its own rules. */
export type TieMode = 'health' | 'encounter' | 'billing';

const isCare = (m: PhraseMatch<TermKind>) => m.kind !== 'none';
// ("Hayden Bridge Way", "left in op 2": part of a name or a label, not care)
export const findHealthTerms = memoByDoc((doc: Doc) => HEALTH_INDEX.findAll(doc.words, wordKeys(doc)).filter((m) => isCare(m) && !careWordInAName(doc, m)));
export const findEncounterTerms = memoByDoc((doc: Doc) => ENCOUNTER_INDEX.findAll(doc.words, wordKeys(doc)).filter((m) => isCare(m) && !careWordInAName(doc, m)));
export const findBillingTerms = memoByDoc((doc: Doc) => BILLING_INDEX.findAll(doc.words, wordKeys(doc)).filter((m) => !careWordInAName(doc, m) && !billingWordIsAName(doc, m)));

// Billing words with an everyday sense ("read the policy", "the plan is", "the reviewer's claim"):
// only an owner right before them ("your policy") makes them billing.
const AMBIGUOUS_BILLING = new Set(['policy', 'plan', 'account', 'card', 'claim', 'statement', 'benefit', 'carrier', 'payment', 'credit card']);

/** "card", "plan", "policy" alone: billing words with an everyday sense. */
export function isAmbiguousBillingTerm(doc: Doc, m: PhraseMatch<TermKind>): boolean {
  return m.count === 1 && AMBIGUOUS_BILLING.has(wordKeys(doc)[m.first]!);
}
