// The words of one sentence, found without a scan: words are in order, so a sentence is a range.
import type { Doc, Word } from '../doc';
import { memoByDoc } from './memo';

/** Index of the first word of each sentence (words are in order, so a sentence is a range). */
const sentenceFirstWord = memoByDoc((doc: Doc) => {
  const first = new Int32Array(doc.sentences.length + 1).fill(-1);
  const words = doc.words;
  for (let i = words.length - 1; i >= 0; i--) first[words[i]!.sentence] = i;
  first[doc.sentences.length] = words.length;
  for (let s = doc.sentences.length - 1; s >= 0; s--) if (first[s] === -1) first[s] = first[s + 1]!;
  return first;
});

export function sentenceWordsOf(doc: Doc, sentence: number): readonly Word[] {
  const first = sentenceFirstWord(doc);
  if (sentence < 0 || sentence >= first.length - 1) return [];
  return doc.words.slice(first[sentence]!, first[sentence + 1]!);
}

/** The word indices of one sentence, [first, end): a range to loop over without a copy. */
export function sentenceWordRange(doc: Doc, sentence: number): [number, number] {
  const first = sentenceFirstWord(doc);
  if (sentence < 0 || sentence >= first.length - 1) return [0, 0];
  return [first[sentence]!, first[sentence + 1]!];
}
