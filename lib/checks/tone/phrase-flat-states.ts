// Every tone pattern's automaton states (phrase-automaton.ts) laid out in flat arrays for the
// matcher's inner loop (phrase-matcher.ts), rebuilt only when patterns were added since.
import { states } from './phrase-automaton';

/**
 * The state table in flat arrays, for the inner loop: a state's kind, word or word set, and its
 * next states in one list (`next.subarray(nextFrom[s], nextFrom[s + 1])`). Reading the State
 * objects and their `next` arrays, scattered over the heap, was most of the matcher's time.
 */
export interface FlatStates {
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

export function flatStates(): FlatStates {
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
