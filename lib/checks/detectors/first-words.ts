// Which words a regular expression's match can begin with, read from its source: "\b(?:our|the)
// records? show" can only start at the word "our" or "the". pattern.ts uses this to try a long
// alternation of patterns only at the words that can start one of them, instead of at every
// word of the text.
//
// A "word" here is a maximal run of [a-z0-9] in lower-cased text. The answer may only ever be
// too wide (a pattern listed for a word where it cannot match costs time, not findings): every
// assertion other than \b and $ is ignored, and whatever is not understood makes the pattern a
// candidate everywhere (`anyWord`), or, when even its first character is unknown, `unsupported`.

export interface FirstWords {
  /** The whole first word, exactly: the match starts with one of these and then a non-[a-z0-9]. */
  words: Set<string>;
  /** Can start with a digit (then with any word that starts with one). */
  digit: boolean;
  /** May start with any word (its first word could not be listed). */
  anyWord: boolean;
  /** Characters other than [a-z0-9] a match may start with ("'" of "\b(?:is|'s) "). */
  marks: Set<number>;
  /** Its first character need not be [a-z0-9], or it can match nothing: the caller must scan as before. */
  unsupported: boolean;
}

type CharTest = (c: number) => boolean;

/** What a character class can match, worked out once when it is parsed. */
interface CharsKind {
  /** Some letter or digit. */
  alnum: boolean;
  /** Letters and digits only. */
  onlyAlnum: boolean;
  /** Digits only. */
  onlyDigits: boolean;
}

function charsKind(test: CharTest, literal: number | null): CharsKind {
  if (literal !== null) {
    const alnum = isAlnum(literal);
    return { alnum, onlyAlnum: alnum, onlyDigits: isDigit(literal) };
  }
  const onlyAlnumChars = onlyAlnum(test);
  return { alnum: anyAlnum(test), onlyAlnum: onlyAlnumChars, onlyDigits: onlyAlnumChars && onlyDigits(test) };
}

const chars = (test: CharTest, literal: number | null): Atom => ({ kind: 'chars', test, literal, min: 1, max: 1, is: charsKind(test, literal) });

type Atom =
  | { kind: 'chars'; test: CharTest; literal: number | null; min: number; max: number; is: CharsKind }
  | { kind: 'group'; alts: Atom[][]; min: number; max: number }
  | { kind: 'wordBoundary' }
  | { kind: 'end' }
  | { kind: 'skip' } // an assertion that only narrows the match (look-arounds, ^, \B)
  | { kind: 'unknown' }; // a back-reference or anything not parsed

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isAlnum(c) || (c >= 65 && c <= 90) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const ANY: CharTest = () => true;

/** Escapes that stand for a class of characters. */
function escapeClass(e: string): CharTest | null {
  switch (e) {
    case 'd':
      return isDigit;
    case 'D':
      return (c) => !isDigit(c);
    case 'w':
      return isWordChar;
    case 'W':
      return (c) => !isWordChar(c);
    case 's':
      return isSpace;
    case 'S':
      return (c) => !isSpace(c);
    default:
      return null;
  }
}

