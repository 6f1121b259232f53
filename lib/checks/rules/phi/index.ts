// The PHI rules, one per file (id = 'phi/' + file name). Adding a rule is adding a file and a
// line here; a meta-test checks that every rule file is listed.
import type { Rule, RuleHelpText } from '../../rule';
import address, { help as addressHelp } from './address';
import age, { help as ageHelp } from './age';
import billing, { help as billingHelp } from './billing';
import date, { help as dateHelp } from './date';
import email, { help as emailHelp } from './email';
import healthInfo, { help as healthInfoHelp } from './health-info';
import identifier, { help as identifierHelp } from './identifier';
import name, { help as nameHelp } from './name';
import phone, { help as phoneHelp } from './phone';
import relationship, { help as relationshipHelp } from './relationship';
import url, { help as urlHelp } from './url';
import wording, { help as wordingHelp } from './wording';

export const PHI_RULES: readonly Rule[] = [
  relationship,
  healthInfo,
  billing,
  name,
  date,
  phone,
  email,
  address,
  identifier,
  age,
  url,
  wording,
];

/** Each rule with its words for people, in the order above: the options page's help. A function,
 *  so a bundle that never asks (the content script) leaves the words out. */
export function phiRuleHelp(): Array<[Rule, RuleHelpText]> {
  return [[relationship, relationshipHelp], [healthInfo, healthInfoHelp], [billing, billingHelp], [name, nameHelp], [date, dateHelp], [phone, phoneHelp], [email, emailHelp], [address, addressHelp], [identifier, identifierHelp], [age, ageHelp], [url, urlHelp], [wording, wordingHelp]];
}
