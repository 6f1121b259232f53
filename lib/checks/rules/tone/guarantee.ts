// Guarantees and absolute claims about outcomes. No treatment is risk-free or works for
// everyone, and promising that it does invites complaints to the FTC and licensing boards.
import { GUARANTEE_PHRASES } from '../../lexicons/tone-guarantee';
import { definePhraseSet } from '../../tone/phrase-set';
import { phraseFindings } from '../../tone/phrase-findings';
import { defineRule, type RuleHelpText } from '../../rule';
import { promiseStructures } from '../../tone/promise-structures';

const phrases = definePhraseSet(GUARANTEE_PHRASES);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Promised outcomes and absolute claims ("100% painless", "guaranteed results", "cures").',
  help: 'Flags promises no treatment can keep: "100% painless", "guaranteed results", "cures", "never fails", "risk-free". ' +
      'Health claims like these can draw complaints to regulators. Describe what patients can usually expect instead.',
};

export default defineRule({
  meta: {
    id: 'tone/guarantee',
    category: 'tone',
    type: 'guarantee',
    severity: 'warn',
  },
  detect: (doc) => [
    ...phraseFindings(doc, phrases, 'This promises an outcome no treatment can guarantee. Describe what patients can usually expect.'),
    ...promiseStructures(doc),
  ],
});
