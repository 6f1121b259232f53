// The pattern language of tone phrase lists, parsed into a small tree of items: words,
// word classes, alternatives, gaps and numbers (phrase-set.ts indexes and matches them).
//
// Pattern syntax (each lexicon entry's `phrase`):
//   words           matched case-insensitively, apostrophes ignored ("won't" = "wont")
//   (a|b c|)        alternatives, possibly several words; an empty one makes the group optional
//   ~               up to four words of anything, within the sentence
//   *               exactly one word of anything
//   #               one number ("15", "2", "11am")
//   {name}          one word from a word class made with defineWordClass (a list of drugs)
import { normalizeWord } from './tokens';

export type Item =
  | { kind: 'word'; word: string }
  | { kind: 'set'; words: ReadonlySet<string> }
  | { kind: 'alts'; alts: Item[][] }
  | { kind: 'gap' }
  | { kind: 'any' }
  | { kind: 'num' };

const wordClasses = new Map<string, ReadonlySet<string>>();

/**
 * A named set of single words, used in patterns as {name}. Several-word items are returned so
 * the caller can list them as alternatives: "({name}|a b)".
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

/** The item tree of a pattern: "(a|b) c" → alternatives [a] or [b], then c. */
export function parsePattern(pattern: string): Item[] {
  // A lexicon written with '…${LIST}…' instead of a template literal would match nothing.
  if (pattern.includes('${')) throw new Error(`tone phrase "${pattern}" has an unfilled \${…}`);
  const pos = { at: 0 };
  const items = parseSequence(pattern, pos, false);
  if (pos.at < pattern.length) throw new Error(`tone phrase "${pattern}": unexpected ${pattern[pos.at]}`);
  return items;
}

function parseSequence(p: string, pos: { at: number }, inGroup: boolean): Item[] {
  const items: Item[] = [];
  let word = '';
  const flush = () => {
    if (word) for (const w of splitWords(word)) items.push(toItem(w, p));
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
      items.push(group(alts));
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

function toItem(w: string, phrase: string): Item {
  if (w === '~') return { kind: 'gap' };
  if (w === '*') return { kind: 'any' };
  if (w === '#') return { kind: 'num' };
  if (w.startsWith('{')) {
    const words = wordClasses.get(w.slice(1, -1));
    if (!words) throw new Error(`tone phrase "${phrase}": unknown word class ${w}`);
    return { kind: 'set', words };
  }
  return { kind: 'word', word: w };
}

/** Single-word alternatives become one Set lookup; an empty alternative stays (optional group). */
function group(alts: Item[][]): Item {
  const singles = alts.filter((a) => a.length === 1 && a[0]!.kind === 'word');
  if (singles.length >= 2) {
    const words = new Set(singles.map((a) => (a[0] as { word: string }).word));
    const rest = alts.filter((a) => !singles.includes(a));
    const merged: Item[][] = [[{ kind: 'set', words }], ...rest];
    return merged.length === 1 ? merged[0]![0]! : { kind: 'alts', alts: merged };
  }
  return { kind: 'alts', alts };
}

function splitWords(raw: string): string[] {
  if (raw === '~' || raw === '#' || raw === '*' || /^\{[a-z_]+\}$/.test(raw)) return [raw];
  const words = raw.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+(?:'[a-z0-9\u00c0-\u024f]+)*%?/g) ?? [];
  return words.map(normalizeWord);
}
