// What a tone pattern's shape tells the index: the words it can start with, the words that can
// come second, and whether its leading group splits it. Worked out once, when a phrase set is
// defined.
import type { Item } from './phrase-pattern';

interface Starts {
  words: Set<string>;
  num: boolean;
  /** The pattern can match nothing at all from here (every item optional). */
  empty: boolean;
}

export function firstWords(items: readonly Item[], from: number, phrase: string): Starts {
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

/**
 * "(a b|c) d" is indexed as two patterns, "a b d" and "c d", so each knows its own second word.
 * Only the leading group is split: the number of patterns grows by its alternatives, no more.
 */
export function splitLeadingGroup(items: Item[]): Item[][] {
  const first = items[0];
  if (!first || first.kind !== 'alts') return [items];
  return first.alts.flatMap((alt) => splitLeadingGroup([...alt, ...items.slice(1)]));
}

/**
 * Most tries fail on the second word, so each pattern keeps the set of words that can come
 * second and is only walked when the text's next word is one of them.
 */
export function secondWords(items: readonly Item[]): ReadonlySet<string> | null {
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
