// Ties between a person and care. A health word ("root canal") or an encounter word ("visit")
// is PHI only when it belongs to someone identifiable: "your root canal" in a review reply,
// "her diabetes" in a post that names her, "Mr. Ruiz finished chemo". The same word in general
// advice ("root canals don't have to hurt", "if your child has a fever" in a post) is not.
// This works out, once per document, which terms are tied and to whom; the rules report them.
// Which terms there are is care-terms.ts's; the owner written next to a term is found in
// term-owners.ts, and the owner of its sentence in sentence-level-owner.ts.
import type { Doc, Word } from '../doc';
import { bareBodyPart } from './body-parts';
import { modifiesEventNoun, namesAProp, usedAsVerb } from './care-word-senses';
import { findBillingTerms, findEncounterTerms, findHealthTerms, type TermKind, type TieMode } from './care-terms';
import { memoByDoc } from './memo';
import { findPatientMentions } from './people';
import type { PhraseMatch } from './phrase-index';
import { sentenceLevelOwner } from './sentence-level-owner';
import type { OwnerKind } from './sentence-owner';
import { notOwned, ownerAfterFor, ownerBefore } from './term-owners';

// The stable API other detectors and rules import from here.
export { addresseeIdentifiable, pronounIsPatient } from './addressee';
export { sentenceOwnerOf } from './sentence-owner';
export { findBillingTerms, findEncounterTerms, findHealthTerms, isAmbiguousBillingTerm, type TermKind } from './care-terms';
export { ownerBefore } from './term-owners';

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
    // "expect us to stay open", "so we can follow up": a noun of care that is a verb here.
    if (m.count <= 2 && usedAsVerb(doc, m.first, m.count)) continue;
    // "it's a model tooth", "our giant plastic molar": a prop, nobody's care.
    if (namesAProp(doc, m.first)) continue;
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
