// Hostile wording: threats (legal or otherwise), calling someone a liar, telling them to leave.
// A threat against a reviewer can be used against the practice, and readers never forget it.
import { HOSTILE_EMOJI, HOSTILE_EMOJI_IN_REPLIES, HOSTILE_PHRASES } from '../../lexicons/tone-hostile';
import { emojiFindings } from '../../tone/emoji-findings';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { defineRule, type RuleHelpText } from '../../rule';
import { hostilityStructures } from '../../tone/hostility-structures';
import { dismissalStructures } from '../../tone/dismissal-structures';

const phrases = definePhraseSet(HOSTILE_PHRASES);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Threats, accusations of lying, telling someone to go away.',
  help: 'Flags hostile wording: threats of legal action ("we\'ll see you in court"), calling someone a liar, ' +
      '"don\'t come back", insults aimed at the reader. Plain threats and insults are marked "should not be posted". ' +
      'If a review may be defamatory, talk to the practice manager privately; never answer it with a threat.',
};

export default defineRule({
  meta: {
    id: 'tone/hostile',
    category: 'tone',
    type: 'hostile',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, 'This reads as hostile. Keep the reply calm and invite the person to call.'),
    ...emojiFindings(doc, doc.context === 'post' ? HOSTILE_EMOJI : [...HOSTILE_EMOJI, ...HOSTILE_EMOJI_IN_REPLIES], (e) => `The ${e} emoji reads as angry or insulting. Leave it out.`),
    ...hostilityStructures(doc),
    ...dismissalStructures(doc),
  ],
});
