// A person's insurance, claims, balances, payments and collections. Billing details are PHI
// (45 CFR 160.103: payment for care), and naming a reviewer's balance also confirms they were
// a patient.
import { findBillingPhrases } from '../../detectors/care-phrases';
import { findPatientMentions } from '../../detectors/people';
import { findBillingTies } from '../../detectors/ties';
import { defineRule, type RawFinding } from '../../rule';

export default defineRule({
  meta: {
    id: 'phi/billing',
    category: 'phi',
    type: 'billing',
    severity: 'block',
    description: 'A person’s insurance, claim, balance, payment or collections',
    help: 'Insurance, claims, balances, declined cards and collections are PHI when they are about a person. Invite them to call the billing office instead of answering in public.',
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const t of findBillingTies(doc)) {
      out.push({
        start: t.ownerStart,
        end: t.end,
        message: 'This mentions a person’s insurance, bill or payment. Billing details are PHI: take it to a private call.',
      });
    }
    // Collections, declined cards, denied claims: about someone when the text is a reply, or
    // when a post singles someone out.
    const aboutSomeone = doc.context !== 'post' || findPatientMentions(doc).length > 0;
    for (const h of findBillingPhrases(doc)) {
      if (!aboutSomeone) continue;
      out.push({
        start: h.start,
        end: h.end,
        severity: h.score >= 0.8 ? 'block' : 'warn',
        message: 'This gives billing details (collections, a declined payment, a claim or a balance) about a person. Discuss billing privately.',
      });
    }
    return out;
  },
});
