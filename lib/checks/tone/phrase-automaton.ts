// Each tone pattern as a small automaton over words (Thompson's construction, with the empty
// moves folded in at compile time): a state tests one word and lists the states that may test
// the next. All patterns' states live in one table; phrase-matcher.ts walks them word by word.
import type { Item } from './phrase-pattern';

/** Up to this many words of anything for a ~ gap. */
const GAP_MAX = 4;

/** In a state's `next`: the pattern may end here. */
export const ACCEPT = -1;

export interface State {
  kind: 'word' | 'set' | 'num' | 'any';
  word?: string;
  words?: ReadonlySet<string>;
  next: readonly number[];
}

/** Every pattern's states, in one table. */
export const states: State[] = [];

function union(a: readonly number[], b: readonly number[]): number[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** Entry states of `items` followed by `follow`. */
export function compileStates(items: readonly Item[], follow: readonly number[]): number[] {
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

export function accepts(state: State, word: string): boolean {
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

export function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}
