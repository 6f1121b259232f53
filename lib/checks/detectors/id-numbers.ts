// Numbers that identify one person: Social Security, medical record, member, policy, group,
// subscriber, account, claim, licence, plate, device serial numbers and the like. Their shapes
// vary by payer and state, so apart from the SSN (found by its shape too) they are found by the
// words that label them: a label word ("MRN", "member", "serial", "plate"), a few filler words
// ("ID", "number", "is", "ending in", "#") and then the number itself, in any disguise: dashes,
// dots, spaces between single digits, letters mixed in, digits spelled out ("zero seven eight").
// Shapes are in id-shapes.ts, labels in id-labels.ts and labelled-numbers.ts, and the reading of
// a number across words in number-across-words.ts.
import type { Doc, Span } from '../doc';
import { findCardNumbers, findHashIds, findSsnNumbers } from './id-shapes';
import { labelledNumbers, numbersAfterLabelSentence } from './labelled-numbers';
import { memoByDoc } from './memo';

export type IdKind = 'ssn' | 'labelled' | 'card';

export interface IdHit extends Span {
  kind: IdKind;
}

export const findIdNumbers = memoByDoc((doc: Doc): IdHit[] => {
  const out: IdHit[] = [];
  for (const h of findSsnNumbers(doc)) out.push(h);
  for (const h of labelledNumbers(doc)) out.push(h);
  for (const h of numbersAfterLabelSentence(doc)) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  for (const h of findCardNumbers(doc)) out.push(h);
  for (const h of findHashIds(doc)) out.push(h);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
});
