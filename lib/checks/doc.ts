// One normalised view of the text that every rule reads, with a map back to the original.
// Normalising once (instead of in each rule) is what keeps analyze() linear and lets rules
// see "５５５" and "5​5​5" (zero-width spaces) as the digits staff meant to hide. The parts:
// doc/fold-chars.ts (what a character folds to), doc/normalise.ts and doc/offset-map.ts (the
// folded text and its map back), doc/sentences.ts and doc/words.ts (splitting).
import type { OffsetMap } from './doc/offset-map';
import { normalise } from './doc/normalise';
import { splitSentences } from './doc/sentences';
import { splitWords } from './doc/words';
import type { AnalyzeOptions, Context, PracticeProfile, Site } from './types';

export interface Span {
  start: number;
  end: number;
}

/** A word of `norm`: letters and digits, with one inner apostrophe ("son's", "o'brien"). */
export interface Word extends Span {
  /** As written in `norm`. */
  readonly text: string;
  /** Lower-cased. */
  readonly lower: string;
  /** Lower-cased without a possessive 's ("son's" → "son"): the form lexicons are keyed by. */
  readonly base: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Index of the sentence (in `sentences`) the word stands in. */
  readonly sentence: number;
}

export interface Doc {
  /** The text as given. */
  readonly original: string;
  /** Normalised text: invisible characters removed, look-alikes folded to ASCII. */
  readonly norm: string;
  /** `norm` lower-cased, same length as `norm` (index i in one is index i in the other). */
  readonly lower: string;
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  /** Sentence spans in `norm` offsets (split on . ! ? followed by space, and on newlines). */
  readonly sentences: readonly Span[];
  /** Words of `norm` in order (built on first use, then shared by every rule). */
  readonly words: readonly Word[];
  /** Original offsets of a span given in `norm` offsets (end exclusive). */
  toOriginal(span: Span): Span;
  /**
   * `compute(this)`, worked out once per document and kept with it (see detectors/memo.ts).
   * `key` names the computation; use the same key (the compute function itself) every time.
   */
  memo<T>(key: object, compute: (doc: Doc) => T): T;
}

export function buildDoc(text: string, options: AnalyzeOptions = {}): Doc {
  const { norm, lower, map } = normalise(text);
  return new NormalisedDoc(text, norm, lower, options, map);
}

/** One shared empty profile: what is derived from a profile is cached per profile object. */
const NO_PROFILE: PracticeProfile = Object.freeze({});

/** Stands for a memo whose value is undefined (an empty slot reads as undefined). */
const NO_VALUE = Symbol('no value');

/** Whether `doc` keeps memos in numbered slots (documents made by buildDoc do). */
export function hasMemoSlots(doc: Doc): doc is Doc & { memoAt<T>(slot: number, compute: (doc: Doc) => T): T } {
  return doc instanceof NormalisedDoc;
}

// A class rather than an object literal with closures: the words, sentences and memos it
// computes on first use live in its fields, and die with it. Kept in a closure's context (or in
// module-level WeakMaps keyed by the document), V8's scavenger kept every word of every past
// document alive until a full collection, and building the words cost 3–6× more (measured with
// `--single-threaded-gc`: 9.7 ms against 1.5 ms on 63,206 characters).
class NormalisedDoc implements Doc {
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  private sentenceSpans: Span[] | undefined;
  private wordList: Word[] | undefined;
  private memos: Map<object, unknown> | undefined;
  private slots: unknown[] | undefined;

  constructor(
    readonly original: string,
    readonly norm: string,
    readonly lower: string,
    options: AnalyzeOptions,
    private readonly offsets: OffsetMap,
  ) {
    this.context = options.context ?? 'post';
    this.site = options.site;
    this.profile = options.profile ?? NO_PROFILE;
    this.watchWords = options.watchWords ?? [];
  }

  get sentences(): readonly Span[] {
    this.sentenceSpans ??= splitSentences(this.norm);
    return this.sentenceSpans;
  }

  get words(): readonly Word[] {
    this.wordList ??= splitWords(this.norm, this.lower, this.sentences);
    return this.wordList;
  }

  memo<T>(key: object, compute: (doc: Doc) => T): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** `memo` by a number handed out once per computation (memoByDoc): an array read instead of
   *  two Map lookups, for the hundred-odd memo reads of every call. */
  memoAt<T>(slot: number, compute: (doc: Doc) => T): T {
    const values = (this.slots ??= []);
    const v = values[slot];
    if (v !== undefined) return (v === NO_VALUE ? undefined : v) as T;
    const value = compute(this);
    values[slot] = value === undefined ? NO_VALUE : value;
    return value;
  }

  toOriginal(span: Span): Span {
    return this.offsets.toOriginal(span, this.norm.length, this.original.length);
  }
}
