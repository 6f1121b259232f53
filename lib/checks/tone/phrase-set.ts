// Phrase lists as data, matched word by word. Each pattern is parsed once into a small tree
// (words, alternatives, gaps) and indexed by the words it can start with; a document is
// matched once for every tone lexicon together (cached per Doc): one Map lookup per word, then
// a short walk of the few patterns that start there. Nothing is expanded into all the phrases
// a pattern stands for (that ran to hundreds of thousands), and no pattern can backtrack
// beyond its own few words.
//
// Pattern syntax (each lexicon entry's `phrase`):
//   words           matched case-insensitively, apostrophes ignored ("won't" = "wont")
//   (a|b c|)        alternatives, possibly several words; an empty one makes the group optional
//   ~               up to four words of anything, within the sentence
//   *               exactly one word of anything
//   #               one number ("15", "2", "11am")
//   {name}          one word from a word class made with defineWordClass (a list of drugs)
// A phrase never matches across a sentence end.
import { memoByDoc } from '../detectors/memo';
import type { Doc } from '../doc';
import type { Context, Severity } from '../types';
import { normalizeWord, toneTokens, type ToneToken } from './tokens';

export interface PhraseEntry {
  phrase: string;
  severity?: Severity;
  /** Replaces the rule's default message for this phrase. */
  message?: string;
  /** A safer wording for the whole matched phrase. */
  suggestion?: string;
  /** Only in these contexts (all when absent). */
  contexts?: readonly Context[];
}

export interface PhraseMatch<E extends PhraseEntry> {
  entry: E;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Offsets in doc.norm. */
  start: number;
  end: number;
}

export interface PhraseSet<E extends PhraseEntry> {
  find(doc: Doc): PhraseMatch<E>[];
}

const GAP_MAX = 4;

type Item =
  | { kind: 'word'; word: string }
  | { kind: 'set'; words: ReadonlySet<string> }
  | { kind: 'alts'; alts: Item[][] }
  | { kind: 'gap' }
  | { kind: 'any' }
  | { kind: 'num' };

interface Compiled {
  /** Index into `allEntries`. */
  id: number;
  /** Registration order, to keep the order of tries stable across the candidate lists. */
  order: number;
  items: Item[];
  /** Entry states of the pattern's automaton (ACCEPT when it may already end). */
  start: readonly number[];
  /** The words that can come second in a match, or null when anything can (or nothing need). */
  second: ReadonlySet<string> | null;
}

interface Registered {
  set: number;
  entry: PhraseEntry;
}

const allEntries: Registered[] = [];
/**
 * Patterns by the words they can start with, and within those by the word that must come
 * second ('' for patterns whose second word can be anything). A common first word ("we",
 * "our", "you") starts hundreds of patterns; two Map lookups leave only the few worth walking.
 */
type Candidates = Map<string, Compiled[]>;
const byFirstWord = new Map<string, Candidates>();
/** Patterns that start with a number: tried on every number. */
const startsWithNumber: Candidates = new Map();
const ANY_SECOND = '';

function addCandidate(candidates: Candidates, pattern: Compiled): void {
  for (const second of pattern.second ?? [ANY_SECOND]) {
    const list = candidates.get(second);
    if (list) list.push(pattern);
    else candidates.set(second, [pattern]);
  }
}
const wordClasses = new Map<string, ReadonlySet<string>>();
let setCount = 0;
let compiledCount = 0;

/**
 * A named set of single words, used in patterns as {name}. Several-word items are returned so
 * the caller can list them as alternatives: "({name}|a b)".
 */
export function defineWordClass(name: string, words: readonly string[]): string {
  const single = new Set<string>();
  const multi: string[] = [];
  for (const w of words) {
    const parts = splitWords(w);
    if (parts.length === 1) single.add(parts[0]!);
    else if (parts.length > 1) multi.push(parts.join(' '));
  }
  wordClasses.set(name, single);
  return `({${name}}${multi.map((m) => `|${m}`).join('')})`;
}

interface RawMatch {
  id: number;
  from: number;
  to: number;
}

