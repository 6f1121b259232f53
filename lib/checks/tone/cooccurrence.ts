// Structures that a phrase list cannot spell out: two word classes that meet in one sentence
// ("thanks" near "one-star", "guarantee" near "painless", "you" near an insult), in any order
// and with any words between. Each rule declares its classes as Sets; one pass over the
// tokens, a Set lookup per word and a short look around each anchor keeps it linear.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import type { Context, Severity } from '../types';
import { anyIn, precededBy, sentenceAround, toneTokens, type ToneToken } from './tokens';

export interface Cooccurrence {
  /** Words that start the structure (the finding runs from the anchor to its partner). */
  anchors: ReadonlySet<string>;
  /** Words that must stand within `window` words of the anchor, in the same sentence. */
  partners: ReadonlySet<string>;
  /** How far the partner may be, in words (default 6). */
  window?: number;
  /** The partner may come before the anchor as well as after it. */
  eitherSide?: boolean;
  /** The partner must stand in the anchor's clause (no comma, semicolon or dash between). */
  sameClause?: boolean;
  /** Quiet when one of these words stands among the three words before the anchor (negation, hedges). */
  quietAfter?: ReadonlySet<string>;
  /** Quiet when the sentence holds one of these words (an apology, a hedge, an offer of help). */
  quietIfSentenceHas?: ReadonlySet<string>;
  /** Quiet when the sentence is a question. */
  quietInQuestions?: boolean;
  /** Only in these contexts (all when absent). */
  contexts?: readonly Context[];
  /** An extra test on the anchor's position (a clause start, a capitalised word…). */
  anchorTest?: (doc: Doc, tokens: readonly ToneToken[], i: number) => boolean;
  message: string;
  severity?: Severity;
}

/** Whether the sentence holding tokens [from, to) ends with a question mark. */
export function isQuestion(doc: Doc, tokens: readonly ToneToken[], to: number): boolean {
  const end = to < tokens.length ? tokens[to]!.start : doc.norm.length;
  for (let k = tokens[to - 1]!.end; k < end && k < tokens[to - 1]!.end + 8; k++) {
    const c = doc.norm[k];
    if (c === '?') return true;
    if (c === '.' || c === '!' || c === '\n') return false;
  }
  return false;
}

export function cooccurrenceFindings(doc: Doc, spec: Cooccurrence): RawFinding[] {
  if (spec.contexts && !spec.contexts.includes(doc.context)) return [];
  const tokens = toneTokens(doc);
  const window = spec.window ?? 6;
  const found: RawFinding[] = [];
  let reach = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!spec.anchors.has(tokens[i]!.text) || i <= reach) continue;
    if (spec.anchorTest && !spec.anchorTest(doc, tokens, i)) continue;
    if (spec.quietAfter && precededBy(tokens, i, spec.quietAfter, 3)) continue;
    const partner = findPartner(tokens, i, window, spec);
    if (partner === -1) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (spec.quietIfSentenceHas && anyIn(tokens, from, to, spec.quietIfSentenceHas)) continue;
    if (spec.quietInQuestions && isQuestion(doc, tokens, to)) continue;
    const a = Math.min(i, partner);
    const b = Math.max(i, partner);
    found.push({ start: tokens[a]!.start, end: tokens[b]!.end, message: spec.message, ...(spec.severity ? { severity: spec.severity } : {}) });
    reach = b;
  }
  return found;
}

function findPartner(tokens: readonly ToneToken[], i: number, window: number, spec: Cooccurrence): number {
  for (let k = i + 1; k < tokens.length && k <= i + window; k++) {
    if (tokens[k]!.breakBefore || (spec.sameClause && tokens[k]!.clauseBefore)) break;
    if (spec.partners.has(tokens[k]!.text)) return k;
  }
  if (spec.eitherSide) {
    for (let k = i - 1; k >= 0 && k >= i - window; k--) {
      if (tokens[k + 1]!.breakBefore || (spec.sameClause && tokens[k + 1]!.clauseBefore)) break;
      if (spec.partners.has(tokens[k]!.text)) return k;
    }
  }
  return -1;
}

/** Whether token `i` opens a clause (start of text, or after . ! ? , ; : and the like). */
export function opensClause(tokens: readonly ToneToken[], i: number): boolean {
  return i === 0 || tokens[i]!.clauseBefore;
}

/** Whether token `i` is written in capitals in the original ("SO", "WILL"). */
export function writtenInCaps(doc: Doc, token: ToneToken, minLetters = 2): boolean {
  if (token.end - token.start < minLetters) return false;
  // Codes glued to digits or hyphens ("SN-MAD-30917B") are identifiers, not a raised voice.
  const before = doc.norm.charCodeAt(token.start - 1);
  const after = doc.norm.charCodeAt(token.end);
  if (before === 45 || after === 45 || before === 47 || after === 47) return false;
  let letters = 0;
  for (let k = token.start; k < token.end; k++) {
    const c = doc.norm.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= minLetters;
}
