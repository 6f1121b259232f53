// Declarative pattern detectors, in the manner of Presidio's PatternRecognizer: named, scored
// regular expressions, context words that raise the score when they stand shortly before a
// match, and validate/invalidate hooks for checksums and known non-matches. Rules describe
// patterns as data; this does the scanning and scoring.
//
// Every pattern must run in linear time: repeats are bounded ({1,20}) or separated by
// characters they cannot match, so a failed match never re-scans a long run.
import type { Doc, Span } from '../doc';
import { compileDispatch, scanDispatched, type WordDispatch } from './pattern-dispatch';

export interface PatternSpec {
  name: string;
  /** A global (g) regular expression, run over `doc.norm` (or `doc.lower` when `lower`). */
  regex: RegExp;
  /** 0..1: how sure a bare match is. */
  score: number;
  /** Report this capture group's span instead of the whole match. */
  group?: number;
  /**
   * Something every match contains (".blogspot." for a blog host), tested once over the text
   * before the pattern's scan. A pattern that opens with a class and a long repeat (a host name)
   * is tried at every word, and V8 cannot skip ahead to its literal part: the two bare-host
   * link patterns took 1 ms of a 63,206-character post that holds no link at all.
   */
  requires?: RegExp;
}

export interface PatternDetector {
  patterns: readonly PatternSpec[];
  /** Run over the lower-cased view instead of the normalised one. */
  lower?: boolean;
  /**
   * Compile all patterns into one alternation and scan the text once (about 4× faster for
   * dozens of patterns). Matches then do not overlap: at one position the first pattern in
   * the list wins, so use it only without validate/invalidate hooks.
   */
  combined?: boolean;
  /** Words (lower-case, may have spaces) that raise the score when found just before a match. */
  context?: readonly string[];
  /** How far before the match to look for context words, in characters. */
  contextWindow?: number;
  /** Added to the score when a context word is found. */
  contextBoost?: number;
  /** Matches scoring below this are dropped. */
  minScore: number;
  /** Return false to drop a match (a failed checksum). */
  validate?(match: string, doc: Doc, span: Span): boolean;
  /** Return true to drop a match (a known non-match such as SSN area 000). */
  invalidate?(match: string, doc: Doc, span: Span): boolean;
}

export interface PatternHit extends Span {
  name: string;
  text: string;
  score: number;
  /** A context word was found before the match. */
  context: boolean;
}

interface Combined {
  re: RegExp;
  groupAt: number[];
  /** The same alternation tried only at the words that can start a pattern (lower-case text only). */
  dispatch: WordDispatch | null;
}

const compiled = new WeakMap<PatternDetector, Combined>();
const DISPATCH_MIN_PATTERNS = 30;
const globals = new WeakMap<PatternSpec, RegExp>();

/** The pattern's regex with the g flag, compiled once (its lastIndex is reset before each scan). */
function globalRegex(p: PatternSpec): RegExp {
  let re = globals.get(p);
  if (!re) globals.set(p, (re = new RegExp(p.regex.source, p.regex.global ? p.regex.flags : `${p.regex.flags}g`)));
  return re;
}

/** One regex for all patterns: `(p0)|(p1)|…`, with the index of each pattern's outer group. */
function compileCombined(detector: PatternDetector): Combined {
  let c = compiled.get(detector);
  if (!c) {
    const groupAt: number[] = [];
    let group = 1;
    for (const p of detector.patterns) {
      groupAt.push(group);
      group += 1 + (new RegExp(`${p.regex.source}|`).exec('')!.length - 1);
    }
    const flags = detector.patterns[0]?.regex.flags.includes('u') ? 'gu' : 'g';
    // Patterns that open with \b test it once before their alternation: "\b(?:(p0)|(p1))"
    // matches what "(\bp0)|(\bp1)" does, and V8 then skips most positions after one check
    // instead of entering every alternative there (the relationship patterns ran 4× faster; see
    // hoistWordStarts). A pattern with alternatives at its top level ("\ba|\bc") qualifies
    // when each of them opens with \b: "\b(?:(a|c))" is the same. When all patterns do, their
    // bodies without the \b also feed the word-by-word dispatch.
    const sources = detector.patterns.map((p) => topLevelAlternatives(p.regex.source));
    const allWordStart = sources.length > 0 && sources.every((alts) => alts.every((src) => src.startsWith('\\b')));
    const bodies = sources.map((alts) => alts.map((src) => (allWordStart ? src.slice(2) : src)).join('|'));
    // Trying patterns word by word costs a few string steps per word and a regex call per
    // candidate pattern; it pays off for long alternations (the relationship patterns ran 3×
    // faster than one scan, and V8 no longer compiles their whole alternation, which took most
    // of a second on the first call). The 17 date patterns ran 1.1× slower this way.
    const dispatch =
      allWordStart && detector.lower && detector.patterns.length >= DISPATCH_MIN_PATTERNS
        ? compileDispatch(detector.patterns.map((p) => p.regex.source), bodies, flags)
        : null;
    c = { re: new RegExp(hoistWordStarts(sources), flags), groupAt, dispatch };
    compiled.set(detector, c);
  }
  return c;
}

