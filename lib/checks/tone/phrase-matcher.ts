// Matching every tone phrase set's patterns against a document in one pass (kept on the Doc:
// the first tone rule pays for all): one Map lookup per word in the registry's index, then a
// short walk of the few patterns that start there. No pattern can backtrack beyond its own few
// words, and a phrase never matches across a sentence end.
import { memoByDoc } from '../detectors/memo';
import type { Doc } from '../doc';
import { ACCEPT, isNumber, states } from './phrase-automaton';
import { flatStates } from './phrase-flat-states';
import { ANY_SECOND, byFirstWord, startsWithNumber, type Candidates, type Compiled } from './phrase-registry';
import { toneTokens, type ToneToken } from './tokens';

export interface RawMatch {
  id: number;
  from: number;
  to: number;
}

function grow(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

// Matching walks a list of live automaton states word by word: no recursion, no backtracking,
// at most the pattern's own states per word.

/** Matching's working memory, reused from one document to the next (matching never nests). */
const scratch: { stamp: Uint32Array; generation: number; live: Int32Array; nextLive: Int32Array } = {
  stamp: new Uint32Array(0),
  generation: 0,
  live: new Int32Array(64),
  nextLive: new Int32Array(64),
};

/** Every phrase set's matches in one pass (kept on the Doc: the first tone rule pays for all). */
export const matchAll = memoByDoc((doc: Doc): RawMatch[] => {
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
  const starts = pattern.start;
  for (let k = 0; k < starts.length; k++) if (starts[k] !== ACCEPT) live[liveCount++] = starts[k]!;
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
