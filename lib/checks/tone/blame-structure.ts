// What every blame structure shares (blame-structures.ts and blame-reversals.ts): a function
// from the token a structure starts at to its finding, the one message they all give, and the
// way they read a word without running past the sentence they started in.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import type { ToneToken } from './tokens';

export type BlameStructure = (doc: Doc, tokens: readonly ToneToken[], i: number) => RawFinding | undefined;

export const BLAME_MESSAGE = 'This puts the blame on the reader. Say what the office can do next instead.';

/** The text of token i, or undefined past the end or across a sentence break after `sentenceFrom`. */
export function sentenceWord(tokens: readonly ToneToken[], i: number, sentenceFrom: number): string | undefined {
  const t = tokens[i];
  if (!t || (i > sentenceFrom && t.breakBefore)) return undefined;
  return t.text;
}

/** The blame finding over tokens [from, to] inclusive. */
export function blameSpan(tokens: readonly ToneToken[], from: number, to: number): RawFinding {
  return { start: tokens[from]!.start, end: tokens[to]!.end, message: BLAME_MESSAGE };
}
