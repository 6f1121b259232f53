// What the learned wording score looks at (wording-score.ts), the same in training
// (scripts/train-wording.ts) and in use, so a weight means the same thing in both.
// Each word's lower-case form, each pair of neighbours in a sentence, and each word tagged with
// the context it is written in ("you" weighs more in a review reply). Two shapes stand in for
// words no weight should be learnt from: any word with a digit is '#' (times, dates, amounts),
// a capitalised word inside a sentence is '^' (a name: the score must not learn the corpus's
// patients, only how people are written about), and the words of a staff member's name, from
// the practice profile or their role ("our hygienist Maria"), are '@': staff are not patients.
import { findPeople } from '../detectors/people';
import type { Doc, Word } from '../doc';

const CONTEXT_TAG = { post: 'p:', comment: 'c:', 'review-reply': 'r:' } as const;

/** The word as the score sees it. */
function shapeOf(w: Word, first: boolean): string {
  const lower = w.lower;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return '#';
  }
  return w.cap && !first ? '^' : lower;
}

/** A stretch of sentences scored as one text: about the length of the posts it learnt from. */
export interface Chunk {
  /** First and last sentence index (inclusive). */
  firstSentence: number;
  lastSentence: number;
  /** Each distinct feature once, with the sentence it first appears in. */
  features: string[];
  sentenceOf: number[];
}

// Training cases are one to a few short paragraphs; a longer text is scored in stretches of
// whole sentences about that long, so a long benign text cannot add up to a high score.
export const CHUNK_WORDS = 120;

export function wordingChunks(doc: Doc): Chunk[] {
  const chunks: Chunk[] = [];
  const tag = CONTEXT_TAG[doc.context];
  const words = doc.words;
  let chunk: Chunk | undefined;
  let seen = new Set<string>();
  let count = 0;
  let prev = '';
  let prevSentence = -1;
  const staffWords = new Set<number>();
  for (const m of findPeople(doc)) if (m.staff) for (let i = m.firstWord; i <= m.lastWord; i++) staffWords.add(i);
  const add = (feature: string, sentence: number) => {
    if (seen.has(feature)) return;
    seen.add(feature);
    chunk!.features.push(feature);
    chunk!.sentenceOf.push(sentence);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const s = w.sentence;
    if (s !== prevSentence && (chunk === undefined || count >= CHUNK_WORDS)) {
      chunk = { firstSentence: s, lastSentence: s, features: [], sentenceOf: [] };
      chunks.push(chunk);
      seen = new Set();
      count = 0;
      add(`x:${tag}`, s);
    }
    const shape = staffWords.has(i) ? '@' : shapeOf(w, s !== prevSentence);
    add(`u:${shape}`, s);
    add(tag + shape, s);
    if (s === prevSentence) add(`b:${prev} ${shape}`, s);
    chunk!.lastSentence = s;
    prev = shape;
    prevSentence = s;
    count++;
  }
  return chunks;
}
