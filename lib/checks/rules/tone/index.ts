// Tone rules, one per file (id = 'tone/<file>'); a meta-test checks every file is listed here once.
import type { Rule, RuleHelpText } from '../../rule';
import acknowledge, { help as acknowledgeHelp } from './acknowledge';
import blaming, { help as blamingHelp } from './blaming';
import coldReply, { help as coldReplyHelp } from './cold-reply';
import defensive, { help as defensiveHelp } from './defensive';
import guarantee, { help as guaranteeHelp } from './guarantee';
import hostile, { help as hostileHelp } from './hostile';
import medicalAdvice, { help as medicalAdviceHelp } from './medical_advice';
import offlineContact, { help as offlineContactHelp } from './offline-contact';
import sarcastic, { help as sarcasticHelp } from './sarcastic';
import shouting, { help as shoutingHelp } from './shouting';
import unprofessional, { help as unprofessionalHelp } from './unprofessional';

export const TONE_RULES: readonly Rule[] = [
  defensive,
  blaming,
  sarcastic,
  hostile,
  shouting,
  medicalAdvice,
  guarantee,
  unprofessional,
  coldReply,
  acknowledge,
  offlineContact,
];

/** Each rule with its words for people, in the order above: the options page's help. A function,
 *  so a bundle that never asks (the content script) leaves the words out. */
export function toneRuleHelp(): Array<[Rule, RuleHelpText]> {
  return [[defensive, defensiveHelp], [blaming, blamingHelp], [sarcastic, sarcasticHelp], [hostile, hostileHelp], [shouting, shoutingHelp], [medicalAdvice, medicalAdviceHelp], [guarantee, guaranteeHelp], [unprofessional, unprofessionalHelp], [coldReply, coldReplyHelp], [acknowledge, acknowledgeHelp], [offlineContact, offlineContactHelp]];
}
