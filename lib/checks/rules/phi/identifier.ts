// Numbers that identify one person: Social Security, medical record, member and policy,
// account, claim, licence, plate and device serial numbers. An SSN is found by its shape (with
// Presidio's invalid groups thrown out) or its label; the others by the words that label them
// ("MRN", "member ID", "claim #", "serial"), since their shapes vary by payer. Finding them is
// detectors/id-numbers.ts.
import { findIdNumbers, type IdKind } from '../../detectors/id-numbers';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const MESSAGES: Record<IdKind, string> = {
  ssn: 'This looks like a Social Security number. Never post one, not even in part.',
  labelled: 'This is an ID number (record, member, policy, account, claim, licence, plate or device). It identifies one person: leave it out.',
  card: 'This looks like a payment card number. Never post one.',
};

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'SSN, record, member, account, claim, licence, plate or device numbers',
  help: 'Social Security, chart, member, policy, account, claim, licence, plate and device numbers each point to one person. Never post them, not even in part.',
};

export default defineRule({
  meta: {
    id: 'phi/identifier',
    category: 'phi',
    type: 'identifier',
    severity: 'block',
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const h of findIdNumbers(doc)) out.push({ start: h.start, end: h.end, message: MESSAGES[h.kind] });
    return out;
  },
});
