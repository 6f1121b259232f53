// Matching every tone phrase set's patterns against a document in one pass (kept on the Doc:
// the first tone rule pays for all): one Map lookup per word in the registry's index, then one
// walk of the lazily built DFA of the patterns that start there (phrase-dfa.ts). No pattern can
// backtrack beyond its own few words, and a phrase never matches across a sentence end.
import { memoByDoc } from '../detectors/memo';
import type { Doc } from '../doc';
import { isNumber } from './phrase-automaton';
import { startState, step } from './phrase-dfa';
import { ANY_SECOND, byFirstWord, startsWithNumber, type Candidates, type Compiled } from './phrase-registry';
import { toneTokens, type ToneToken } from './tokens';

export interface RawMatch {
  id: number;
  from: number;
  to: number;
}

// A class, not an object literal: matches live as long as the analyze() call, and V8 would
// start allocating a literal's objects straight in the old generation (see tokens.ts).
class Match implements RawMatch {
  constructor(
    readonly id: number,
    readonly from: number,
    readonly to: number,
  ) {}
}

/** Every phrase set's matches in one pass (kept on the Doc: the first tone rule pays for all). */
export const matchAll = memoByDoc((doc: Doc): RawMatch[] => {
  const tokens = toneTokens(doc);
  const out: RawMatch[] = [];
  const n = tokens.length;
  for (let from = 0; from < n; from++) {
    const t = tokens[from]!.text;
    const candidates = byFirstWord.get(t);
    const numbered = startsWithNumber.size > 0 && isNumber(t);
    if (!candidates && !numbered) continue;
    const next = tokens[from + 1];
    const nextWord = next && !next.breakBefore ? next.text : undefined;
    if (candidates) walk(candidates, tokens, from, nextWord, out);
    if (numbered) walk(startsWithNumber, tokens, from, nextWord, out);
  }
  return out;
});

// Matches found at one start, before they are put in the order patterns were registered: kept
// in place with a count of their own (setting an array's length to 0 at every start was a fifth
// of the matcher's time).
const found: Compiled[] = [];
const foundTo: number[] = [];
let foundCount = 0;

// Walks the patterns that can start at `from`: those that need the word that follows, and
// those that take any second word. Matches come out as walking each pattern in registration
// order did (as before they were split by second word), each pattern's shortest first, so
// equal matches resolve the same way.
function walk(candidates: Candidates, tokens: readonly ToneToken[], from: number, nextWord: string | undefined, out: RawMatch[]): void {
  const exact = nextWord === undefined ? undefined : candidates.get(nextWord);
  const loose = candidates.get(ANY_SECOND);
  if (!exact && !loose) return;
  let state = startState(exact, loose);
  foundCount = 0;
  for (let pos = from; state !== null && pos < tokens.length; pos++) {
    const token = tokens[pos]!;
    if (pos > from && token.breakBefore) break;
    const taken = step(state, token.text);
    for (let k = 0; k < taken.accepts.length; k++) {
      found[foundCount] = taken.accepts[k]!;
      foundTo[foundCount++] = pos + 1;
    }
    state = taken.to;
  }
  if (foundCount === 0) return;
  if (foundCount === 1) {
    out.push(new Match(found[0]!.id, from, foundTo[0]!));
    return;
  }
  // Found by end, then by order: sort by order, keeping ends ascending (sort is stable).
  const order: number[] = [];
  for (let k = 0; k < foundCount; k++) order.push(k);
  order.sort((a, b) => found[a]!.order - found[b]!.order);
  for (const k of order) out.push(new Match(found[k]!.id, from, foundTo[k]!));
}
