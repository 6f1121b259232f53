import type { Doc } from '../doc';

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

/** Index in `doc.words` of the first word of `sentence` (or of the next sentence with words). */
export function firstWordOfSentence(doc: Doc, sentence: number): number {
  const words = doc.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