/**
 * `(p0)|(p1)|…` with the \b of each run of consecutive patterns whose branches all start with
 * one hoisted in front of the run: `\b(?:(p0)|(p1))|(p2)|\b(?:(p3)|…)`. The same matches in the
 * same order (\b only tests the position; the alternatives keep their order and groups), but
 * inside a word one failed \b skips the whole run: the billing and age scans, with a pattern
 * or two that start with "$" or "'s", tried every pattern at every character.
 */
function hoistWordStarts(sources: readonly string[][]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(`\\b(?:${run.join('|')})`);
    run = [];
  };
  for (const alts of sources) {
    if (alts.every((src) => src.startsWith('\\b'))) {
      run.push(`(${alts.map((src) => src.slice(2)).join('|')})`);
      continue;
    }
    flush();
    parts.push(`(${alts.join('|')})`);
  }
  flush();
  return parts.join('|');
}

/** `source` split at each | outside any group or class ("\ba|\bc" → ["\ba", "\bc"]). */
function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

function runCombined(doc: Doc, detector: PatternDetector, text: string): PatternHit[] {
  const { re, groupAt, dispatch } = compileCombined(detector);
  const hits: PatternHit[] = [];
  const found = (m: RegExpExecArray, k: number, outer: number) => {
    const p = detector.patterns[k]!;
    let start = m.index;
    let matched = m[0];
    if (p.group !== undefined) {
      const g = m[outer + p.group];
      if (g === undefined) return;
      start = m.index + m[0].indexOf(g);
      matched = g;
    }
    const context = hasContextBefore(doc, start, detector.context, detector.contextWindow ?? 40);
    const score = p.score + (context ? (detector.contextBoost ?? 0.35) : 0);
    if (score < detector.minScore) return;
    hits.push({ start, end: start + matched.length, name: p.name, text: matched, score, context });
  };
  if (dispatch) {
    scanDispatched(dispatch, text, found);
    return hits;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const k = groupAt.findIndex((g) => m![g] !== undefined);
    found(m, k, groupAt[k]!);
  }
  return hits;
}

export function runPatternDetector(doc: Doc, detector: PatternDetector): PatternHit[] {
  const text = detector.lower ? doc.lower : doc.norm;
  if (detector.combined && !detector.validate && !detector.invalidate) return runCombined(doc, detector, text);
  const hits: PatternHit[] = [];
  for (const p of detector.patterns) {
    if (p.requires && !p.requires.test(text)) continue;
    const re = globalRegex(p);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let start = m.index;
      let matched = m[0];
      if (p.group !== undefined) {
        const g = m[p.group];
        if (g === undefined) continue;
        start = m.index + m[0].indexOf(g);
        matched = g;
      }
      const span = { start, end: start + matched.length };
      if (detector.validate && !detector.validate(matched, doc, span)) continue;
      if (detector.invalidate?.(matched, doc, span)) continue;
      const context = hasContextBefore(doc, span.start, detector.context, detector.contextWindow ?? 40);
      const score = p.score + (context ? (detector.contextBoost ?? 0.35) : 0);
      if (score < detector.minScore) continue;
      hits.push({ start: span.start, end: span.end, name: p.name, text: matched, score, context });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** Is one of `words` found as a whole word within `window` characters before `at`? */
export function hasContextBefore(doc: Doc, at: number, words: readonly string[] | undefined, window: number): boolean {
  if (!words || words.length === 0) return false;
  const from = Math.max(0, at - window);
  const before = doc.lower.slice(from, at);
  for (const w of words) {
    let i = before.lastIndexOf(w);
    while (i !== -1) {
      const prev = before.charCodeAt(i - 1);
      const next = before.charCodeAt(i + w.length);
      if (!isWordChar(prev) && !isWordChar(next)) return true;
      i = i === 0 ? -1 : before.lastIndexOf(w, i - 1);
    }
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
