import { ruleTester } from '@/tests/support/ruleTester';
import rule from './defensive';

ruleTester(rule, {
  valid: [
    // Hard negatives for the structures: owning it, offers, staff news, sincere track record.
    { text: "We didn't handle this properly, and we're sorry.", context: 'review-reply', why: 'owning the problem' },
    { text: 'We will make sure your refund is handled correctly. Please call us.', context: 'review-reply', why: 'an offer' },
    { text: 'Thank you! Dr. Lee has been in practice for 20 years and loves her patients.', context: 'review-reply', why: 'warm thanks' },
    { text: "This isn't typical of us, and we're so sorry.", context: 'review-reply', why: 'an apology' },
    'Happy 20 years in business to our founder!',
    { text: 'We never charge for a second opinion.', why: 'a post about a service' },
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
      // Structures: the practice claims it acted rightly, denies the accused act, holds up its record.
    { text: 'We looked into this and our staff acted appropriately at all times.', context: 'review-reply', findings: [{ span: 'our staff acted appropriately' }, { span: 'at all times' }] },
    { text: 'Our billing is completely transparent.', context: 'review-reply', findings: [{ span: 'Our billing is completely transparent' }] },
    { text: 'Just so everyone knows, we did NOT refuse to see her.', context: 'comment', findings: [{ span: 'we did NOT refuse' }] },
    { text: 'Nobody on our team was rude.', context: 'review-reply', findings: [{ span: 'Nobody on our team was' }] },
    { text: "We've been in business for over 20 years. One bad review doesn't change that.", context: 'review-reply', findings: [{ span: 'in business for over 20 years' }, { span: "One bad review doesn't change" }] },
    { text: 'There is a lot more to the story.', context: 'comment', findings: [{ span: 'more to the story' }] },
    { text: 'how is this our fault?????', context: 'review-reply', findings: [{ span: 'how is this our fault' }] },
    { text: 'The film was faxed on Friday, as we confirmed by phone.', context: 'review-reply', findings: [{ span: 'as we confirmed' }] },
    { text: 'Our cancellation policy applies to everyone equally.', context: 'review-reply', findings: [{ span: 'Our cancellation policy applies to everyone equally' }] },
    { text: 'We followed every protocol to the letter.', context: 'review-reply', findings: [{ span: 'followed every protocol' }, { span: 'to the letter' }] },
    { text: 'That is simply not how it happened.', context: 'review-reply', findings: [{ span: 'not how it happened' }] },
    { text: 'We stand by our diagnosis.', context: 'review-reply', findings: [{ span: 'We stand by' }] },
    { text: 'We have nothing to hide.', context: 'review-reply', findings: [{ span: 'nothing to hide' }] },
    { text: 'We pride ourselves on being on time.', context: 'review-reply', findings: [{ span: 'pride ourselves on' }] },
  ],
});
