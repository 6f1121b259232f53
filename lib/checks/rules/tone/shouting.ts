// Shouting: runs of ALL-CAPS words and !!! or ??? runs. A word or two in capitals for
// emphasis ("FREE flu shots") and acronyms (HIPAA, COVID-19, CPR) are fine.
import { ACRONYMS } from '../../lexicons/tone-acronyms';
import type { Doc } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const ACRONYM = new Set(ACRONYMS);
// Words with letters, digits, inner hyphens or apostrophes ("COVID-19", "DON'T").
const WORD = /[A-Za-z][A-Za-z0-9]*(?:['-][A-Za-z0-9]+)*/g;
const MARKS = /[!?]{3,}/g;

interface CapsWord {
  start: number;
  end: number;
  /** Counts toward shouting: a real word of three or more letters, not an acronym. */
  loud: boolean;
  /** A two-letter function word in capitals ("WE", "AT"): part of a shouted sentence, not loud alone. */
  short?: boolean;
}

// Two-letter English words that are not acronyms: in a run with a loud word they are shouted
// too ("WE CLOSE AT 5"). State codes that are also words (IN, OR, ME) count only inside a run.
const FUNCTION_WORDS = new Set(['WE', 'AT', 'IS', 'NO', 'SO', 'TO', 'UP', 'MY', 'BE', 'GO', 'HE', 'OF', 'IF', 'AN', 'ON', 'IN', 'OR', 'ME', 'BY']);

function isLoud(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || /\d/.test(word)) return false;
  const base = word.replace(/['’]S$/, '').replace(/-.*$/, '');
  return !ACRONYM.has(base) && !ACRONYM.has(base.replace(/S$/, ''));
}

function sentenceCase(doc: Doc, run: CapsWord[]): string {
  const start = run[0]!.start;
  const text = doc.norm.slice(start, run[run.length - 1]!.end);
  let out = '';
  let last = 0;
  // matchAll works on a copy of WORD: capsRuns is in the middle of its own WORD.exec loop.
  for (const m of text.matchAll(WORD)) {
    out += text.slice(last, m.index);
    const w = m[0];
    const base = w.replace(/['-].*$/, '');
    out += ACRONYM.has(base) || w.length === 1 ? w : w.toLowerCase();
    last = m.index + w.length;
  }
  out += text.slice(last);
  // Look back over spaces only (not the whole text) for the end of the previous sentence.
  let b = start - 1;
  while (b >= 0 && (doc.norm[b] === ' ' || doc.norm[b] === '\t')) b--;
  const opensSentence = b < 0 || '.!?\n\r'.includes(doc.norm[b]!);
  // Sentences inside the run start with a capital again ("…today. Be patient…").
  out = out.replace(/([.!?]\s+)([a-z])/g, (_m, gap: string, c: string) => gap + c.toUpperCase());
  return opensSentence ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isUpper(c) || isLower(c) || isDigit(c);

function capsRuns(doc: Doc): RawFinding[] {
  const found: RawFinding[] = [];
  let run: CapsWord[] = [];
  // Capitals scattered through a short text ("NO we do NOT do that. STOP ASKING.") shout too.
  const scattered: CapsWord[] = [];
  let words = 0;
  let flagged = false;
  const flush = () => {
    if (run.length === 0) return;
    const loud = run.filter((w) => w.loud).length;
    const short = run.filter((w) => w.short).length;
    // Three capitalised words, two of them real words: a pair ("PERFECT VISION") is emphasis,
    // a sentence in capitals is shouting, short words and all ("WE CLOSE AT 5").
    if (run.length >= 3 && (loud >= 2 || (loud >= 1 && loud + short >= 3))) {
      flagged = true;
      found.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        message: 'Whole phrases in capital letters read as shouting. Use normal capitals.',
        suggestion: sentenceCase(doc, run),
      });
    } else {
      for (const w of run) if (w.loud) scattered.push(w);
    }
    run = [];
  };
  // One pass over the text with character codes: words are ASCII letters and digits with inner
  // ' or - ("COVID-19", "DON'T"); only words in capitals are ever sliced out as strings.
  const text = doc.norm;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) && !isLower(c)) {
      i++;
      continue;
    }
    const start = i;
    let lower = false;
    let digit = false;
    let letters = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isUpper(d)) letters++;
      else if (isLower(d)) {
        letters++;
        lower = true;
      } else if (isDigit(d)) digit = true;
      else if ((d === 39 || d === 45) && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) {
        // inner apostrophe or hyphen
      } else break;
      i++;
    }
    words++;
    if (i - start === 1) {
      // "I" and "A" keep a run going without counting; a lone lower-case letter ends it.
      if (lower) flush();
      continue;
    }
    if (lower) {
      flush();
      continue;
    }
    const word = letters >= 2 && !digit ? text.slice(start, i) : '';
    run.push({ start, end: i, loud: letters >= 3 && !digit && isLoud(word), short: letters === 2 && FUNCTION_WORDS.has(word) });
  }
  flush();
  if (!flagged && scattered.length >= 3 && scattered.length / words >= 0.15) {
    for (const w of scattered) {
      found.push({
        start: w.start,
        end: w.end,
        message: 'So many words in capitals read as shouting. Use normal capitals.',
        suggestion: doc.norm.slice(w.start, w.end).toLowerCase(),
      });
    }
  }
  return found;
}

function markRuns(doc: Doc): RawFinding[] {
  const found: RawFinding[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(doc.norm); m; m = MARKS.exec(doc.norm)) {
    const question = m[0].includes('?');
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" reads as shouting. One mark is enough.`,
      suggestion: question ? '?' : '!',
    });
  }
  return found;
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Runs of capital letters and !!! or ???.',
  help: 'Flags phrases written in capital letters and runs like "!!!" or "???", which read as shouting. ' +
      'A single word in capitals for emphasis ("FREE flu shots") and acronyms like HIPAA, CPR or COVID-19 are fine.',
};

export default defineRule({
  meta: {
    id: 'tone/shouting',
    category: 'tone',
    type: 'shouting',
    severity: 'warn',
  },
  detect: (doc) => [...capsRuns(doc), ...markRuns(doc)],
});
