// Sarcasm reads as contempt in writing, even when staff meant it as a joke ("sorry our doctors
// aren't psychic"), and an eye-roll emoji turns a thank-you into a jab.
import { SARCASTIC_EMOJI_ANYWHERE, SARCASTIC_EMOJI_IN_REPLIES, SARCASTIC_PHRASES } from '../../lexicons/tone-sarcastic';
import type { Doc } from '../../doc';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { defineRule, type RawFinding } from '../../rule';

const phrases = definePhraseSet(SARCASTIC_PHRASES);
const MESSAGE = 'This may read as sarcastic. In writing, sarcasm comes across as contempt; say it plainly and kindly.';

function emojiFindings(doc: Doc): RawFinding[] {
  const emoji = doc.context === 'post' ? SARCASTIC_EMOJI_ANYWHERE : [...SARCASTIC_EMOJI_ANYWHERE, ...SARCASTIC_EMOJI_IN_REPLIES];
  const found: RawFinding[] = [];
  for (const e of emoji) {
    for (let at = doc.norm.indexOf(e); at !== -1; at = doc.norm.indexOf(e, at + e.length)) {
      found.push({
        start: at,
        end: at + e.length,
        message: `The ${e} emoji reads as eye-rolling or mocking. Leave it out.`,
        suggestion: '',
      });
    }
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'tone/sarcastic',
    category: 'tone',
    type: 'sarcastic',
    severity: 'warn',
    description: 'Sarcasm and mocking emoji.',
    help:
      'Flags sarcasm: "sorry our doctors aren\'t psychic", "nice try", "funny, you seemed happy", and eye-roll emoji like 🙄. ' +
      'Sarcasm that sounds light in person reads as contempt in a public reply.',
  },
  detect: (doc) => [...phraseFindings(doc, phrases, MESSAGE), ...emojiFindings(doc)],
});
