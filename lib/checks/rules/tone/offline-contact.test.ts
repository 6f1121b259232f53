import { ruleTester } from '@/tests/support/ruleTester';
import rule from './offline-contact';

ruleTester(rule, {
  valid: [
    { text: 'Thank you for your review. Please call us so we can help.', context: 'review-reply' },
    { text: 'Thanks! Send us a message anytime.', context: 'review-reply' },
    { text: 'We are sorry. Reach us at (555) 014-2200.', context: 'review-reply' },
    { text: 'Thanks for the kind words!', context: 'comment', why: 'only review replies get this advice' },
  ],
  invalid: [
    {
      text: 'Thank you for the feedback. We take it seriously.',
      context: 'review-reply',
      findings: [
        {
          span: 'seriously.',
          severity: 'info',
          suggestion: 'seriously. Please call our office so we can talk this through privately.',
        },
      ],
    },
    {
      text: 'Thank you for the feedback',
      context: 'review-reply',
      profile: { phones: ['(555) 014-2200'] },
      findings: [
        {
          span: 'feedback',
          suggestion: 'feedback. Please call our office at (555) 014-2200 so we can talk this through privately.',
        },
      ],
    },
  ],
});
