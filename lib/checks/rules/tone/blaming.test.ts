import { ruleTester } from '@/tests/support/ruleTester';
import rule from './blaming';

ruleTester(rule, {
  valid: [
    // Offering help and owning the problem.
    { text: 'If you had any trouble with the portal, please call us.', context: 'review-reply', why: '"if you had any trouble" is an offer' },
    { text: "If you'd like to talk, call the office anytime.", context: 'review-reply', why: 'a polite invitation' },
    { text: 'You should have received a letter from us last week; if not, call us.', context: 'review-reply' },
    { text: "If you didn't get our reminder text, please let us know.", context: 'review-reply', why: 'a condition, not an accusation' },
    { text: 'Shoutout to the kind soul who dropped off donuts today. You know who you are!', why: 'thanks, not blame' },
    'Patients are responsible for copays at the time of service, and we are happy to explain them.',
    "We're sorry we missed your call and want to make it right.",
  ],
  invalid: [
    { text: 'You failed to bring your insurance card.', context: 'review-reply', findings: [{ span: 'You failed to', severity: 'warn', suggestion: null }] },
    { text: 'If you had arrived on time, you would have been seen.', context: 'review-reply', findings: [{ span: 'If you had arrived' }] },
    { text: "If you'd shown up on time you wouldn't have lost your slot.", context: 'review-reply', findings: [{ span: "If you'd" }] },
    { text: "It's your responsibility to know your benefits.", findings: [{ span: "It's your responsibility" }] },
    { text: 'You were told twice about the fee.', context: 'review-reply', findings: [{ span: 'You were told' }] },
    { text: 'You arrived 25 minutes late.', context: 'review-reply', findings: [{ span: 'You arrived 25 minutes late' }] },
    { text: 'Next time maybe tell someone at the desk instead of posting about it online.', context: 'comment', findings: [{ span: 'Next time maybe tell' }, { span: 'instead of posting about it online' }] },
    { text: 'Check your voicemail.', context: 'review-reply', findings: [{ span: 'Check your voicemail' }] },
    { text: "We've told you a million times, no walk-ins.", context: 'comment', findings: [{ span: "We've told you a million times" }] },
    { text: 'Your implant failed because you kept smoking, against our advice.', context: 'review-reply', findings: [{ span: 'because you kept' }, { span: 'against our advice' }] },
    { text: "Ball's in your court.", context: 'review-reply', findings: [{ span: "Ball's in your court" }] },
  ],
});