/** The character an escape stands for (\. → '.', \n → newline), or -1 when it is not one. */
function escapeChar(source: string, at: number): { code: number; length: number } {
  const e = source[at]!;
  if (e === 'n') return { code: 10, length: 1 };
  if (e === 't') return { code: 9, length: 1 };
  if (e === 'r') return { code: 13, length: 1 };
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 1, at + 5))) return { code: parseInt(source.slice(at + 1, at + 5), 16), length: 5 };
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 1, at + 3))) return { code: parseInt(source.slice(at + 1, at + 3), 16), length: 3 };
  if (/[A-Za-z0-9]/.test(e)) return { code: -1, length: 1 };
  return { code: e.charCodeAt(0), length: 1 };
}

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  sequence(): Atom[][] {
    const alts: Atom[][] = [[]];
    while (this.at < this.src.length) {
      const c = this.src[this.at]!;
      if (c === ')') break;
      if (c === '|') {
        this.at++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1]!.push(this.quantified(atom));
    }
    return alts;
  }

  private atom(): Atom {
    const src = this.src;
    const c = src[this.at]!;
    if (c === '(') {
      this.at++;
      let look = false;
      if (src.startsWith('?:', this.at)) this.at += 2;
      else if (src.startsWith('?=', this.at) || src.startsWith('?!', this.at)) (this.at += 2), (look = true);
      else if (src.startsWith('?<=', this.at) || src.startsWith('?<!', this.at)) (this.at += 3), (look = true);
      else if (src.startsWith('?<', this.at)) this.at = src.indexOf('>', this.at) + 1;
      const alts = this.sequence();
      if (src[this.at] !== ')') throw new Error('unbalanced');
      this.at++;
      return look ? { kind: 'skip' } : { kind: 'group', alts, min: 1, max: 1 };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.at + 1]!;
      if (e === 'b') return (this.at += 2), { kind: 'wordBoundary' };
      if (e === 'B') return (this.at += 2), { kind: 'skip' };
      const cls = escapeClass(e);
      if (cls) return (this.at += 2), chars(cls, null);
      const ch = escapeChar(src, this.at + 1);
      this.at += 1 + ch.length;
      if (ch.code < 0) return { kind: 'unknown' };
      return chars((x) => x === ch.code, ch.code);
    }
    this.at++;
    if (c === '^') return { kind: 'skip' };
    if (c === '$') return { kind: 'end' };
    if (c === '.') return chars(ANY, null);
    const code = c.charCodeAt(0);
    return chars((x) => x === code, code);
  }

  private charClass(): Atom {
    const src = this.src;
    this.at++;
    const negated = src[this.at] === '^';
    if (negated) this.at++;
    const tests: CharTest[] = [];
    let first = true;
    while (this.at < src.length && (src[this.at] !== ']' || first)) {
      first = false;
      let lo: number;
      if (src[this.at] === '\\') {
        const cls = escapeClass(src[this.at + 1]!);
        if (cls) {
          tests.push(cls);
          this.at += 2;
          continue;
        }
        const ch = escapeChar(src, this.at + 1);
        if (ch.code < 0) throw new Error('class escape');
        lo = ch.code;
        this.at += 1 + ch.length;
      } else {
        lo = src.charCodeAt(this.at++);
      }
      if (src[this.at] === '-' && src[this.at + 1] !== ']') {
        this.at++;
        let hi: number;
        if (src[this.at] === '\\') {
          const ch = escapeChar(src, this.at + 1);
          if (ch.code < 0) throw new Error('class escape');
          hi = ch.code;
          this.at += 1 + ch.length;
        } else {
          hi = src.charCodeAt(this.at++);
        }
        const [a, b] = [lo, hi];
        tests.push((x) => x >= a && x <= b);
      } else {
        const a = lo;
        tests.push((x) => x === a);
      }
    }
    if (src[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    const inClass: CharTest = (x) => tests.some((t) => t(x));
    return chars(negated ? (x) => !inClass(x) : inClass, null);
  }

  private quantified(atom: Atom): Atom {
    const src = this.src;
    const c = src[this.at];
    let min = 1;
    let max = 1;
    if (c === '?') (min = 0), (max = 1), this.at++;
    else if (c === '*') (min = 0), (max = Infinity), this.at++;
    else if (c === '+') (min = 1), (max = Infinity), this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.at += m[0].length;
      }
    } else return atom;
    if (src[this.at] === '?') this.at++; // lazy: the same strings
    if (atom.kind === 'chars' || atom.kind === 'group') return { ...atom, min, max };
    return atom.kind === 'unknown' ? atom : min === 0 ? { kind: 'skip' } : atom;
  }
}

const MAX_STEPS = 20000;
const MAX_UNROLL = 4;

