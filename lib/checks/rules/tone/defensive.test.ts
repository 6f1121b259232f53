import { ruleTester } from '@/tests/support/ruleTester';
import rule from './defensive';

ruleTester(rule, {
  valid: [
    // Polite disagreement and apology are what we want staff to write.
    "We're sorry to hear about your wait and would like to learn more. Please call us.",
    'We see this differently and would like to talk it through. Please call the office.',
    { text: 'Per our privacy policy, we cannot discuss anyone\'s care online, but please call us.', context: 'review-reply', why: 'quoting policy politely, about privacy' },
    { text: 'Thank you for the feedback. Our policy states that visits start 15 minutes after check-in.', context: 'review-reply', why: 'policy quoted in a reply that thanks the reviewer' },
    'Is that true? We had no idea and want to fix it.',
    'We never share patient information with anyone.',
    'To be clear, our office is open Saturdays now!',
    'Our flu clinic follows CDC guidance.',
    'That is a great question, and the answer is yes.',
  ],
  invalid: [
    {
      text: "That's false. We have never turned anyone away for inability to pay.",
      context: 'review-reply',
      findings: [
        { span: "That's false", severity: 'warn', suggestion: 'We see this differently and would like to talk it through' },
        { span: 'We have never turned', suggestion: null },
      ],
    },
    { text: 'Honestly this review is completely untrue.', findings: [{ span: 'this review is completely untrue' }] },
    {
      text: 'We did nothing wrong and we won’t apologize for following policy.',
      context: 'review-reply',
      findings: [
        { span: 'We did nothing wrong', suggestion: 'We want to understand what went wrong for you' },
        { span: 'we won’t apologize for following policy', suggestion: "we're sorry this was frustrating" },
      ],
    },
    { text: 'As we explained on the phone, the fee stands.', findings: [{ span: 'As we explained' }] },
    { text: 'Per our policy, late arrivals are rescheduled.', context: 'review-reply', findings: [{ span: 'Per our policy' }] },
    { text: 'We are sorry you feel that way.', findings: [{ span: 'We are sorry you feel that way', suggestion: "We're sorry about your experience" }] },
    { text: 'Your claim that we overcharged you is false.', findings: [{ span: 'claim that we overcharged you is false' }] },
    { text: "You're simply mistaken about the wait.", findings: [{ span: "You're simply mistaken" }] },
    { text: 'For the record, the doctor spent 40 minutes with you.', findings: [{ span: 'For the record' }] },
    { text: "Policy is policy.", findings: [{ span: 'Policy is policy' }] },
    { text: 'It was not our fault the lab was slow.', findings: [{ span: 'It was not our fault' }] },
    { text: 'We stand by our front desk staff.', findings: [{ span: 'We stand by our front desk' }] },
    { text: 'It’s clearly posted on our website.', findings: [{ span: 'It’s clearly posted on our website' }] },
    { text: 'This review looks fake to us.', findings: [{ span: 'This review looks fake' }] },
  ],
});
