// Parses a regular expression's source into atoms (regex-atoms.ts) for first-words.ts: groups,
// classes, escapes and quantifiers; look-arounds and other assertions only narrow a match and
// are kept as `skip`, and anything not understood throws or becomes `unknown`.
import { ANY, chars, isDigit, isSpace, isWordChar, type Atom, type CharTest } from './regex-atoms';

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

export class Parser {
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
