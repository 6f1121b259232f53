// A combined pattern alternation tried only where it can match. Each pattern lists the words
// its match can begin with (first-words.ts); at each word start of the lower-cased text one
// lookup in a letter tree finds the patterns that can begin there, and only they run, anchored
// at that word, in list order. Where no pattern can begin, nothing runs: most words of a post
// start none of the relationship patterns.
//
// The result is the scan of "\b(?:(p0)|(p1)|…)" exactly: matches start only at a \b before a
// letter or digit, the first pattern in list order that matches at a position wins, and the
// scan goes on after each match.
import { firstWords } from './first-words';

interface Candidates {
  /** Pattern indexes, in list order. */
  patterns: number[];
  /** Each one's own sticky regex (shared by every list it is in). */
  res: RegExp[];
}

interface TreeNode {
  next: Array<TreeNode | undefined>;
  /** Set when the path to this node is a whole first word. */
  candidates?: Candidates | null;
}

export interface WordDispatch {
  root: TreeNode;
  /** For a word that starts with a digit and is no listed word. */
  digit: Candidates | null;
  /** For any other word that is not listed. */
  other: Candidates | null;
  /** For a match that starts with a mark, right after a word ("'s"), by the mark's code. */
  marks: Map<number, Candidates>;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordChar = (c: number) => isAlnum(c) || (c >= 65 && c <= 90) || c === 95;
/** Slot of [a-z0-9] in a tree node: letters 0–25, digits 26–35. */
const slot = (c: number) => (c <= 57 ? c - 22 : c - 97);

/**
 * `bodies[k]` is pattern k's source with the \b of each top-level branch removed ("a|c" for
 * "\ba|\bc") and `sources[k]` its full source. Returns
 * null when a pattern's first word cannot be told (the caller scans as before).
 */
export function compileDispatch(sources: readonly string[], bodies: readonly string[], flags: string): WordDispatch | null {
  if (flags.includes('i')) return null;
  const byWord = new Map<string, number[]>();
  const byMark = new Map<number, number[]>();
  const digit: number[] = [];
  const any: number[] = [];
  for (let k = 0; k < sources.length; k++) {
    const first = firstWords(sources[k]!);
    if (first.unsupported) return null;
    for (const c of first.marks) {
      if (isWordChar(c)) return null; // "_" or a capital: not after a word, keep it simple
      const list = byMark.get(c);
      if (list) list.push(k);
      else byMark.set(c, [k]);
    }
    if (first.anyWord) any.push(k);
    else {
      if (first.digit) digit.push(k);
      for (const w of first.words) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        list.push(k);
      }
    }
  }
  // One sticky regex per pattern, not one alternation per list of candidates: V8 compiles each
  // regex on first use, and these patterns take milliseconds each to compile (the whole
  // alternation took most of a second), so each is compiled once, and only if ever a candidate.
  const stickyFlags = flags.includes('u') ? 'uy' : 'y';
  const sticky = bodies.map((body) => new RegExp(body, stickyFlags));
  const compiled = new Map<string, Candidates | null>();
  const candidatesOf = (patterns: number[]): Candidates | null => {
    const list = [...new Set(patterns)].sort((a, b) => a - b);
    const key = list.join(',');
    let c = compiled.get(key);
    if (c === undefined) {
      c = list.length > 0 ? { patterns: list, res: list.map((k) => sticky[k]!) } : null;
      compiled.set(key, c);
    }
    return c;
  };
  const root: TreeNode = { next: [] };
  for (const [word, list] of byWord) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const s = slot(word.charCodeAt(i));
      node = node.next[s] ??= { next: [] };
    }
    node.candidates = candidatesOf([...list, ...any, ...(isDigitCode(word.charCodeAt(0)) ? digit : [])]);
  }
  const marks = new Map<number, Candidates>();
  for (const [c, list] of byMark) marks.set(c, candidatesOf(list)!);
  return { root, digit: candidatesOf([...digit, ...any]), other: candidatesOf(any), marks };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Calls `found` for each match in order, with the pattern's index (its regex's own groups: 0). */
export function scanDispatched(d: WordDispatch, text: string, found: (m: RegExpExecArray, pattern: number, group: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      // A mark right after a word ("you're"): \b holds between them.
      const marked = d.marks.size > 0 && i > 0 ? d.marks.get(c) : undefined;
      const end = marked && isWordChar(text.charCodeAt(i - 1)) ? tryAt(marked, text, i, found) : -1;
      i = end > 0 ? end : i + 1;
      continue;
    }
    let j = i + 1;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      // Inside a word (after "_" or where a match ended): no \b here or before the word ends.
      while (j < n && isAlnum(text.charCodeAt(j))) j++;
      i = j;
      continue;
    }
    let node = d.root.next[slot(c)];
    while (j < n) {
      const e = text.charCodeAt(j);
      if (!isAlnum(e)) break;
      if (node) node = node.next[slot(e)];
      j++;
    }
    const candidates = node?.candidates !== undefined ? node.candidates : isDigitCode(c) ? d.digit : d.other;
    const end = candidates ? tryAt(candidates, text, i, found) : -1;
    i = end > 0 ? end : j;
  }
}

/** Runs the candidates at `i` in list order; the end of the first match, or -1. */
function tryAt(candidates: Candidates, text: string, i: number, found: (m: RegExpExecArray, pattern: number, group: number) => void): number {
  const res = candidates.res;
  for (let k = 0; k < res.length; k++) {
    const re = res[k]!;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    found(m, candidates.patterns[k]!, 0);
    return i + m[0].length;
  }
  return -1;
}
