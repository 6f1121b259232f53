import { ruleTester } from '@/tests/support/ruleTester';
import rule from './hostile';

ruleTester(rule, {
  valid: [
    // Calm replies, and advice that only sounds like "don't come back".
    "We're sorry to hear this and would like to talk. Please call us.",
    { text: "Don't come back to school until you are fever-free for 24 hours.", why: 'health advice, not a threat' },
    { text: 'We can help you find another provider if our hours do not work for you.', context: 'review-reply', why: 'an offer of help' },
    'Our lawyer-free estate planning seminar is cancelled.',
    'Please lie down for ten minutes after your shot.',
    'Nobody cares more about your comfort than our hygienists.',
    "You're welcome to call us anytime.",
  ],
  invalid: [
    {
      text: "We'll see you in court, liar.",
      context: 'review-reply',
      findings: [
        { span: 'see you in court', severity: 'block' },
        { span: 'liar', severity: 'block' },
      ],
    },
    { text: 'Our attorney will be in touch about this defamation.', context: 'review-reply', findings: [{ span: 'Our attorney', severity: 'block' }, { span: 'defamation', severity: 'block' }] },
    { text: 'Keep talking and we will see you in small claims court.', context: 'review-reply', findings: [{ span: 'Keep talking', severity: 'block' }, { span: 'see you in small claims court' }] },
    { text: "Don't come back.", context: 'review-reply', findings: [{ span: "Don't come back", severity: 'block' }] },
    { text: 'STOP posting lies!!!', context: 'review-reply', findings: [{ span: 'posting lies', severity: 'block' }] },
    { text: 'BE PATIENT OR BE ELSEWHERE.', findings: [{ span: 'BE PATIENT OR BE' }] },
    { text: "We're honestly not sure what you're upset about.", context: 'review-reply', findings: [{ span: "We're honestly not sure what you're upset about" }] },
    { text: "You're being ridiculous.", context: 'comment', findings: [{ span: "You're being ridiculous", severity: 'block' }] },
    { text: 'Call us like a normal person 😤', context: 'comment', findings: [{ span: 'like a normal person' }, { span: '😤', suggestion: '' }] },
  ],
});
