import { ruleTester } from '@/tests/support/ruleTester';
import rule from './acknowledge';

ruleTester(rule, {
  valid: [
    { text: 'Thank you for your review. Please call us.', context: 'review-reply' },
    { text: "We're sorry to hear about your wait.", context: 'review-reply' },
    { text: 'We appreciate the feedback.', context: 'review-reply' },
    { text: 'Our office is closed Monday.', context: 'post', why: 'only review replies get this advice' },
    { text: 'See you next week!', context: 'comment' },
  ],
  invalid: [
    {
      text: 'Our hours are posted on the door. Call us.',
      context: 'review-reply',
      findings: [
        {
          span: 'Our hours are posted on the door.',
          severity: 'info',
          type: 'defensive',
          suggestion: 'Thank you for taking the time to share this. Our hours are posted on the door.',
        },
      ],
    },
  ],
});