export function definePhraseSet<E extends PhraseEntry>(entries: readonly E[]): PhraseSet<E> {
  const set = setCount++;
  for (const entry of entries) {
    const id = allEntries.push({ set, entry }) - 1;
    for (const items of splitLeadingGroup(parsePattern(entry.phrase))) {
      register({ id, order: compiledCount++, items, start: compileStates(items, [ACCEPT]), second: secondWords(items) }, entry.phrase);
    }
  }
  return {
    find(doc) {
      const tokens = toneTokens(doc);
      const out: PhraseMatch<E>[] = [];
      for (const m of matchAll(doc)) {
        const reg = allEntries[m.id]!;
        if (reg.set !== set) continue;
        if (reg.entry.contexts && !reg.entry.contexts.includes(doc.context)) continue;
        out.push({ entry: reg.entry as E, from: m.from, to: m.to, start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end });
      }
      return dropContained(out);
    },
  };
}

/** Longest first at each start; a match inside an earlier kept one says nothing new. */
function dropContained<E extends PhraseEntry>(matches: PhraseMatch<E>[]): PhraseMatch<E>[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch<E>[] = [];
  let reach = -1;
  for (const m of matches) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

// ---- indexing by first word ----

interface Starts {
  words: Set<string>;
  num: boolean;
  /** The pattern can match nothing at all from here (every item optional). */
  empty: boolean;
}

function firstWords(items: readonly Item[], from: number, phrase: string): Starts {
  const starts: Starts = { words: new Set(), num: false, empty: false };
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'word') {
      starts.words.add(item.word);
      return starts;
    }
    if (item.kind === 'set') {
      item.words.forEach((w) => starts.words.add(w));
      return starts;
    }
    if (item.kind === 'num') {
      starts.num = true;
      return starts;
    }
    if (item.kind !== 'alts') throw new Error(`tone phrase "${phrase}" must start with a word`);
    let optional = false;
    for (const alt of item.alts) {
      const sub = firstWords(alt, 0, phrase);
      sub.words.forEach((w) => starts.words.add(w));
      starts.num ||= sub.num;
      optional ||= sub.empty;
    }
    if (!optional) return starts;
  }
  starts.empty = true;
  return starts;
}

function register(pattern: Compiled, phrase: string): void {
  const last = pattern.items[pattern.items.length - 1];
  if (!last || last.kind === 'gap') throw new Error(`tone phrase "${phrase}" must end with a word`);
  const starts = firstWords(pattern.items, 0, phrase);
  if (starts.empty) throw new Error(`tone phrase "${phrase}" can match nothing`);
  for (const w of starts.words) {
    let candidates = byFirstWord.get(w);
    if (!candidates) byFirstWord.set(w, (candidates = new Map()));
    addCandidate(candidates, pattern);
  }
  if (starts.num) addCandidate(startsWithNumber, pattern);
}

/**
 * "(a b|c) d" is indexed as two patterns, "a b d" and "c d", so each knows its own second word.
 * Only the leading group is split: the number of patterns grows by its alternatives, no more.
 */
function splitLeadingGroup(items: Item[]): Item[][] {
  const first = items[0];
  if (!first || first.kind !== 'alts') return [items];
  return first.alts.flatMap((alt) => splitLeadingGroup([...alt, ...items.slice(1)]));
}

/**
 * Most tries fail on the second word, so each pattern keeps the set of words that can come
 * second and is only walked when the text's next word is one of them.
 */
function secondWords(items: readonly Item[]): ReadonlySet<string> | null {
  const words = new Set<string>();
  let anything = false;
  const visit = (seq: readonly Item[], i: number, taken: number, done: (taken: number) => void): void => {
    if (anything) return;
    if (i === seq.length) {
      done(taken);
      return;
    }
    const item = seq[i]!;
    if (item.kind === 'alts') {
      for (const alt of item.alts) visit(alt, 0, taken, (t) => visit(seq, i + 1, t, done));
      return;
    }
    if (taken === 1) {
      if (item.kind === 'word') words.add(item.word);
      else if (item.kind === 'set') item.words.forEach((w) => words.add(w));
      else anything = true;
      return;
    }
    if (item.kind === 'gap') anything = true;
    else visit(seq, i + 1, taken + 1, done);
  };
  visit(items, 0, 0, (taken) => {
    if (taken <= 1) anything = true;
  });
  return anything ? null : words;
}

