// A care noun used as a verb is nobody's care: "we'll file it", "so we can follow up", "I'll check
// in with the front desk". The same words as nouns after an owner stay care ("your file", "your
// follow up"). Tested through the two rules that read care ties.
import { ruleTester } from '@/tests/support/ruleTester';
import healthInfo from '../rules/phi/health-info';
import relationship from '../rules/phi/relationship';

const asVerbs = [
  { text: "Thank you for your 'feedback.' We'll file it with the others.", context: 'review-reply' as const },
  { text: 'Could you call or email us so we can follow up properly?', context: 'review-reply' as const },
  { text: 'Please reach out and we’ll follow up with the right person.', context: 'review-reply' as const },
  { text: 'I’ll check in with our front desk and get back to you.', context: 'review-reply' as const },
  { text: 'We file every review with our practice manager.', context: 'review-reply' as const },
  { text: 'Let’s follow up by phone at (555) 018-4470.', context: 'comment' as const },
  { text: 'Our office manager will gladly follow up on this if you call us.', context: 'review-reply' as const },
  { text: 'Thank you for having Dr. Patel and Amy visit your class today!', context: 'comment' as const },
  { text: 'Thanks for letting us visit, and for the sweet cards!', context: 'review-reply' as const },
];

ruleTester(relationship, {
  valid: asVerbs,
  invalid: [
    { text: 'Your follow up is booked for next week.', context: 'review-reply', findings: [{ span: 'Your follow up' }] },
    { text: 'We reviewed your file before your follow up.', context: 'review-reply', findings: [{ span: 'reviewed your file' }, { span: 'your follow up' }] },
    { text: 'We’ll follow up on your x-rays next week.', context: 'review-reply', findings: [{ span: 'your x-rays next week' }] },
    { text: 'Sorry we missed your check in call.', context: 'review-reply', findings: [{ span: 'we missed your check in' }] },
    { text: 'See you at your May visit, Ms. Hart!', context: 'comment', findings: [{ span: 'See you at your May visit' }] },
    { text: 'Thanks for the visit, Ms. Hart!', context: 'comment', findings: [{ span: 'visit' }] },
    // someone who visits the practice is its patient, verb or not
    { text: 'Little Emma came to visit us today and was so brave!', context: 'post', findings: [{ span: 'Emma came to visit' }] },
    { text: 'Grandpa Joe stopped in to visit and say hi!', context: 'post', findings: [{ span: 'Joe stopped in to visit' }] },
  ],
});

ruleTester(healthInfo, {
  valid: asVerbs,
  invalid: [
    { text: 'Thanks for coming to your follow up, Maria!', context: 'comment', findings: [{ span: 'your follow up' }] },
    { text: 'Glad your cleaning and follow up went well, Maria!', context: 'comment', findings: [{ span: 'your cleaning' }, { span: 'follow up' }] },
    { text: 'We’ll follow up on your x-rays next week.', context: 'review-reply', findings: [{ span: 'your x-rays' }] },
  ],
});
