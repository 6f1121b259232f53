import { ruleTester } from '@/tests/support/ruleTester';
import rule from './cold-reply';

ruleTester(rule, {
  valid: [
    { text: "We hear you, and we've changed how we confirm appointments so this doesn't happen again.", context: 'review-reply', why: 'a fix is acknowledgement' },
    { text: 'See you Friday, Beth!', context: 'review-reply', why: 'a friendly exclamation is warmth' },
    { text: "You've been in our chair since you were 4. It's been a joy watching you grow up 🥹", context: 'review-reply', why: 'joy' },
    { text: "the mixup on the 14th is on us and we've waived the missed-appt fee for you", context: 'review-reply', why: 'owning it' },
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
