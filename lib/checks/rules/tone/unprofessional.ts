// Unprofessional language under the practice's name: profanity (also starred out, "sh*t"),
// slang, insults, and gossip about patients or staff.
import { INSULTS, MILD_PROFANITY, SLANG, STRONG_PROFANITY, UNPROFESSIONAL_PHRASES } from '../../lexicons/tone-unprofessional';
import type { Doc } from '../../doc';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { precededBy, toneTokens } from '../../tone/tokens';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';
import { casualLanguage } from '../../tone/casual-language';

const phrases = definePhraseSet(UNPROFESSIONAL_PHRASES);
const STRONG = new Set(STRONG_PROFANITY);
const MILD = new Set(MILD_PROFANITY);
const SLANG_WORDS = new Set(SLANG);
const INSULT_WORDS = new Set(INSULTS);
// "There are no dumb questions" is kind, not an insult.
const NEGATED = new Set(['no', 'not', 'never', 'isnt', 'arent', 'nothing']);
// "lmaooo", "looool": stretched letters fold back to the word.
function squeeze(w: string): string {
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return w.replace(/(.)\1{2,}/g, '$1');
  }
  return w;
}

const SWAPS: Record<string, string> = { '@': 'a', $: 's', '!': 'i', '1': 'i', '0': 'o', '3': 'e', '4': 'a', '5': 's' };
const PROFANE_BY_LENGTH = new Map<number, string[]>();
for (const w of [...STRONG_PROFANITY, ...MILD_PROFANITY]) {
  const list = PROFANE_BY_LENGTH.get(w.length) ?? [];
  list.push(w);
  PROFANE_BY_LENGTH.set(w.length, list);
}
// The symbols people use to star out a word ("sh*t", "f**king", "a$$", "b!tch"); the word around
// each is grown by hand rather than by a regex, which could backtrack on long runs of letters.
const MASK_SYMBOL = /[*#@$]/g;
const isMaskChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || '@$!*#'.includes(c);

/** The swear word a starred-out form stands for, if any: "*" and "#" match any letter. */
function unmask(raw: string): string | undefined {
  const form = raw.replace(/!+$/, '');
  if (form.length < 3 || form.length > 14 || !/[a-z]/.test(form) || form.includes('@') && /\.[a-z]/.test(raw)) return undefined;
  const candidates = PROFANE_BY_LENGTH.get(form.length);
  if (!candidates) return undefined;
  outer: for (const word of candidates) {
    let masked = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form[i]!;
      if (c === '*' || c === '#') {
        masked++;
        continue;
      }
      if ((SWAPS[c] ?? c) !== word[i]) continue outer;
    }
    // Keep at least two real letters, so "***" or "#$@!" alone are not read as a word; a first
    // letter and stars for all the rest ("f***", "s***") is the classic masked swear, too.
    if (form.length - masked >= 2) return word;
    if (masked === form.length - 1 && form.length >= 4 && /^[a-z]\*+$/.test(form) && (word === 'fuck' || word === 'shit')) return word;
  }
  return undefined;
}

function wordFindings(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  const found: RawFinding[] = [];
  tokens.forEach((t, i) => {
    const { start, end } = t;
    const word = squeeze(t.text);
    if (STRONG.has(t.text)) {
      found.push({ start, end, severity: 'block', message: 'Swearing should not go out under the practice\'s name.' });
    } else if (MILD.has(t.text)) {
      found.push({ start, end, message: 'Swearing looks careless under the practice\'s name.' });
    } else if (SLANG_WORDS.has(word)) {
      found.push({ start, end, message: 'Slang like this is too casual for the practice\'s page.' });
    } else if (INSULT_WORDS.has(t.text) && !precededBy(tokens, i, NEGATED, 2)) {
      found.push({ start, end, message: 'Insulting words look unprofessional, whoever they are aimed at.' });
    }
  });
  const text = doc.lower;
  MASK_SYMBOL.lastIndex = 0;
  for (let m = MASK_SYMBOL.exec(text); m; m = MASK_SYMBOL.exec(text)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && end - start < 16 && isMaskChar(text[start - 1]!)) start--;
    while (end < text.length && end - start < 16 && isMaskChar(text[end]!)) end++;
    MASK_SYMBOL.lastIndex = end;
    const raw = text.slice(start, end);
    const word = unmask(raw);
    if (!word) continue;
    found.push({
      start,
      end: start + raw.replace(/!+$/, '').length,
      severity: STRONG.has(word) ? 'block' : 'warn',
      message: 'Swearing, even with symbols in it, should not go out under the practice\'s name.',
    });
  }
  return found;
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Profanity (also starred out), slang, insults, gossip about patients or staff.',
  help: 'Flags swearing (also written with symbols, like "sh*t"), slang such as "ngl" or "smh", insults, and gossip about ' +
      'patients or staff ("the 11am today…", "poor kid"). Everything on the page speaks for the whole practice.',
};

export default defineRule({
  meta: {
    id: 'tone/unprofessional',
    category: 'tone',
    type: 'unprofessional',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, 'This is too casual for the practice\'s page.'),
    ...wordFindings(doc),
    ...casualLanguage(doc),
  ],
});
