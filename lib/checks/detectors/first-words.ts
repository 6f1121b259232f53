// Which words a regular expression's match can begin with, read from its source: "\b(?:our|the)
// records? show" can only start at the word "our" or "the". pattern.ts uses this to try a long
// alternation of patterns only at the words that can start one of them, instead of at every
// word of the text.
//
// A "word" here is a maximal run of [a-z0-9] in lower-cased text. The answer may only ever be
// too wide (a pattern listed for a word where it cannot match costs time, not findings): every
// assertion other than \b and $ is ignored, and whatever is not understood makes the pattern a
// candidate everywhere (`anyWord`), or, when even its first character is unknown, `unsupported`.
// The source is parsed in regex-parser.ts into the atoms of regex-atoms.ts.
import { isDigit, type Atom } from './regex-atoms';
import { Parser } from './regex-parser';

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
