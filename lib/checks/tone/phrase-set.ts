// Phrase lists as data, matched word by word. Each pattern (syntax in phrase-pattern.ts) is
// parsed once, compiled into a small automaton (phrase-automaton.ts) and indexed by the words
// it can start with and the word that must follow (phrase-registry.ts); a document is matched
// once for every tone lexicon together (phrase-matcher.ts, kept on the Doc): one Map lookup per
// word, then a short walk of the few patterns that start there. Nothing is expanded into all the
// phrases a pattern stands for (that ran to hundreds of thousands), and no pattern can backtrack
// beyond its own few words. A phrase never matches across a sentence end.
import type { Doc } from '../doc';
import type { Context, Severity } from '../types';
import { matchAll } from './phrase-matcher';
import { allEntries, registerPhraseSet } from './phrase-registry';
import { toneTokens } from './tokens';

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

export function definePhraseSet<E extends PhraseEntry>(entries: readonly E[]): PhraseSet<E> {
  const set = registerPhraseSet(entries);
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
