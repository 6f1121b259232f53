// A person's insurance, claims, balances, payments and collections. Billing details are PHI
// (45 CFR 160.103: payment for care), and naming a reviewer's balance also confirms they were
// a patient.
import { findCareClauses } from '../../detectors/care-clauses';
import { findBillingPhrases } from '../../detectors/care-phrases';
import { freeBefore } from '../../detectors/specific-reference';
import { findPatientMentions } from '../../detectors/people';
import { findBillingTerms, findBillingTies, findEncounterTies, findHealthTies, isAmbiguousBillingTerm } from '../../detectors/ties';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A person’s insurance, claim, balance, payment or collections',
  help: 'Insurance, claims, balances, declined cards and collections are PHI when they are about a person. Invite them to call the billing office instead of answering in public.',
};

export default defineRule({
  meta: {
    id: 'phi/billing',
    category: 'phi',
    type: 'billing',
    severity: 'block',
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
    // "you didn't pay", "you owe nothing"; and a billing word right after a clause of dealings
    // with the person ("you signed a fee schedule", "we sent your itemized bill").
    const terms = findBillingTerms(doc);
    for (const c of findCareClauses(doc)) {
      if (c.kind === 'billing') {
        out.push({ start: c.start, end: c.end, message: 'This speaks of what a person paid or owes. Billing details are PHI: take it to a private call.' });
        continue;
      }
      for (const m of terms) {
        const first = doc.words[m.first]!;
        if (first.start < c.end || first.sentence !== c.sentence || first.start - c.end > 30 || isAmbiguousBillingTerm(doc, m)) continue;
        const last = doc.words[m.first + m.count - 1]!;
        out.push({ start: first.start, end: last.end, severity: 'warn', message: 'This names a bill, fee or payment in a sentence about your dealings with this person. Billing details are PHI.' });
      }
    }
    // "you got a free cleaning", "a FREE exam": care given at no charge is a payment detail.
    for (const t of [...findHealthTies(doc), ...findEncounterTies(doc)]) {
      const free = doc.words[t.firstWord - 1];
      if (!freeBefore(doc, t.firstWord)) continue;
      out.push({ start: free && free.end <= t.start ? Math.min(t.ownerStart, free.start) : t.ownerStart, end: t.end, severity: 'warn', message: 'This says a person’s care was free or discounted. Fees waived are billing details: keep them private.' });
    }
    return out;
  },
});
