// One normalised view of the text that every rule reads, with a map back to the original.
// Normalising once (instead of in each rule) is what keeps analyze() linear and lets rules
// see "５５５" and "5​5​5" (zero-width spaces) as the digits staff meant to hide.
import type { AnalyzeOptions, Context, PracticeProfile, Site } from './types';

export interface Span {
  start: number;
  end: number;
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
  /** Original offsets of a span given in `norm` offsets (end exclusive). */
  toOriginal(span: Span): Span;
}

// Characters that render as nothing but break up words and digits: zero-width space/joiners,
// word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks and embeddings.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function foldChar(code: number): string | null {
  // Fullwidth ASCII forms (Ｊｏｈｎ, ５５５) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Arabic-Indic and extended Arabic-Indic digits → ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
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

export function buildDoc(text: string, options: AnalyzeOptions = {}): Doc {
  const len = text.length;
  const normParts: string[] = [];
  const lowerParts: string[] = [];
  const map = new Int32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    let ch: string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A valid pair (emoji, rare scripts): keep both units, mapped one to one.
        normParts.push(text[i]!, text[i + 1]!);
        lowerParts.push(text[i]!, text[i + 1]!);
        map[n++] = i;
        map[n++] = i + 1;
        i++;
        continue;
      }
      ch = '\uFFFD'; // lone high surrogate
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      ch = '\uFFFD'; // lone low surrogate
    } else {
      const c = text[i]!;
      if (code >= 0x80 && INVISIBLE.test(c)) continue;
      ch = foldChar(code) ?? c;
    }
    normParts.push(ch);
    const low = ch.toLowerCase();
    // Keep `lower` aligned with `norm`: a few characters lower-case to two units (İ).
    lowerParts.push(low.length === 1 ? low : ch);
    map[n++] = i;
  }
  map[n] = len;
  const norm = normParts.join('');
  const lower = lowerParts.join('');
  const offsets = map.subarray(0, n + 1);

  let sentences: Span[] | undefined;
  return {
    original: text,
    norm,
    lower,
    context: options.context ?? 'post',
    site: options.site,
    profile: options.profile ?? {},
    watchWords: options.watchWords ?? [],
    get sentences() {
      sentences ??= splitSentences(norm);
      return sentences;
    },
    toOriginal({ start, end }) {
      const s = offsets[Math.max(0, Math.min(start, n))]!;
      const e = end <= start ? s : offsets[Math.min(end, n) - 1]! + 1;
      return { start: s, end: e };
    },
  };
}

function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  const re = /(?:[.!?]+)?\n+|[.!?]+(?=\s|$)/g;
  let start = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < norm.length) spans.push({ start, end: norm.length });
  return spans;
}
