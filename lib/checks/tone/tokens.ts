// Word tokens of a document for the tone rules, built once per document and shared by every
// tone rule (a WeakMap keyed by the Doc), so ten rules cost one pass over the text.
import type { Doc } from '../doc';

export interface ToneToken {
  /** Lower-cased word with apostrophes dropped: "won't" → "wont", so "wont" matches too. */
  readonly text: string;
  /** Offsets in `doc.norm`. */
  readonly start: number;
  readonly end: number;
  /** A sentence ends between the previous token and this one (. ! ? or a line break). */
  readonly breakBefore: boolean;
  /** A clause ends between the previous token and this one (a sentence end, or , ; : ( ) — …). */
  readonly clauseBefore: boolean;
}

// Letters (Latin and Latin-1/Extended-A/B), digits, inner apostrophes, and a trailing % so
// "100%" stays one word. No nested quantifiers: linear on any input.
const WORD = /[a-z0-9\u00c0-\u024f]+(?:'[a-z0-9\u00c0-\u024f]+)*%?/g;

const cache = new WeakMap<Doc, readonly ToneToken[]>();

export function toneTokens(doc: Doc): readonly ToneToken[] {
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = tokenize(doc.lower);
    cache.set(doc, tokens);
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  return word.indexOf("'") === -1 ? word : word.replace(/'/g, '');
}

function tokenize(lower: string): ToneToken[] {
  const tokens: ToneToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = tokens.length === 0;
    tokens.push({
      text: normalizeWord(m[0]),
      start,
      end,
      breakBefore: !first && hasBreak(lower, prevEnd, start, false),
      clauseBefore: !first && hasBreak(lower, prevEnd, start, true),
    });
    prevEnd = end;
  }
  return tokens;
}

function hasBreak(text: string, from: number, to: number, clause: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? and line breaks end a sentence.
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return true;
    // , ; : ( ) — … end a clause.
    if (clause && (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2026)) return true;
  }
  return false;
}

/** Token index range [from, to) of the sentence holding token `i`. */
export function sentenceAround(tokens: readonly ToneToken[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  let to = i + 1;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  return { from, to };
}

/** Whether one of the `window` tokens before `i`, in the same clause, is in `words`. */
export function precededBy(tokens: readonly ToneToken[], i: number, words: ReadonlySet<string>, window = 3): boolean {
  if (tokens[i]?.clauseBefore) return false;
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (words.has(tokens[k]!.text)) return true;
    if (tokens[k]!.clauseBefore) break;
  }
  return false;
}

/** Whether any token in [from, to) is in `words`. */
export function anyIn(tokens: readonly ToneToken[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k]!.text)) return true;
  return false;
}

const wordSets = new WeakMap<Doc, ReadonlySet<string>>();

/** Every word of the document, for "does the reply say thanks anywhere" questions. */
export function toneWordSet(doc: Doc): ReadonlySet<string> {
  let words = wordSets.get(doc);
  if (!words) {
    words = new Set(toneTokens(doc).map((t) => t.text));
    wordSets.set(doc, words);
  }
  return words;
}
