// One normalised view of the text that every rule reads, with a map back to the original.
// Normalising once (instead of in each rule) is what keeps analyze() linear and lets rules
// see "５５５" and "5​5​5" (zero-width spaces) as the digits staff meant to hide.
import type { AnalyzeOptions, Context, PracticeProfile, Site } from './types';

export interface Span {
  start: number;
  end: number;
}

/** A word of `norm`: letters and digits, with one inner apostrophe ("son's", "o'brien"). */
export interface Word extends Span {
  /** As written in `norm`. */
  readonly text: string;
  /** Lower-cased. */
  readonly lower: string;
  /** Lower-cased without a possessive 's ("son's" → "son"): the form lexicons are keyed by. */
  readonly base: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Index of the sentence (in `sentences`) the word stands in. */
  readonly sentence: number;
}

export interface Doc {
  /** The text as given. */
  readonly original: string;
  /** Normalised text: invisible characters removed, look-alikes folded to ASCII. */
  readonly norm: string;
  /** `norm` lower-cased, same length as `norm` (index i in one is index i in the other). */
  readonly lower: string;
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  /** Sentence spans in `norm` offsets (split on . ! ? followed by space, and on newlines). */
  readonly sentences: readonly Span[];
  /** Words of `norm` in order (built on first use, then shared by every rule). */
  readonly words: readonly Word[];
  /** Original offsets of a span given in `norm` offsets (end exclusive). */
  toOriginal(span: Span): Span;
  /**
   * `compute(this)`, worked out once per document and kept with it (see detectors/memo.ts).
   * `key` names the computation; use the same key (the compute function itself) every time.
   */
  memo<T>(key: object, compute: (doc: Doc) => T): T;
}

// Characters that render as nothing but break up words and digits: zero-width space/joiners,
// word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks and embeddings.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

// Digits in other Unicode forms, which read as digits but slip past a search for 0-9:
// superscript ⁵⁴¹, subscript ₅₄₁, circled ⑤④①, parenthesised ⑸, double-circled ⓹, and the
// dingbat (negative) circled ❺ ➄ ➎. The value of the digit, or -1.
function digitOf(code: number): number {
  if (code < 0xb2) return -1;
  if (code >= 0x2080 && code <= 0x2089) return code - 0x2080;
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070;
  if (code >= 0x2460 && code <= 0x2468) return code - 0x245f;
  if (code >= 0x2474 && code <= 0x247c) return code - 0x2473;
  if (code >= 0x24f5 && code <= 0x24fd) return code - 0x24f4;
  if (code >= 0x2776 && code <= 0x277e) return code - 0x2775;
  if (code >= 0x2780 && code <= 0x2788) return code - 0x277f;
  if (code >= 0x278a && code <= 0x2792) return code - 0x2789;
  switch (code) {
    case 0x2070: // ⁰
    case 0x24ea: // ⓪
    case 0x24ff: // ⓿
      return 0;
    case 0xb9:
      return 1;
    case 0xb2:
      return 2;
    case 0xb3:
      return 3;
    default:
      return -1;
  }
}

// Digits outside the BMP (a surrogate pair each): mathematical bold, double-struck, sans-serif,
// sans-serif bold and monospace 𝟎–𝟿 (ten of each from U+1D7CE), and segmented 🯰–🯹.
function astralDigitOf(cp: number): number {
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10;
  if (cp >= 0x1fbf0 && cp <= 0x1fbf9) return cp - 0x1fbf0;
  return -1;
}

/** A superscript or subscript digit. */
const isRaisedOrLoweredDigit = (c: number) =>
  (c >= 0x2080 && c <= 0x2089) || (c >= 0x2074 && c <= 0x2079) || c === 0x2070 || c === 0xb2 || c === 0xb3 || c === 0xb9;

const NON_ASCII_LETTER = /\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i >= 0 && c < 0xd800 && NON_ASCII_LETTER.test(text[i]!);
}

