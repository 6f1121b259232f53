// Every tone phrase set's patterns in one registry, indexed by the words they can start with, so
// a document is matched once for all of them (phrase-matcher.ts). Each pattern is parsed once,
// compiled into its automaton (phrase-automaton.ts) and filed under its first and second words.
import { ACCEPT, compileStates, states } from './phrase-automaton';
import { parsePattern, type Item } from './phrase-pattern';
import type { PhraseEntry } from './phrase-set';
import { firstWords, secondWords, splitLeadingGroup } from './phrase-shape';

export interface Compiled {
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

export const allEntries: Registered[] = [];
/** The pattern each automaton state (by its index in `states`) belongs to. */
export const stateOwners: Compiled[] = [];
/**
 * Patterns by the words they can start with, and within those by the word that must come
 * second ('' for patterns whose second word can be anything). A common first word ("we",
 * "our", "you") starts hundreds of patterns; two Map lookups leave only the few worth walking.
 */
export type Candidates = Map<string, Compiled[]>;
export const byFirstWord = new Map<string, Candidates>();
/** Patterns that start with a number: tried on every number. */
export const startsWithNumber: Candidates = new Map();
export const ANY_SECOND = '';

function addCandidate(candidates: Candidates, pattern: Compiled): void {
  for (const second of pattern.second ?? [ANY_SECOND]) {
    const list = candidates.get(second);
    if (list) list.push(pattern);
    else candidates.set(second, [pattern]);
  }
}
let setCount = 0;
let compiledCount = 0;

/** Files every entry's patterns under a new set number, which it returns. */
export function registerPhraseSet(entries: readonly PhraseEntry[]): number {
  const set = setCount++;
  for (const entry of entries) {
    const id = allEntries.push({ set, entry }) - 1;
    for (const items of splitLeadingGroup(parsePattern(entry.phrase))) {
      const firstState = states.length;
      const start = compileStates(items, [ACCEPT]);
      const pattern: Compiled = { id, order: compiledCount++, items, start, second: secondWords(items) };
      // A pattern's states are made together, one after another: [firstState, states.length).
      for (let s = firstState; s < states.length; s++) stateOwners[s] = pattern;
      register(pattern, entry.phrase);
    }
  }
  return set;
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