/** The words a match of `source` (a regex source, run over lower-cased text) can begin with. */
export function firstWords(source: string): FirstWords {
  const out: FirstWords = { words: new Set(), digit: false, anyWord: false, marks: new Set(), unsupported: false };
  let top: Atom[][];
  try {
    const p = new Parser(source);
    top = p.sequence();
    if (p.at !== source.length) throw new Error('trailing )');
  } catch {
    out.unsupported = true;
    return out;
  }
  let steps = 0;
  type Cont = (prefix: string) => void;
  const emit = (prefix: string) => {
    if (prefix === '') out.unsupported = true; // the first character is not [a-z0-9]
    else out.words.add(prefix);
  };
  // Walk `seq` from item i with the first word so far `prefix`; `done` continues after it.
  const walk = (seq: readonly Atom[], i: number, prefix: string, done: Cont): void => {
    // Once any word will do, only a branch still at the first character can add anything
    // (it might start with a character that is no letter or digit).
    if (out.unsupported || (out.anyWord && prefix !== '')) return;
    // A word that starts with a digit is tried against every pattern that can: no need to know more.
    if (prefix !== '' && isDigit(prefix.charCodeAt(0))) {
      out.digit = true;
      return;
    }
    if (++steps > MAX_STEPS) {
      out.unsupported = true;
      return;
    }
    if (i === seq.length) return done(prefix);
    const atom = seq[i]!;
    const next: Cont = (p) => walk(seq, i + 1, p, done);
    switch (atom.kind) {
      case 'skip':
        return next(prefix);
      case 'unknown':
        if (prefix === '') out.unsupported = true;
        else out.anyWord = true;
        return;
      case 'wordBoundary':
        // At the start it is the word start; after a letter or digit, the word ends here.
        return prefix === '' ? next(prefix) : emit(prefix);
      case 'end':
        return prefix === '' ? void (out.unsupported = true) : emit(prefix);
      case 'chars': {
        if (!atom.is.alnum) {
          // Matches only characters that end a word: the word so far is complete. At the start,
          // a single such character is where the match begins ("'s").
          if (atom.min === 0) next(prefix);
          if (atom.max > 0) {
            if (prefix === '' && atom.literal !== null) out.marks.add(atom.literal);
            else emit(prefix);
          }
          return;
        }
        if (atom.literal === null || !atom.is.onlyAlnum) {
          if (prefix === '') {
            if (!atom.is.onlyAlnum) out.unsupported = true;
            else if (atom.is.onlyDigits) out.digit = true;
            else out.anyWord = true;
            if (atom.min === 0) next(prefix);
          } else {
            out.anyWord = true;
          }
          return;
        }
        if (atom.max > MAX_UNROLL) {
          if (prefix === '') out.unsupported = true;
          else out.anyWord = true;
          return;
        }
        const ch = String.fromCharCode(atom.literal);
        for (let r = atom.min; r <= atom.max; r++) next(prefix + ch.repeat(r));
        return;
      }
      case 'group': {
        if (atom.max > MAX_UNROLL) {
          if (prefix === '') out.unsupported = true;
          else out.anyWord = true;
          return;
        }
        // Unrolled: r copies of the group (each copy any alternative), then the rest.
        const copies = (r: number, p: string, after: Cont): void => {
          if (r === 0) return after(p);
          for (const alt of atom.alts) walk(alt, 0, p, (q) => copies(r - 1, q, after));
        };
        for (let r = atom.min; r <= atom.max; r++) copies(r, prefix, next);
        return;
      }
    }
  };
  for (const alt of top) walk(alt, 0, '', (prefix) => (prefix === '' ? (out.unsupported = true) : (out.anyWord = true)));
  return out;
}

// Class tests. Beyond Latin-1 and Latin Extended-A, a few samples stand for the rest: the
// classes in these patterns are ASCII ranges, escapes (\s, \w) or negations of them.
const SAMPLES = [0x2019, 0x2028, 0x202f, 0x3000, 0x4e00, 0xd800, 0xfeff, 0xfffd, 0xffff];
function anyAlnum(test: CharTest): boolean {
  for (let c = 48; c <= 57; c++) if (test(c)) return true;
  for (let c = 97; c <= 122; c++) if (test(c)) return true;
  return false;
}
function onlyAlnum(test: CharTest): boolean {
  for (let c = 0; c < 0x180; c++) if (!isAlnum(c) && test(c)) return false;
  return !SAMPLES.some(test);
}
function onlyDigits(test: CharTest): boolean {
  for (let c = 97; c <= 122; c++) if (test(c)) return false;
  return onlyAlnum(test);
}