function foldChar(code: number): string | null {
  // Fullwidth ASCII forms (Ｊｏｈｎ, ５５５) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Arabic-Indic and extended Arabic-Indic digits → ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  const digit = digitOf(code);
  if (digit !== -1) return String.fromCharCode(48 + digit);
  switch (code) {
    case 0x00a0: // no-break space
    case 0x2007:
    case 0x202f:
    case 0x3000: // ideographic space
    case 0x2002:
    case 0x2003:
    case 0x2009:
      return ' ';
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0xff07:
      return "'";
    case 0x201c:
    case 0x201d:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-';
    case 0x2024: // one dot leader
      return '.';
    default:
      return null;
  }
}

// Characters buildDoc may change: invisible ones, look-alikes to fold, surrogates to check, the
// keycap mark (U+20E3). Text without any of them (most posts) is used as is, with no
// per-character work or allocation.
const SPECIAL =
  /[\u00A0\u00AD\u00B2\u00B3\u00B9\u02BC\u0660-\u0669\u06F0-\u06F9\u180E\u2000-\u2089\u20E3\u2212\u2460-\u24FF\u2776-\u2793\u3000\uD800-\uDFFF\uFEFF\uFF01-\uFF5E]/g;

export function buildDoc(text: string, options: AnalyzeOptions = {}): Doc {
  // The offset map is kept as segments: from norm index `normStarts[k]` on, norm index n is
  // original index `origStarts[k] + (n - normStarts[k])`, and the norm character just before
  // `normStarts[k]` ends (exclusive) at original `prevEnds[k]`. Only a character that changes
  // width starts a segment, so the map stays tiny. A removed invisible character is no part of
  // its neighbours (the previous character ends where it starts); the variation selector and
  // keycap mark of "5️⃣" and the second half of a surrogate pair are part of the digit they
  // fold into, so a finding covers the whole disguised digit.
  const normStarts: number[] = [0];
  const origStarts: number[] = [0];
  const prevEnds: number[] = [0];
  const parts: string[] = [];
  let last = 0; // original index up to which text is copied into `parts`
  let n = 0; // norm length so far, up to `last`
  const startSegment = (prevEnd: number) => {
    const k = normStarts.length - 1;
    if (normStarts[k] === n) {
      origStarts[k] = last; // right after another change: the earlier character's end stands
      return;
    }
    normStarts.push(n);
    origStarts.push(last);
    prevEnds.push(prevEnd);
  };
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        SPECIAL.lastIndex = i + 2;
        const digit = astralDigitOf(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        if (digit === -1) continue; // emoji, rare scripts: kept as is
        parts.push(text.slice(last, i), String.fromCharCode(48 + digit));
        n += i - last + 1;
        last = i + 2;
        startSegment(last);
        continue;
      }
      // a lone high surrogate: U+FFFD below
    } else if (code === 0x20e3) {
      // A keycap digit: 0-9, an optional variation selector, U+20E3. "#️⃣" and "*️⃣" stay.
      let d = i - 1;
      const vs = text.charCodeAt(d);
      if (vs === 0xfe0f || vs === 0xfe0e) d--;
      const digit = text.charCodeAt(d);
      if (d < last || digit < 48 || digit > 57) continue;
      parts.push(text.slice(last, d + 1));
      n += d + 1 - last;
      last = i + 1;
      startSegment(last);
      continue;
    } else if (isRaisedOrLoweredDigit(code) && isLetterAt(text, i - 1)) {
      // One or two small digits right after a letter are a footnote ("Dr. Lee¹"), a unit
      // ("m²") or a formula ("H₂O"), kept as written so the word stays what it was; a longer run
      // ("XJH⁴⁴⁸¹²⁰") is a number written small, and folds.
      let j = i + 1;
      while (j < text.length && isRaisedOrLoweredDigit(text.charCodeAt(j))) j++;
      if (j - i <= 2) {
        SPECIAL.lastIndex = j;
        continue;
      }
    }
    let replacement: string | null;
    if (code >= 0xd800 && code <= 0xdfff) replacement = '\uFFFD'; // a lone surrogate
    else if (INVISIBLE.test(m[0])) replacement = '';
    else {
      replacement = foldChar(code);
      if (replacement === null) continue;
    }
    parts.push(text.slice(last, i), replacement);
    n += i - last + replacement.length;
    last = i + 1;
    if (replacement.length === 0) startSegment(i);
  }
  const norm = last === 0 ? text : (parts.push(text.slice(last)), parts.join(''));
  const lowered = norm.toLowerCase();
  const lower = lowered.length === norm.length ? lowered : lowerAligned(norm);
  return new NormalisedDoc(text, norm, lower, options, normStarts, origStarts, prevEnds);
}

