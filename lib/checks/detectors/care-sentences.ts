// Which sentences tie someone to care, and whether the document does at all. Names, dates,
// phones and addresses are PHI when the text ties a person to care; the same name in "Thanks,
// Gideon!" is not (a reviewer's display name alone is public).
import type { Doc } from '../doc';
import { findCareClauses } from './care-clauses';
import { findBillingPhrases, findRelationshipPhrases } from './care-phrases';
import { memoByDoc } from './memo';
import { sentenceAt } from './sentence-at';
import { findBillingTies, findEncounterTies, findHealthTies } from './ties';

export const careSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const t of findHealthTies(doc)) set.add(t.sentence);
  for (const t of findEncounterTies(doc)) set.add(t.sentence);
  for (const t of findBillingTies(doc)) set.add(t.sentence);
  // Contact details on file ("we have your email as …") confirm a patient but tell of no care.
  for (const h of findRelationshipPhrases(doc)) if (h.name !== 'on-file') set.add(sentenceAt(doc, h.start));
  if (doc.context !== 'post') for (const h of findBillingPhrases(doc)) set.add(sentenceAt(doc, h.start));
  for (const c of findCareClauses(doc)) set.add(c.sentence);
  return set;
});

export const docTiesToCare = memoByDoc((doc: Doc) => careSentences(doc).size > 0);
