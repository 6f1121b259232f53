// Multi-word lexicon lookup over the document's words: a Map from a phrase's first word to the
// phrases it starts, so each word costs one Map lookup, not a scan of the whole list.
import type { Word } from '../doc';
import { memoByDoc } from './memo';

/** A word's lookup form: lower-case, no possessive, rough singular ("stitches" → "stitch"). */
export function wordKey(base: string): string {
  const n = base.length;
  if (n > 4 && base.endsWith('ies')) return `${base.slice(0, -3)}y`;
  if (n > 4 && /(?:ss|x|ch|sh)es$/.test(base)) return base.slice(0, -2);
  if (n > 3 && base.endsWith('s') && !/(?:ss|us|is)$/.test(base)) return base.slice(0, -1);
  return base;
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
