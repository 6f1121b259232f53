// Phrase lists as data, matched word by word. Every tone lexicon is compiled into one shared
// word trie, and a document is matched once for all of them (cached per Doc): a Map lookup
// per word instead of one regex per phrase per rule, so 60,000 characters cost well under a
// millisecond and no pattern can backtrack.
//
// Pattern syntax (each lexicon entry's `phrase`):
//   words           matched case-insensitively, apostrophes ignored ("won't" = "wont")
//   (a|b c|)        alternatives, possibly several words; an empty one makes the group optional
//   ~               up to four words of anything, within the sentence
//   *               exactly one word of anything
//   #               one number ("15", "2")
//   {name}          one word from a word class made with defineWordClass (a list of drugs)
// A phrase never matches across a sentence end.
import type { Doc } from '../doc';
import type { Context, Severity } from '../types';
import { normalizeWord, toneTokens, type ToneToken } from './tokens';

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

const GAP_MAX = 4;

interface TrieNode {
  next: Map<string, TrieNode>;
  classes?: Array<{ words: ReadonlySet<string>; node: TrieNode }>;
  num?: TrieNode;
  any?: TrieNode;
  gap?: TrieNode;
  /** Indices into `allEntries`. */
  ends: number[];
}

interface Registered {
  set: number;
  entry: PhraseEntry;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });
const wordClasses = new Map<string, ReadonlySet<string>>();

/**
 * A named set of single words, used in patterns as {name}. A long list (every common drug)
 * becomes one Set lookup instead of hundreds of expanded phrases. Several-word items are
 * returned so the caller can list them as alternatives: "(a|b c)".
 */
export function defineWordClass(name: string, words: readonly string[]): string {
  const single = new Set<string>();
  const multi: string[] = [];
  for (const w of words) {
    const parts = splitWords(w);
    if (parts.length === 1) single.add(parts[0]!);
    else if (parts.length > 1) multi.push(parts.join(' '));
  }
  wordClasses.set(name, single);
  return `({${name}}${multi.map((m) => `|${m}`).join('')})`;
}
const root = newNode();
const allEntries: Registered[] = [];
let setCount = 0;

interface RawMatch {
  id: number;
  from: number;
  to: number;
}
const matchCache = new WeakMap<Doc, RawMatch[]>();

export function definePhraseSet<E extends PhraseEntry>(entries: readonly E[]): PhraseSet<E> {
  const set = setCount++;
  for (const entry of entries) {
    const id = allEntries.push({ set, entry }) - 1;
    for (const seq of expandPattern(entry.phrase)) insert(seq, id, entry.phrase);
  }
  return {
    find(doc) {
      const tokens = toneTokens(doc);
      const out: PhraseMatch<E>[] = [];
      for (const m of matchAll(doc, tokens)) {
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

function insert(seq: string[], id: number, phrase: string): void {
  if (seq.length === 0 || seq[0] === '~' || seq[seq.length - 1] === '~') {
    throw new Error(`tone phrase "${phrase}" must start and end with a word`);
  }
  let node = root;
  for (const word of seq) {
    if (word === '~') node = node.gap ??= newNode();
    else if (word === '#') node = node.num ??= newNode();
    else if (word === '*') node = node.any ??= newNode();
    else if (word.startsWith('{')) {
      const words = wordClasses.get(word.slice(1, -1));
      if (!words) throw new Error(`tone phrase "${phrase}": unknown word class ${word}`);
      node.classes ??= [];
      let edge = node.classes.find((c) => c.words === words);
      if (!edge) node.classes.push((edge = { words, node: newNode() }));
      node = edge.node;
    } else {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = newNode()));
      node = child;
    }
  }
  if (!node.ends.includes(id)) node.ends.push(id);
}

function matchAll(doc: Doc, tokens: readonly ToneToken[]): RawMatch[] {
  let found = matchCache.get(doc);
  if (found) return found;
  found = [];
  const out = found;
  const n = tokens.length;
  const walk = (node: TrieNode, from: number, j: number): void => {
    for (const id of node.ends) out.push({ id, from, to: j });
    if (j < n && !tokens[j]!.breakBefore) {
      const t = tokens[j]!.text;
      const child = node.next.get(t);
      if (child) walk(child, from, j + 1);
      if (node.num && isNumber(t)) walk(node.num, from, j + 1);
      if (node.any) walk(node.any, from, j + 1);
      if (node.classes) for (const c of node.classes) if (c.words.has(t)) walk(c.node, from, j + 1);
    }
    if (node.gap) {
      for (let skip = 0; skip <= GAP_MAX; skip++) {
        if (skip > 0 && (j + skip - 1 >= n || tokens[j + skip - 1]!.breakBefore)) break;
        walk(node.gap, from, j + skip);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    const first = root.next.get(t);
    if (first) walk(first, i, i + 1);
    if (root.num && isNumber(t)) walk(root.num, i, i + 1);
    if (root.classes) for (const c of root.classes) if (c.words.has(t)) walk(c.node, i, i + 1);
  }
  matchCache.set(doc, found);
  return found;
}

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// ---- pattern expansion ----

type Item = { word: string } | { alts: Item[][] };

/** All word sequences a pattern stands for ("(a|b) c" → [a c], [b c]). */
export function expandPattern(pattern: string): string[][] {
  // A lexicon written with '…${LIST}…' instead of a template literal would match nothing.
  if (pattern.includes('${')) throw new Error(`tone phrase "${pattern}" has an unfilled \${…}`);
  const items = parseSequence(pattern, { at: 0 }, false);
  return expandItems(items);
}

function parseSequence(p: string, pos: { at: number }, inGroup: boolean): Item[] {
  const items: Item[] = [];
  let word = '';
  const flush = () => {
    if (word) for (const w of splitWords(word)) items.push({ word: w });
    word = '';
  };
  while (pos.at < p.length) {
    const c = p[pos.at]!;
    if (c === '(') {
      flush();
      pos.at++;
      const alts: Item[][] = [parseSequence(p, pos, true)];
      while (p[pos.at] === '|') {
        pos.at++;
        alts.push(parseSequence(p, pos, true));
      }
      if (p[pos.at] !== ')') throw new Error(`tone phrase "${p}": missing )`);
      pos.at++;
      items.push({ alts });
    } else if (inGroup && (c === '|' || c === ')')) {
      break;
    } else if (c === ' ') {
      flush();
      pos.at++;
    } else {
      word += c;
      pos.at++;
    }
  }
  flush();
  return items;
}

function splitWords(raw: string): string[] {
  if (raw === '~' || raw === '#' || raw === '*' || /^\{[a-z_]+\}$/.test(raw)) return [raw];
  const words = raw.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+(?:'[a-z0-9\u00c0-\u024f]+)*%?/g) ?? [];
  return words.map(normalizeWord);
}

function expandItems(items: Item[]): string[][] {
  let seqs: string[][] = [[]];
  for (const item of items) {
    if ('word' in item) {
      for (const s of seqs) s.push(item.word);
    } else {
      const options = item.alts.flatMap(expandItems);
      seqs = seqs.flatMap((s) => options.map((o) => [...s, ...o]));
    }
  }
  return seqs;
}
