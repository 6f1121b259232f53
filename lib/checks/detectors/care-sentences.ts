// Which sentences tie someone to care, and whether the document does at all. Names, dates,
// phones and addresses are PHI when the text ties a person to care; the same name in "Thanks,
// Gideon!" is not (a reviewer's display name alone is public).
import type { Doc } from '../doc';
import { findBillingPhrases, findRelationshipPhrases } from './care-phrases';
import { memoByDoc } from './memo';
import { findBillingTies, findEncounterTies, findHealthTies } from './ties';

/** Index of the sentence containing `offset` (binary search over `doc.sentences`). */
export function sentenceAt(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const careSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const t of findHealthTies(doc)) set.add(t.sentence);
  for (const t of findEncounterTies(doc)) set.add(t.sentence);
  for (const t of findBillingTies(doc)) set.add(t.sentence);
  for (const h of findRelationshipPhrases(doc)) set.add(sentenceAt(doc, h.start));
  if (doc.context !== 'post') for (const h of findBillingPhrases(doc)) set.add(sentenceAt(doc, h.start));
  return set;
});

export const docTiesToCare = memoByDoc((doc: Doc) => careSentences(doc).size > 0);
