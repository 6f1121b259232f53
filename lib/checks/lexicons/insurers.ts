// Health insurers, public programmes and collection terms, lower-case, comma-separated. A
// person's insurer named together with "your" or a name is billing PHI. Source: written by
// hand from the names of large US health plans and programmes (public facts). Licence: CC0.
import { parseTerms } from './parse-terms';

export const INSURERS: readonly string[] = parseTerms(`
aetna, cigna, humana, kaiser, kaiser permanente, anthem, blue cross, blue shield, blue cross blue shield, bcbs,
unitedhealthcare, united healthcare, uhc, medical mutual, molina, centene, ambetter, wellcare, highmark,
premera, regence, caresource, amerigroup, tricare, medicare, medicaid, delta dental, metlife,
cigna dental, vsp, eyemed, hsa, fsa, cobra, marketplace plan,
delta, guardian, ameritas, principal, sun life, united concordia, dentaquest, mcna, liberty dental, aflac, geha, fep blue,
oregon health plan, ohp, chip, medi cal, medi-cal, denti cal, mass health, masshealth, ihs, indian health service, champva,
va benefits, humana dental, careington, dental plan, vision plan
`);

/** A person's billing matters: "your balance", "her copay", "your son's claim". */
export const BILLING_WORDS: readonly string[] = parseTerms(`
balance, bill, invoice, statement, copay, co pay, coinsurance, deductible, claim, claims, insurance, insurance card,
insurance company, coverage, policy, account, payment, payments, card, credit card, debit card, charges, out of pocket,
eob, refund, payment plan, collections, premium, benefits, eligibility, authorization, prior authorization,
pre authorization, hsa, fsa, hsa card, fsa card, plan, insurer, carrier, medicaid, medicare, subscriber, estimate, fee,
fees, deposit, overpayment, financial agreement, fee schedule, carecredit, care credit, financing,
denial, denied claim, preauth, pre auth, predetermination, pre determination, discount, autopay, auto pay, installment,
installments, down payment, payoff, past due, overdue balance, late fee, cancellation fee, no show fee, missed appointment fee,
refund check, itemized bill, superbill, receipt, member id, group number, policy number, subscriber id, copayment,
out of network, in network, max, annual max, yearly max, remaining benefits, frequency limitation, waiting period, sedation fee, lab fee
`);
