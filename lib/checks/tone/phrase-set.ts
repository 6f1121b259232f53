// Phrase lists as data, matched word by word. Each pattern (syntax in phrase-pattern.ts) is
// parsed once, compiled into a small automaton (phrase-automaton.ts) and indexed by the words
// it can start with and the word that must follow; a document is matched once for every tone
// lexicon together (kept on the Doc): one Map lookup per word, then a short walk of the few
// patterns that start there. Nothing is expanded into all the phrases a pattern stands for
// (that ran to hundreds of thousands), and no pattern can backtrack beyond its own few words.
// A phrase never matches across a sentence end.
import { memoByDoc } from '../detectors/memo';
import type { Doc } from '../doc';
import type { Context, Severity } from '../types';
import { ACCEPT, compileStates, isNumber, states } from './phrase-automaton';
import { parsePattern, type Item } from './phrase-pattern';
import { toneTokens, type ToneToken } from './tokens';

export { defineWordClass, parsePattern } from './phrase-pattern';

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
  /** Its automaton is a straight line: matched word by word without the live-state lists. */
  chain: boolean;
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
let setCount = 0;
let compiledCount = 0;

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
      const start = compileStates(items, [ACCEPT]);
      register({ id, order: compiledCount++, items, start, second: secondWords(items), chain: isChain(start) }, entry.phrase);
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

function grow(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

// ---- matching ----
// Matching walks a list of live automaton states word by word: no recursion, no backtracking,
// at most the pattern's own states per word.

/**
 * The state table in flat arrays, for the inner loop: a state's kind, word or word set, and its
 * next states in one list (`next.subarray(nextFrom[s], nextFrom[s + 1])`). Reading the State
 * objects and their `next` arrays, scattered over the heap, was most of the matcher's time.
 */
interface FlatStates {
  size: number;
  /** 0 word, 1 set, 2 number, 3 any word. */
  kind: Uint8Array;
  word: string[];
  words: Array<ReadonlySet<string> | null>;
  nextFrom: Int32Array;
  next: Int32Array;
}

const KIND_CODE = { word: 0, set: 1, num: 2, any: 3 } as const;

let flat: FlatStates | undefined;

function flatStates(): FlatStates {
  if (flat && flat.size === states.length) return flat;
  const size = states.length;
  const kind = new Uint8Array(size);
  const word: string[] = [];
  const words: Array<ReadonlySet<string> | null> = [];
  const nextFrom = new Int32Array(size + 1);
  let edges = 0;
  for (let s = 0; s < size; s++) edges += states[s]!.next.length;
  const next = new Int32Array(edges);
  let e = 0;
  for (let s = 0; s < size; s++) {
    const state = states[s]!;
    kind[s] = KIND_CODE[state.kind];
    word.push(state.word ?? '');
    words.push(state.words ?? null);
    nextFrom[s] = e;
    for (const t of state.next) next[e++] = t;
  }
  nextFrom[size] = e;
  return (flat = { size, kind, word, words, nextFrom, next });
}

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
  for (let from = 0; from < n; from++) {
    const t = tokens[from]!.text;
    const candidates = byFirstWord.get(t);
    const numbered = startsWithNumber.size > 0 && isNumber(t);
    if (!candidates && !numbered) continue;
    const next = tokens[from + 1];
    const nextWord = next && !next.breakBefore ? next.text : undefined;
    if (candidates) tryAll(candidates, tokens, from, nextWord, out);
    if (numbered) tryAll(startsWithNumber, tokens, from, nextWord, out);
  }
  return out;
});

// Walks the patterns that can start at `from`: those that need the word that follows, and
// those that take any second word, in the order they were registered (as before they were
// split by second word), so equal matches resolve the same way.
function tryAll(candidates: Candidates, tokens: readonly ToneToken[], from: number, nextWord: string | undefined, out: RawMatch[]): void {
  const exact = nextWord === undefined ? undefined : candidates.get(nextWord);
  const loose = candidates.get(ANY_SECOND);
  if (!exact && !loose) return;
  if (!exact || !loose) {
    for (const pattern of (exact ?? loose)!) run(pattern, tokens, from, out);
    return;
  }
  let a = 0;
  let b = 0;
  while (a < exact.length || b < loose.length) {
    if (b === loose.length || (a < exact.length && exact[a]!.order < loose[b]!.order)) run(exact[a++]!, tokens, from, out);
    else run(loose[b++]!, tokens, from, out);
  }
}

// Module-level functions with the scratch lists in locals: as closures over the matcher's
// variables, every read of `live` or `generation` in the inner loop went through the closure.
function run(pattern: Compiled, tokens: readonly ToneToken[], from: number, out: RawMatch[]): void {
  if (pattern.chain) return runChain(pattern, tokens, from, out);
  const n = tokens.length;
  const { kind, word: stateWord, words: stateWords, nextFrom, next } = flatStates();
  const stamp = scratch.stamp;
  let generation = scratch.generation;
  let live = scratch.live;
  let nextLive = scratch.nextLive;
  let liveCount = 0;
  for (const s of pattern.start) if (s !== ACCEPT) live[liveCount++] = s;
  for (let pos = from; pos < n && liveCount > 0; pos++) {
    const token = tokens[pos]!;
    if (pos > from && token.breakBefore) break;
    generation++;
    const word = token.text;
    let nextCount = 0;
    let accepted = false;
    for (let k = 0; k < liveCount; k++) {
      const s = live[k]!;
      const kd = kind[s]!;
      if (kd === 0 ? stateWord[s] !== word : kd === 1 ? !stateWords[s]!.has(word) : kd === 2 && !isNumber(word)) continue;
      for (let e = nextFrom[s]!, end = nextFrom[s + 1]!; e < end; e++) {
        const t = next[e]!;
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
  scratch.generation = generation;
  scratch.live = live;
  scratch.nextLive = nextLive;
}

/** A pattern without choices ("we do not *"): one state per word, tested in turn. */
function runChain(pattern: Compiled, tokens: readonly ToneToken[], from: number, out: RawMatch[]): void {
  const { kind, word: stateWord, words: stateWords, nextFrom, next } = flatStates();
  let s = pattern.start[0]!;
  for (let pos = from; pos < tokens.length; pos++) {
    const token = tokens[pos]!;
    if (pos > from && token.breakBefore) return;
    const word = token.text;
    const kd = kind[s]!;
    if (kd === 0 ? stateWord[s] !== word : kd === 1 ? !stateWords[s]!.has(word) : kd === 2 && !isNumber(word)) return;
    s = next[nextFrom[s]!]!;
    if (s === ACCEPT) {
      out.push({ id: pattern.id, from, to: pos + 1 });
      return;
    }
  }
}

/** Whether the pattern's automaton is one straight line of states to its end. */
function isChain(start: readonly number[]): boolean {
  if (start.length !== 1 || start[0] === ACCEPT) return false;
  for (let s = start[0]!, steps = 0; steps < 1000; steps++) {
    const next = states[s]!.next;
    if (next.length !== 1) return false;
    if (next[0] === ACCEPT) return true;
    s = next[0]!;
  }
  return false;
}
