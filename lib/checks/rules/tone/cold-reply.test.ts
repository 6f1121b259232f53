import { ruleTester } from '@/tests/support/ruleTester';
import rule from './cold-reply';

ruleTester(rule, {
  valid: [
    // Replies that thank, apologise or invite contact, and replies that do not address the reviewer.
    { text: 'Thank you for your review. We can’t discuss details here.', context: 'review-reply' },
    { text: 'Your feedback matters. Please call our office manager.', context: 'review-reply' },
    { text: 'You can reach us at (555) 014-2200 any weekday.', context: 'review-reply' },
    { text: 'The parking lot is being repaved this week.', context: 'review-reply', why: 'not addressed to the reviewer' },
    { text: 'Your appointment reminders now come by text.', context: 'post', why: 'only review replies' },
  ],
  invalid: [
    {
      text: 'You came in without your card and were told the copay. Not sure what the complaint is.',
      context: 'review-reply',
      findings: [
        {
          span: 'You came in without your card and were told the copay.',
          type: 'defensive',
          severity: 'warn',
          suggestion: 'Thank you for taking the time to share this. You came in without your card and were told the copay.',
        },
      ],
    },
    {
      text: 'Your X-rays went out the same day you asked',
      context: 'review-reply',
      findings: [{ span: 'Your X-rays went out the same day you asked' }],
    },
  ],
});
