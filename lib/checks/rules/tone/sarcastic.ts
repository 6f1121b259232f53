// Sarcasm reads as contempt in writing, even when staff meant it as a joke ("sorry our doctors
// aren't psychic"), and an eye-roll emoji turns a thank-you into a jab.
import {
  CLAIMED_QUALITIES,
  SARCASTIC_EMOJI_ANYWHERE,
  SARCASTIC_EMOJI_IN_REPLIES,
  SARCASTIC_EMOJI_IN_REVIEW_REPLIES,
  MOCKED_WORDS,
  SARCASTIC_PHRASES,
  SINCERE_APPLAUSE,
  SLOW_CLAP_EMOJI,
} from '../../lexicons/tone-sarcastic';
import { sarcasmStructures } from '../../tone/sarcasm-structures';
import type { Doc } from '../../doc';
import type { Context } from '../../types';
import { toneWordSet } from '../../tone/tokens';
import { definePhraseSet } from '../../tone/phrase-set';
import { emojiFindings } from '../../tone/emoji-findings';
import { phraseFindings } from '../../tone/phrase-findings';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const phrases = definePhraseSet(SARCASTIC_PHRASES);
const MESSAGE = 'This may read as sarcastic. In writing, sarcasm comes across as contempt; say it plainly and kindly.';

// Words in quotes thrown back at the reader ("your 'emergency'") read as mocking. Opening quote
// after a space or start, a short run of words, closing quote before a space or punctuation.
// A comma may close the quoted words too ("the "feedback," really").
const SCARE_QUOTE = /(?:^|[\s(])(['"])([A-Za-z][A-Za-z' .,?!-]{0,40}?[A-Za-z.?!,])\1(?=[\s.,!?;:)]|$)/g;
// Before a quoted claim word in a post: a determiner, so the word names a thing ("the "luxury" spa").
const DETERMINER_BEFORE = /\b(?:the|a|an|their|that|this|these|those|his|her|so-called|so called)\s*$/i;
// Quoting a word as a word, or what someone said, is not mocking.
const QUOTING = /\b(?:word|words|term|called|call|says|said|say|saying|labeled|labelled|marked|reads|read|wrote|type|typed|text|texted|replied|reply|spelled|named|titled|sign|means)\s*[:,]?\s*$/i;

const EMOJI_BY_CONTEXT: Record<Context, readonly string[]> = {
  post: SARCASTIC_EMOJI_ANYWHERE,
  comment: [...SARCASTIC_EMOJI_ANYWHERE, ...SARCASTIC_EMOJI_IN_REPLIES],
  'review-reply': [...SARCASTIC_EMOJI_ANYWHERE, ...SARCASTIC_EMOJI_IN_REPLIES, ...SARCASTIC_EMOJI_IN_REVIEW_REPLIES],
};
const MOCKED = new Set(MOCKED_WORDS);
const CLAIMED = new Set([...MOCKED_WORDS, ...CLAIMED_QUALITIES]);
const emojiFor = (context: Context) => EMOJI_BY_CONTEXT[context];

// A reply that quotes the reviewer but apologises or invites them to talk is not mocking them.
const WARM = ['sorry', 'apologize', 'apologise', 'thank', 'thanks', 'privately', 'call', 'contact', 'message', 'email'];

function scareQuotes(doc: Doc): RawFinding[] {
  const inPost = doc.context === 'post';
  const words = toneWordSet(doc);
  // Warmth makes most quoting harmless, but one word that names the reader's complaint, in
  // quotes, mocks it whatever surrounds it ("thank you for the 'feedback'").
  const warm = WARM.some((w) => words.has(w));
  const found: RawFinding[] = [];
  SCARE_QUOTE.lastIndex = 0;
  for (let m = SCARE_QUOTE.exec(doc.norm); m; m = SCARE_QUOTE.exec(doc.norm)) {
    const inner = m[2]!;
    const count = inner.split(/\s+/).length;
    const start = m.index + m[0].indexOf(m[1]!);
    const bare = inner.toLowerCase().replace(/[^a-z]/g, '');
    const before = doc.norm.slice(Math.max(0, start - 30), start);
    // A post quotes people and slogans freely; only a claimed quality in quotes, naming a thing
    // ("the "luxury" spa", "the "expert" on Nextdoor"), doubts it.
    if (inPost && !(count === 1 && CLAIMED.has(bare) && DETERMINER_BEFORE.test(before))) continue;
    if (warm && !(count === 1 && MOCKED.has(bare))) continue;
    // A name in quotes ('Jane Doe') is quoting, not mocking.
    if (/^(?:[A-Z][\w'-]*[ .]*)+$/.test(inner)) continue;
    // A whole exclaimed or asked sentence in quotes is something to say ("the dentist counts your teeth!").
    if (count >= 3 && /[!?]$/.test(inner)) continue;
    if (count > 6 || QUOTING.test(before)) continue;
    found.push({ start, end: start + inner.length + 2, message: 'Putting their words in quotes reads as mocking. Describe the concern in your own words.' });
  }
  return found;
}

/** 👏 with no thanks, congratulations or pride anywhere in the text is a slow clap. */
function slowClap(doc: Doc): RawFinding[] {
  const words = toneWordSet(doc);
  if (SINCERE_APPLAUSE.some((w) => words.has(w))) return [];
  return emojiFindings(doc, SLOW_CLAP_EMOJI, () => 'Applause with nothing to celebrate reads as a slow clap. Leave it out.');
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Sarcasm and mocking emoji.',
  help: 'Flags sarcasm: "sorry our doctors aren\'t psychic", "nice try", "funny, you seemed happy", and eye-roll emoji like 🙄. ' +
      'Sarcasm that sounds light in person reads as contempt in a public reply.',
};

export default defineRule({
  meta: {
    id: 'tone/sarcastic',
    category: 'tone',
    type: 'sarcastic',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, MESSAGE),
    ...emojiFindings(doc, emojiFor(doc.context), (e) => `The ${e} emoji reads as eye-rolling or mocking. Leave it out.`),
    ...scareQuotes(doc),
    ...sarcasmStructures(doc),
    ...slowClap(doc),
  ],
});