/** One shared empty profile: what is derived from a profile is cached per profile object. */
const NO_PROFILE: PracticeProfile = Object.freeze({});

/** Stands for a memo whose value is undefined (an empty slot reads as undefined). */
const NO_VALUE = Symbol('no value');

/** Whether `doc` keeps memos in numbered slots (documents made by buildDoc do). */
export function hasMemoSlots(doc: Doc): doc is Doc & { memoAt<T>(slot: number, compute: (doc: Doc) => T): T } {
  return doc instanceof NormalisedDoc;
}

// A class rather than an object literal with closures: the words, sentences and memos it
// computes on first use live in its fields, and die with it. Kept in a closure's context (or in
// module-level WeakMaps keyed by the document), V8's scavenger kept every word of every past
// document alive until a full collection, and building the words cost 3–6× more (measured with
// `--single-threaded-gc`: 9.7 ms against 1.5 ms on 63,206 characters).
class NormalisedDoc implements Doc {
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  private sentenceSpans: Span[] | undefined;
  private wordList: Word[] | undefined;
  private memos: Map<object, unknown> | undefined;
  private slots: unknown[] | undefined;

  constructor(
    readonly original: string,
    readonly norm: string,
    readonly lower: string,
    options: AnalyzeOptions,
    /** From norm index `normStarts[k]` on, norm index n is original `origStarts[k] + (n - normStarts[k])`. */
    private readonly normStarts: readonly number[],
    private readonly origStarts: readonly number[],
    /** Original end (exclusive) of the norm character just before `normStarts[k]`. */
    private readonly prevEnds: readonly number[],
  ) {
    this.context = options.context ?? 'post';
    this.site = options.site;
    this.profile = options.profile ?? NO_PROFILE;
    this.watchWords = options.watchWords ?? [];
  }

  get sentences(): readonly Span[] {
    this.sentenceSpans ??= splitSentences(this.norm);
    return this.sentenceSpans;
  }

  get words(): readonly Word[] {
    this.wordList ??= splitWords(this.norm, this.lower, this.sentences);
    return this.wordList;
  }

  memo<T>(key: object, compute: (doc: Doc) => T): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** `memo` by a number handed out once per computation (memoByDoc): an array read instead of
   *  two Map lookups, for the hundred-odd memo reads of every call. */
  memoAt<T>(slot: number, compute: (doc: Doc) => T): T {
    const values = (this.slots ??= []);
    const v = values[slot];
    if (v !== undefined) return (v === NO_VALUE ? undefined : v) as T;
    const value = compute(this);
    values[slot] = value === undefined ? NO_VALUE : value;
    return value;
  }

  toOriginal({ start, end }: Span): Span {
    const n = this.norm.length;
    const s = start >= n ? this.original.length : this.toOrig(Math.max(0, start));
    const e = end <= start ? s : this.toOrigEnd(Math.min(end, n));
    return { start: s, end: e };
  }

  /** Original index of norm index i. */
  private toOrig(i: number): number {
    const k = this.segmentOf(i);
    return this.origStarts[k]! + (i - this.normStarts[k]!);
  }

  /** Original end (exclusive) of the norm character before norm index e (e > 0). */
  private toOrigEnd(e: number): number {
    const k = this.segmentOf(e);
    const from = this.normStarts[k]!;
    return from === e && k > 0 ? this.prevEnds[k]! : this.origStarts[k]! + (e - from);
  }

  /** The last segment starting at or before norm index i. */
  private segmentOf(i: number): number {
    const { normStarts } = this;
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Lower-case one character at a time, keeping any that would grow (İ → i̇) as they are, so
 *  index i of the result is index i of `norm`. */
function lowerAligned(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    const low = c.toLowerCase();
    out += low.length === 1 ? low : c;
  }
  return out;
}

// Words before which a full stop does not end a sentence: titles and common abbreviations.
// Without this "Mrs. Patel had surgery" would split between the title and the name.
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'sr', 'jr', 'prof', 'vs', 'etc', 'e.g', 'i.e', 'pt', 'apt', 'no', 'ste',
  'ave', 'rd', 'blvd', 'a.m', 'p.m', 'sra', 'srta', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx',
  // Ranks and callings before a name: "Sgt. Miller", "Rev. Adams".
  'sgt', 'cpl', 'lt', 'capt', 'col', 'maj', 'rev', 'gen',
]);

