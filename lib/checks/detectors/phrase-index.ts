// Multi-word lexicon lookup over the document's words: a Map from a phrase's first word to the
// phrases it starts, so each word costs one Map lookup, not a scan of the whole list.
import type { Word } from '../doc';
import { memoByDoc } from './memo';

/** A word's lookup form: lower-case, no possessive, rough singular ("stitches" → "stitch"). */
export function wordKey(base: string): string {
  const n = base.length;
  // Character tests, not regexes: this runs for every word of every document.
  if (n <= 3 || base.charCodeAt(n - 1) !== 115 /* s */) return base;
  const c2 = base.charCodeAt(n - 2);
  if (n > 4 && c2 === 101 /* e */) {
    const c3 = base.charCodeAt(n - 3);
    if (c3 === 105 /* i */) return `${base.slice(0, -3)}y`; // -ies
    // -sses, -xes, -ches, -shes
    if (c3 === 120 || (c3 === 115 && base.charCodeAt(n - 4) === 115) || (c3 === 104 && (base.charCodeAt(n - 4) === 99 || base.charCodeAt(n - 4) === 115))) return base.slice(0, -2);
  }
  // not -ss, -us, -is
  if (c2 === 115 || c2 === 117 || c2 === 105) return base;
  return base.slice(0, -1);
}

export const wordKeys = memoByDoc((doc) => doc.words.map((w) => wordKey(w.base)));

export interface PhraseMatch<K> {
  /** Index of the first word. */
  first: number;
  /** Number of words. */
  count: number;
  kind: K;
}

export class PhraseIndex<K> {
  private readonly byFirst = new Map<string, Array<{ keys: string[]; kind: K }>>();

  constructor(lists: ReadonlyArray<readonly [readonly string[], K]>) {
    for (const [terms, kind] of lists) {
      for (const term of terms) {
        const keys = term.split(' ').map((w) => wordKey(w.endsWith("'s") ? w.slice(0, -2) : w));
        const first = keys[0]!;
        let entries = this.byFirst.get(first);
        if (!entries) this.byFirst.set(first, (entries = []));
        if (!entries.some((e) => e.keys.join(' ') === keys.join(' '))) entries.push({ keys, kind });
      }
    }
    for (const entries of this.byFirst.values()) entries.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest phrase starting at word `i` (words of one sentence only), or undefined. */
  matchAt(words: readonly Word[], keys: readonly string[], i: number): PhraseMatch<K> | undefined {
    const entries = this.byFirst.get(keys[i]!);
    if (!entries) return undefined;
    const sentence = words[i]!.sentence;
    for (const e of entries) {
      let k = 1;
      while (k < e.keys.length && words[i + k]?.sentence === sentence && keys[i + k] === e.keys[k]) k++;
      if (k === e.keys.length) return { first: i, count: k, kind: e.kind };
    }
    return undefined;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(words: readonly Word[], keys: readonly string[]): PhraseMatch<K>[] {
    const out: PhraseMatch<K>[] = [];
    for (let i = 0; i < words.length; i++) {
      const m = this.matchAt(words, keys, i);
      if (m) {
        out.push(m);
        i += m.count - 1;
      }
    }
    return out;
  }
}