// ---- the automaton ----
// Each pattern becomes a small automaton (Thompson's construction, with the empty moves folded
// in at compile time): a state tests one word and lists the states that may test the next.
// Matching walks a list of live states word by word: no recursion, no closures, no
// backtracking, at most the pattern's own states per word.

const ACCEPT = -1;

interface State {
  kind: 'word' | 'set' | 'num' | 'any';
  word?: string;
  words?: ReadonlySet<string>;
  next: readonly number[];
}

const states: State[] = [];

function union(a: readonly number[], b: readonly number[]): number[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** Entry states of `items` followed by `follow`. */
function compileStates(items: readonly Item[], follow: readonly number[]): number[] {
  let entries: readonly number[] = follow;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind === 'alts') {
      let merged: number[] = [];
      for (const alt of item.alts) merged = union(merged, alt.length === 0 ? entries : compileStates(alt, entries));
      entries = merged;
    } else if (item.kind === 'gap') {
      // Up to GAP_MAX words of anything: a chain of 'any' states, each of which may be skipped.
      let chain: readonly number[] = entries;
      for (let k = 0; k < GAP_MAX; k++) chain = union(entries, [states.push({ kind: 'any', next: chain }) - 1]);
      entries = chain;
    } else {
      const state: State = { kind: item.kind, next: entries };
      if (item.kind === 'word') state.word = item.word;
      if (item.kind === 'set') state.words = item.words;
      entries = [states.push(state) - 1];
    }
  }
  return [...entries];
}

