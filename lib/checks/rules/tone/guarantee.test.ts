import { ruleTester } from '@/tests/support/ruleTester';
import rule from './guarantee';

ruleTester(rule, {
  valid: [
    { text: 'Our patients have been like family to us for decades.', why: 'a feeling' },
    { text: 'today: a patient with zero cavities!', why: 'a celebration, not a promise' },
    // Hard negatives for the structures: negated and hedged promises, feelings, money, facts.
    { text: 'We never guarantee results, but we do promise to listen.', context: 'review-reply', why: 'a negated promise, and a promise of service' },
    { text: "We can't promise a perfect smile, but most patients love their results.", why: 'negated' },
    { text: 'We will be forever grateful to Dr. Lee.', why: 'a feeling' },
    { text: "Kids' permanent teeth start coming in around age six.", why: 'a fact about teeth' },
    { text: 'Most plans cover cleanings at 100%.', why: 'coverage, not an outcome' },
    { text: 'We donate 100% of proceeds to the food bank.', why: 'money' },
    { text: 'Never ignore a toothache that lasts more than a day.', why: 'advice, not a claim' },
    { text: 'Sealants almost never fall out in the first year.', why: 'hedged' },
    { text: 'We had the best time at the fun run!', why: 'not a claim about care' },
    { text: 'No one likes waiting, and we are working on it.', context: 'review-reply', why: 'not an absolute claim about outcomes' },
    // Hedged or negated claims are honest.
    'There is no cure for the common cold, but rest and fluids help.',
    "We can't guarantee results, but we'll walk you through what to expect.",
    'Most patients say the procedure is nearly painless.',
    'Every treatment has some risk; we will go over it with you.',
    'Flu shots are safe and effective for most people.',
    'Researchers are still searching for a cure for Alzheimer’s.',
    'Guaranteed parking in the garage behind our office!',
  ],
  invalid: [
    { text: 'Our new laser cleaning is 100% painless!', findings: [{ span: '100% painless', suggestion: 'as comfortable as we can make it' }] },
    { text: 'Guaranteed results for every smile.', findings: [{ span: 'Guaranteed results', suggestion: null }] },
    // Overlapping guarantee phrases merge into the longer one.
    { text: 'Guaranteed results in two visits.', findings: [{ span: 'results in two visits' }] },
    { text: 'Our adjustments cure back pain.', findings: [{ span: 'cure back pain' }] },
    { text: 'This whitening never fails.', findings: [{ span: 'never fails', suggestion: 'works well for many patients' }] },
    { text: 'A risk-free consult!', findings: [{ span: 'risk-free', suggestion: 'low-risk' }] },
    { text: 'Our LASIK partner offers PERFECT VISION with zero risk.', findings: [{ span: 'PERFECT VISION' }, { span: 'zero risk' }] },
    { text: "Keep at it and you'll be fine by morning.", context: 'comment', findings: [{ span: "you'll be fine by" }] },
    { text: 'Painless dentistry, guaranteed.', findings: [{ span: 'Painless dentistry' }, { span: 'guaranteed' }] },
    { text: 'This will 100% fix your sensitivity.', context: 'comment', findings: [{ span: 'This will 100% fix' }] },
      // Structures: promise + outcome, forever + treatment, never + bad outcome, nobody ever, 100%, best in.
    { text: 'Our whitening is guaranteed to give you a perfect smile.', findings: [{ span: 'guaranteed to give you a perfect' }] },
    { text: 'Implants last forever with us.', findings: [{ span: 'last forever' }] },
    { text: 'Say goodbye to tooth pain forever!', findings: [{ span: 'pain forever' }] },
    { text: 'Families who follow our plan never get cavities.', findings: [{ span: 'never get' }] },
    { text: 'Our veneers never chip or stain.', findings: [{ span: 'never chip' }] },
    { text: 'Dr. Adeyemi has never had a single patient complain.', context: 'comment', findings: [{ span: 'never had a single' }] },
    { text: 'Nobody has ever left our office unhappy.', context: 'review-reply', findings: [{ span: 'Nobody has ever' }] },
    { text: 'Our sealants prevent 100% of cavities.', findings: [{ span: 'prevent 100%' }] },
    { text: 'Best hands in Eugene!', context: 'comment', findings: [{ span: 'Best hands in' }] },
    { text: "put a little Orajel on it and it'll be gone in 2 days", context: 'comment', findings: [{ span: "it'll be gone in 2 days" }] },
    { text: 'You WILL love your smile or your money back.', findings: [{ span: 'or your money back' }] },
    { text: 'Your teeth will be perfectly straight in 12 weeks.', findings: [{ span: 'will be perfectly straight' }] },
    { text: 'Our varnish eliminates cavities completely.', findings: [{ span: 'eliminates cavities completely' }] },
      { text: 'With laser whitening, your teeth will stay white for life.', findings: [{ span: 'will stay white for life' }] },
    { text: 'Zero cavities for kids who join our sealant program.', findings: [{ span: 'Zero cavities for kids' }] },
    { text: 'We are the #1 pediatric dentist in Lane County.', findings: [{ span: '1 pediatric dentist in' }] },
    { text: 'Your veneers will look perfect for decades.', context: 'review-reply', findings: [{ span: 'will look perfect for decades' }] },
  ],
});
