import { ruleTester } from '@/tests/support/ruleTester';
import rule from './guarantee';

ruleTester(rule, {
  valid: [
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
  ],
});
