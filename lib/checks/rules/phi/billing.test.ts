import { ruleTester } from '@/tests/support/ruleTester';
import rule from './billing';

ruleTester(rule, {
  valid: [
    // insurance in general
    { text: 'We accept most insurance plans, including Medicaid and Medicare.', context: 'post' },
    { text: 'This year our navigators helped 86 families enroll in Medicaid.', context: 'post' },
    { text: 'Bring your insurance card to every visit.', context: 'post' },
    { text: 'Flu shots at no cost this Saturday!', context: 'post', why: 'an offer to everyone' },
  ],
  invalid: [
    {
      text: 'Your balance is $240.',
      context: 'review-reply',
      findings: [{ span: 'Your balance is $240', severity: 'block' }],
    },
    {
      text: 'The account went to Keystone Collections after your card was declined.',
      context: 'review-reply',
      findings: [{ span: 'went to Keystone Collections' }, { span: 'your card was declined' }],
    },
    {
      text: 'We had to send the account to collections.',
      context: 'review-reply',
      findings: [{ span: 'send the account to collections' }],
    },
    {
      text: 'Your Medical Mutual claim was reprocessed.',
      context: 'review-reply',
      findings: [{ span: 'Your Medical Mutual claim was reprocessed' }],
    },
    {
      text: 'Dr. Greene will redo it at no charge.',
      context: 'review-reply',
      findings: [{ span: 'at no charge', severity: 'warn' }],
    },
    {
      text: "stop whining, it's a $20 copay",
      context: 'comment',
      findings: [{ span: '$20 copay' }],
    },
  ],
});
