// Blaming puts the fault on the patient in front of everyone ("you failed to", "if you had
// arrived on time"). Even when true, it reads as the practice refusing responsibility.
import { BLAMING_PHRASES } from '../../lexicons/tone-blaming';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { blameStructures } from '../../tone/blame-structures';
import { defineRule, type RuleHelpText } from '../../rule';

const phrases = definePhraseSet(BLAMING_PHRASES);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Wording that puts the fault on the patient.',
  help: 'Flags wording that blames the reader: "you failed to", "if you had arrived on time", "it\'s your responsibility". ' +
      'Even when it is true, blame in public makes the practice look uncaring. Say what you can do next instead.',
};

export default defineRule({
  meta: {
    id: 'tone/blaming',
    category: 'tone',
    type: 'blaming',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, 'This puts the blame on the patient. Say what the office can do next instead.'),
    ...blameStructures(doc),
  ],
});
