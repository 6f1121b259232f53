// Defensive replies argue with the reviewer in public. Readers side with the reviewer, and an
// argument tempts staff into the details that disclose care ("as we explained at your visit").
import { DEFENSIVE_PHRASES } from '../../lexicons/tone-defensive';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { defineRule, type RuleHelpText } from '../../rule';
import { defenseStructures } from '../../tone/defense-structures';

const phrases = definePhraseSet(DEFENSIVE_PHRASES);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Denials, "as we explained", and policy used as a shield.',
  help: 'Flags wording that argues with the reader: "that\'s false", "we did nothing wrong", "as we explained", ' +
      '"per our policy". In public, arguing makes the practice look worse even when it is right. ' +
      'Acknowledge the concern and offer to talk it through privately instead.',
};

export default defineRule({
  meta: {
    id: 'tone/defensive',
    category: 'tone',
    type: 'defensive',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, 'This sounds defensive. Readers side with the reviewer; acknowledge the concern and offer to talk privately.'),
    ...defenseStructures(doc),
  ],
});
