// Word tokens of a document for the tone rules, built once per document and shared by every
// tone rule (kept on the Doc), so ten rules cost one pass over the text.
import { memoByDoc } from '../detectors/memo';
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

/** The document's tone tokens, built once (kept on the Doc) and shared by every tone rule. */
export const toneTokens = memoByDoc((doc: Doc): readonly ToneToken[] => tokenize(doc.lower));

export function normalizeWord(word: string): string {
  return word.indexOf("'") === -1 ? word : word.replace(/'/g, '');
}

// Words are runs of ASCII letters and digits, Latin-1/Extended-A/B letters, inner apostrophes
// ("won't") and a trailing % ("100%"). One hand-written pass (no regex, no backtracking) that
// also notes where sentences and clauses end between words.
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

// A class, not an object literal: V8 tracks an object literal's allocation site and, seeing
// that a document's tokens outlive several scavenges (they live as long as the analyze() call),
// starts allocating them straight in the old generation ("pretenuring"). Then every token is an
// old-space object pointing at a new-space string, and tokenizing 63,206 characters took 3.5-4.5 ms
// in analyze() instead of 0.5 ms alone. Objects made by `new` are never pretenured.
class Token implements ToneToken {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly breakBefore: boolean,
    readonly clauseBefore: boolean,
  ) {}
}

function tokenize(lower: string): ToneToken[] {
  const tokens: ToneToken[] = [];
  const n = lower.length;
  let sentenceEnd = false;
  let clauseEnd = false;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      // . ! ? and line breaks end a sentence; , ; : ( ) — … end a clause.
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) sentenceEnd = true;
      else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2026) clauseEnd = true;
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    i++;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (isWordChar(d)) i++;
      else if (d === 39 && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) {
        apostrophe = true;
        i += 2;
      } else break;
    }
    if (i < n && lower.charCodeAt(i) === 37) i++;
    const word = lower.slice(start, i);
    const first = tokens.length === 0;
    tokens.push(new Token(apostrophe ? normalizeWord(word) : word, start, i, !first && sentenceEnd, !first && (sentenceEnd || clauseEnd)));
    sentenceEnd = false;
    clauseEnd = false;
  }
  return tokens;
}

/**
 * Token index range [from, to) of the sentence holding token `i`, looking at most `reach` words
 * each way: a text with no full stops is still checked in linear time.
 */
export function sentenceAround(tokens: readonly ToneToken[], i: number, reach = 60): { from: number; to: number } {
  let from = i;
  while (from > 0 && from > i - reach && !tokens[from]!.breakBefore) from--;
  let to = i + 1;
  while (to < tokens.length && to < i + 1 + reach && !tokens[to]!.breakBefore) to++;
  return { from, to };
}

/** Whether tokens [from, to) start a sentence, and whether they also end it. */
export function opensSentence(tokens: readonly ToneToken[], from: number): boolean {
  return from === 0 || tokens[from]!.breakBefore;
}
export function closesSentence(tokens: readonly ToneToken[], to: number): boolean {
  return to >= tokens.length || tokens[to]!.breakBefore;
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

/** Every word of the document, for "does the reply say thanks anywhere" questions. */
export const toneWordSet = memoByDoc((doc: Doc): ReadonlySet<string> => new Set(toneTokens(doc).map((t) => t.text)));
