// The phrase automata of all patterns that may start at a word, walked together as one lazily
// built DFA (the subset construction, done on demand and cached, as RE2 does): a DFA state is
// the set of automaton states still alive, and each (state, word) step is worked out once and
// then read back from a Map. Walking each pattern on its own re-tested the same words for
// every pattern that starts with "we" or "our" (2,400 walks on 63,206 characters); after
// the first document, a walk is one Map lookup per word.
import { ACCEPT, isNumber } from './phrase-automaton';
import { flatStates } from './phrase-flat-states';
import { stateOwners, type Compiled } from './phrase-registry';

/** The result of one word read in one DFA state: the patterns it completes, and what is left. */
export class Step {
  constructor(
    /** Patterns that may end at this word, in registration order. */
    readonly accepts: readonly Compiled[],
    /** The automaton states alive after the word; null when none is. */
    readonly to: DfaState | null,
  ) {}
}

export class DfaState {
  readonly steps = new Map<string, Step>();
  constructor(
    /** Live automaton states, ascending. */
    readonly live: Int32Array,
  ) {}
}

// Cached steps are bounded: a text of a million different words must not grow the cache
// without end. Past the bound the cache starts over (the walk in progress keeps its states).
const MAX_STEPS = 50_000;
let stepCount = 0;
let byLive = new Map<string, DfaState>();
/** For each pattern list (the patterns that may start at one pair of words), its start state. */
let startOf = new WeakMap<readonly Compiled[], DfaState>();
/** Automaton states made when the cache was built: new patterns make it stale. */
let builtFor = -1;

function reset(size: number): void {
  stepCount = 0;
  byLive = new Map();
  startOf = new WeakMap();
  builtFor = size;
}

function stateFor(live: number[]): DfaState | null {
  if (live.length === 0) return null;
  live.sort((a, b) => a - b);
  const key = live.join(',');
  let state = byLive.get(key);
  if (!state) byLive.set(key, (state = new DfaState(Int32Array.from(live))));
  return state;
}

/**
 * The DFA state before the first word of the patterns that need `exact` as their second word
 * and those that take any (`loose`); one of them is given. Cached on the list objects, which
 * the registry keeps for each first and second word.
 */
export function startState(exact: readonly Compiled[] | undefined, loose: readonly Compiled[] | undefined): DfaState | null {
  const size = flatStates().size;
  if (builtFor !== size) reset(size);
  const key = (exact ?? loose)!;
  const cached = startOf.get(key);
  if (cached) return cached;
  const live = new Set<number>();
  for (const list of [exact, loose]) for (const p of list ?? []) for (const s of p.start) if (s !== ACCEPT) live.add(s);
  const state = stateFor([...live]);
  if (state) startOf.set(key, state);
  return state;
}

/** Reads `word` in `state` (worked out on the first time, then cached). */
export function step(state: DfaState, word: string): Step {
  const known = state.steps.get(word);
  if (known) return known;
  const { kind, word: stateWord, words: stateWords, nextFrom, next } = flatStates();
  const alive = new Set<number>();
  const accepted = new Set<Compiled>();
  const live = state.live;
  for (let k = 0; k < live.length; k++) {
    const s = live[k]!;
    const kd = kind[s]!;
    if (kd === 0 ? stateWord[s] !== word : kd === 1 ? !stateWords[s]!.has(word) : kd === 2 && !isNumber(word)) continue;
    for (let e = nextFrom[s]!, end = nextFrom[s + 1]!; e < end; e++) {
      const t = next[e]!;
      if (t === ACCEPT) accepted.add(stateOwners[s]!);
      else alive.add(t);
    }
  }
  const result = new Step(
    [...accepted].sort((a, b) => a.order - b.order),
    stateFor([...alive]),
  );
  if (++stepCount > MAX_STEPS) reset(builtFor);
  state.steps.set(word, result);
  return result;
}