// A hand-written scanner, not a regex: a run of punctuation followed by a non-space would make
// a regex retry the run from every position (quadratic on "!!!…!a").
function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  const len = norm.length;
  let start = 0;
  let i = 0;
  while (i < len) {
    const c = norm.charCodeAt(i);
    if (c === 10 /* \n */) {
      let j = i;
      while (j < len && norm.charCodeAt(j) === 10) j++;
      if (j > start) spans.push({ start, end: j });
      start = i = j;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 /* . ! ? */) {
      let j = i;
      while (j < len && isEndPunct(norm.charCodeAt(j))) j++;
      const next = j < len ? norm.charCodeAt(j) : -1;
      if (next === 10) {
        while (j < len && norm.charCodeAt(j) === 10) j++;
        spans.push({ start, end: j });
        start = i = j;
        continue;
      }
      if ((next === -1 || next === 32 || next === 9 || next === 13) && !(c === 46 && j === i + 1 && isAbbreviation(norm, i))) {
        spans.push({ start, end: j });
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < len) spans.push({ start, end: len });
  return spans;
}

const isEndPunct = (c: number) => c === 46 || c === 33 || c === 63;

/** Is the full stop at `dot` the end of a title or abbreviation ("Dr.", "Mrs.", "F.")? */
function isAbbreviation(norm: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && k > dot - 6 && isLetterOrDot(norm.charCodeAt(k - 1))) k--;
  const word = norm.slice(k, dot).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // an initial: "Lorenzo F. came in"
  return NO_BREAK_AFTER.has(word);
}

const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark. ASCII is decided by code; the rest by a Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

/** Width in UTF-16 units of the character at i (2 for a surrogate pair). */
const charWidth = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
};

// Words are runs of letters, digits and marks, with one inner apostrophe allowed ("son's",
// "o'brien"). A hand-written scan: the Unicode-class regex it replaces cost a third of analyze().
function splitWords(norm: string, lower: string, sentences: readonly Span[]): Word[] {
  const words: Word[] = [];
  const len = norm.length;
  let s = 0;
  let i = 0;
  while (i < len) {
    // ASCII is decided inline; only other characters go through isWordChar.
    const c = norm.charCodeAt(i);
    if (c < 128 ? !isAsciiAlnum(c) : !isWordChar(norm, i)) {
      i++;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (i < len) {
      const d = norm.charCodeAt(i);
      if (d < 128) {
        if (!isAsciiAlnum(d)) break;
        i++;
      } else {
        if (!isWordChar(norm, i)) break;
        i += charWidth(norm, i);
      }
    }
    if (norm.charCodeAt(i) === 39 /* ' */ && i + 1 < len && isWordChar(norm, i + 1) && norm.charCodeAt(i + 1) > 64) {
      let j = i + 1;
      while (j < len && isWordChar(norm, j) && !isDigitCode(norm.charCodeAt(j))) j += charWidth(norm, j);
      i = j;
    }
    const end = i;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const low = lower.slice(start, end);
    const possessive = end - start >= 2 && lower.charCodeAt(end - 1) === 115 /* s */ && lower.charCodeAt(end - 2) === 39; /* ' */
    words.push(new DocWord(norm, start, end, low, possessive ? low.slice(0, -2) : low, norm.charCodeAt(start) !== lower.charCodeAt(start), s));
  }
  return words;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

const isDigitCode = (c: number) => c >= 48 && c <= 57;

// A class (one hidden shape for every word) with the as-written text sliced only when asked:
// most words are only ever looked up by their lower-case form, and fewer strings per word
// means less garbage to collect on every keystroke.
class DocWord implements Word {
  constructor(
    private readonly norm: string,
    readonly start: number,
    readonly end: number,
    readonly lower: string,
    readonly base: string,
    readonly cap: boolean,
    readonly sentence: number,
  ) {}

  get text(): string {
    return this.norm.slice(this.start, this.end);
  }
}
