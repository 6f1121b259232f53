// A change the practice made to its own forms or process is its news to everyone: a billing or
// care word in that sentence is nobody's, unless an owner stands right before it.
import { ruleTester } from '@/tests/support/ruleTester';
import billing from '../rules/phi/billing';
import relationship from '../rules/phi/relationship';

const practiceNews = [
  { text: 'We’ve since updated our estimate forms to show the insurance portion and the family portion side by side.', context: 'review-reply' as const },
  { text: 'We now print the copay amount on our check-in sheet for every family.', context: 'review-reply' as const },
  { text: 'I’ve clarified our insurance page so the deductible is explained up front.', context: 'review-reply' as const },
  { text: 'We have recently switched our billing software, so the statements look different now.', context: 'comment' as const },
  { text: 'Based on feedback like yours, we’ve added the insurance estimate to our treatment plans.', context: 'review-reply' as const },
  { text: 'We changed how our front desk explains the deductible at check-in.', context: 'review-reply' as const },
];

const stillTheirs = [
  { text: 'We’ve updated your insurance on file.', context: 'review-reply' as const, span: 'your insurance' },
  { text: 'We’ve since updated our forms, but your balance of $240 is still due.', context: 'review-reply' as const, span: 'your balance of $240' },
  { text: 'We changed the claim and resubmitted it to your insurer.', context: 'review-reply' as const, span: 'your insurer' },
];

ruleTester(billing, {
  valid: practiceNews,
  invalid: stillTheirs.map(({ span, ...c }) => ({ ...c, findings: [{ span }] })),
});

ruleTester(relationship, {
  valid: practiceNews,
  invalid: [
    ...stillTheirs.slice(1).map(({ span, ...c }) => ({ ...c, findings: [{ span }] })),
    { text: 'We’ve updated your insurance on file.', context: 'review-reply', findings: [{ span: 'your insurance' }, { span: 'on file' }] },
    { text: 'We updated our records after your root canal.', context: 'review-reply', findings: [{ span: 'your root canal' }] },
  ],
});