function grow(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

function accepts(state: State, word: string): boolean {
  switch (state.kind) {
    case 'word':
      return state.word === word;
    case 'set':
      return state.words!.has(word);
    case 'num':
      return isNumber(word);
    case 'any':
      return true;
  }
}

// ---- matching ----

/** Matching's working memory, reused from one document to the next (matching never nests). */
const scratch: { stamp: Uint32Array; generation: number; live: Int32Array; nextLive: Int32Array } = {
  stamp: new Uint32Array(0),
  generation: 0,
  live: new Int32Array(64),
  nextLive: new Int32Array(64),
};

/** Every phrase set's matches in one pass (kept on the Doc: the first tone rule pays for all). */
const matchAll = memoByDoc((doc: Doc): RawMatch[] => {
  const tokens = toneTokens(doc);
  const out: RawMatch[] = [];
  const n = tokens.length;
  // Scratch lists (with their own lengths: resizing arrays is slow) and a stamp per state, so a
  // state is listed once per step. The stamps are kept between documents: zeroing one per state
  // (thousands) for every document cost more than matching a 280-character post.
  if (scratch.stamp.length < states.length || scratch.generation > 0x7fff0000) {
    scratch.stamp = new Uint32Array(states.length);
    scratch.generation = 0;
  }
  const stamp = scratch.stamp;
  let generation = scratch.generation;
  let live: Int32Array = scratch.live;
  let nextLive: Int32Array = scratch.nextLive;

  const run = (pattern: Compiled, from: number) => {
    let liveCount = 0;
    for (const s of pattern.start) if (s !== ACCEPT) live[liveCount++] = s;
    for (let pos = from; pos < n && liveCount > 0; pos++) {
      const token = tokens[pos]!;
      if (pos > from && token.breakBefore) return;
      generation++;
      let nextCount = 0;
      let accepted = false;
      for (let k = 0; k < liveCount; k++) {
        const state = states[live[k]!]!;
        if (!accepts(state, token.text)) continue;
        for (const t of state.next) {
          if (t === ACCEPT) accepted = true;
          else if (stamp[t] !== generation) {
            stamp[t] = generation;
            if (nextCount === nextLive.length) nextLive = grow(nextLive);
            nextLive[nextCount++] = t;
          }
        }
      }
      if (accepted) out.push({ id: pattern.id, from, to: pos + 1 });
      const swap = live;
      live = nextLive;
      nextLive = swap;
      liveCount = nextCount;
    }
  };

  // Walks the patterns that can start at `from`: those that need the word that follows, and
  // those that take any second word, in the order they were registered (as before they were
  // split by second word), so equal matches resolve the same way.
  const tryAll = (candidates: Candidates, from: number, nextWord: string | undefined) => {
    const exact = nextWord === undefined ? undefined : candidates.get(nextWord);
    const loose = candidates.get(ANY_SECOND);
    if (!exact && !loose) return;
    if (!exact || !loose) {
      for (const pattern of (exact ?? loose)!) run(pattern, from);
      return;
    }
    let a = 0;
    let b = 0;
    while (a < exact.length || b < loose.length) {
      if (b === loose.length || (a < exact.length && exact[a]!.order < loose[b]!.order)) run(exact[a++]!, from);
      else run(loose[b++]!, from);
    }
  };
  for (let from = 0; from < n; from++) {
    const t = tokens[from]!.text;
    const candidates = byFirstWord.get(t);
    const numbered = startsWithNumber.size > 0 && isNumber(t);
    if (!candidates && !numbered) continue;
    const next = tokens[from + 1];
    const nextWord = next && !next.breakBefore ? next.text : undefined;
    if (candidates) tryAll(candidates, from, nextWord);
    if (numbered) tryAll(startsWithNumber, from, nextWord);
  }
  scratch.generation = generation;
  scratch.live = live;
  scratch.nextLive = nextLive;
  return out;
});

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// ---- parsing ----

/** The item tree of a pattern: "(a|b) c" → alternatives [a] or [b], then c. */
export function parsePattern(pattern: string): Item[] {
  // A lexicon written with '…${LIST}…' instead of a template literal would match nothing.
  if (pattern.includes('${')) throw new Error(`tone phrase "${pattern}" has an unfilled \${…}`);
  const pos = { at: 0 };
  const items = parseSequence(pattern, pos, false);
  if (pos.at < pattern.length) throw new Error(`tone phrase "${pattern}": unexpected ${pattern[pos.at]}`);
  return items;
}

function parseSequence(p: string, pos: { at: number }, inGroup: boolean): Item[] {
  const items: Item[] = [];
  let word = '';
  const flush = () => {
    if (word) for (const w of splitWords(word)) items.push(toItem(w, p));
    word = '';
  };
  while (pos.at < p.length) {
    const c = p[pos.at]!;
    if (c === '(') {
      flush();
      pos.at++;
      const alts: Item[][] = [parseSequence(p, pos, true)];
      while (p[pos.at] === '|') {
        pos.at++;
        alts.push(parseSequence(p, pos, true));
      }
      if (p[pos.at] !== ')') throw new Error(`tone phrase "${p}": missing )`);
      pos.at++;
      items.push(group(alts));
    } else if (inGroup && (c === '|' || c === ')')) {
      break;
    } else if (c === ' ') {
      flush();
      pos.at++;
    } else {
      word += c;
      pos.at++;
    }
  }
  flush();
  return items;
}

function toItem(w: string, phrase: string): Item {
  if (w === '~') return { kind: 'gap' };
  if (w === '*') return { kind: 'any' };
  if (w === '#') return { kind: 'num' };
  if (w.startsWith('{')) {
    const words = wordClasses.get(w.slice(1, -1));
    if (!words) throw new Error(`tone phrase "${phrase}": unknown word class ${w}`);
    return { kind: 'set', words };
  }
  return { kind: 'word', word: w };
}

/** Single-word alternatives become one Set lookup; an empty alternative stays (optional group). */
function group(alts: Item[][]): Item {
  const singles = alts.filter((a) => a.length === 1 && a[0]!.kind === 'word');
  if (singles.length >= 2) {
    const words = new Set(singles.map((a) => (a[0] as { word: string }).word));
    const rest = alts.filter((a) => !singles.includes(a));
    const merged: Item[][] = [[{ kind: 'set', words }], ...rest];
    return merged.length === 1 ? merged[0]![0]! : { kind: 'alts', alts: merged };
  }
  return { kind: 'alts', alts };
}

function splitWords(raw: string): string[] {
  if (raw === '~' || raw === '#' || raw === '*' || /^\{[a-z_]+\}$/.test(raw)) return [raw];
  const words = raw.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+(?:'[a-z0-9\u00c0-\u024f]+)*%?/g) ?? [];
  return words.map(normalizeWord);
}
