import { ruleTester } from '@/tests/support/ruleTester';
import rule from './billing';

ruleTester(rule, {
  valid: [
    // insurance in general
    { text: 'We accept most insurance plans, including Medicaid and Medicare.', context: 'post' },
    { text: 'This year our navigators helped 86 families enroll in Medicaid.', context: 'post' },
    { text: 'Bring your insurance card to every visit.', context: 'post' },
    { text: 'Flu shots at no cost this Saturday!', context: 'post', why: 'an offer to everyone' },
      // advice about one's own insurer, the practice's prices, policies for everyone
    { text: "We'd suggest checking with your insurance directly, since every plan is different.", context: 'comment', why: 'advice to anyone' },
    { text: "it's on you to call your insurance before you book, not on us.", context: 'comment', why: 'advice to anyone' },
    { text: 'Wishing a fast recovery to everyone fighting the flu. Reschedule with us anytime, no fee.', context: 'comment', why: 'a policy for everyone' },
    { text: 'NOBODY WAS RUDE TO YOU. READ THE POLICY BEFORE YOU POST.', context: 'review-reply', why: 'the office policy' },
    { text: "Our standard exam fee is $95 and a child's cleaning is $78 without insurance.", context: 'review-reply', why: 'price list' },
    { text: 'Ha, Dr. Adeyemi swears his favorite candy is sugar-free gum', context: 'comment', why: 'sugar-free is no fee waived' },
      { text: 'We offer a 10% discount to all teachers this month!', context: 'post', why: 'a promotion for everyone' },
    { text: 'We appreciate the review! For anyone reading: we accept Delta Dental and the Oregon Health Plan.', context: 'review-reply', why: 'plans accepted, for anyone' },
      { text: 'You can pay your bill online at our website.', context: 'comment', why: 'what anyone may do' },
      { text: 'Good news: most insurance plans were approved for our new network.', context: 'post', why: 'no one in particular' },
      { text: 'We called you about the appointment card.', context: 'review-reply', why: '"card" alone is no payment card' },
    { text: 'You signed the consent form before the procedure.', context: 'review-reply', why: 'a consent form is no bill' },
    { text: "There won't be a charge for parking at the fair.", context: 'post', why: 'no person' },
    { text: "Rescheduling is free and there isn't a fee for cancelling with a day's notice.", context: 'comment', why: 'a policy for everyone' },
    { text: 'Claim forms for our patients are on the website.', context: 'comment', why: 'no one named after "for"' },
    { text: 'The deductible depends on your plan. Our coordinator can check your benefits if you call.', context: 'comment', why: 'how it goes for anyone' },
    { text: 'If you were charged twice, please call our billing office.', context: 'comment', why: 'a condition' },
    { text: 'Deposits for night guards are refunded within 5 business days if you cancel.', context: 'comment', why: 'a policy' },
    { text: 'Please bring your insurance card and a photo ID to the first visit.', context: 'comment', why: 'what anyone brings' },
    { text: 'Meet Maria, our billing coordinator! She helps families set up payment plans.', context: 'post', why: 'staff news' },
    { text: 'We never charge you for a second opinion.', context: 'post', why: 'a post: "you" is everyone' },
    { text: "If we charged you twice, call us and we'll fix it.", context: 'comment', why: 'a condition' },
    { text: 'Store credit of $5 for every toothbrush you recycle at our booth!', context: 'comment', why: 'an offer to everyone' },
    // session 5: a claim or a plan offered or explained to anyone
    { text: 'Please send the claim form to your employer.', context: 'review-reply', why: 'a form, and an instruction' },
    { text: "We'd be glad to file the claim for you if you bring your card.", context: 'review-reply', why: 'an offer, not a claim filed' },
    { text: 'We submit claims to all major insurers.', context: 'review-reply', why: 'a habit of the practice' },
    { text: 'Ask us how to set up a payment plan!', context: 'post', why: 'an offer to everyone' },
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
    // the person pays, owes or got care free
    { text: "You didn't pay, so you didn't get the crown.", context: 'review-reply', findings: [{ span: "You didn't pay", severity: 'block' }] },
    { text: 'So you got a free exam and still complained.', context: 'review-reply', findings: [{ span: 'free exam', severity: 'warn' }] },
    { text: "So sorry about your dad's stroke, Dominic. We'll move his denture fitting, no fees.", context: 'comment', findings: [{ span: 'no fees', severity: 'block' }] },
    // "the estimate", "every bill" in a reply are the reviewer's
    { text: 'Your signature is on the estimate.', context: 'review-reply', findings: [{ span: 'estimate', severity: 'block' }] },
    { text: 'Our number is literally on every bill.', context: 'review-reply', findings: [{ span: 'bill', severity: 'block' }] },
    // the owner named after the term
    { text: 'Found a Medicaid card for Jaxon R. at the desk.', context: 'comment', findings: [{ span: 'Medicaid', severity: 'block' }, { span: 'card', severity: 'block' }] },
    { text: 'Use policy number 55 and group 18834 for Ignacio.', context: 'comment', findings: [{ span: 'policy number', severity: 'block' }] },
    { text: "@gina your sleep apnea appliance is billed under medical, that's why the claim bounced", context: 'comment', findings: [{ span: 'is billed', severity: 'block' }, { span: 'claim bounced', severity: 'block' }] },
    { text: "Sorry the medication didn't kick in. Next time call us and we'll reschedule free.", context: 'review-reply', findings: [{ span: 'reschedule free', severity: 'warn' }] },
    { text: 'You no-showed twice and still owe for the sealants.', context: 'review-reply', findings: [{ span: 'still owe for ', severity: 'block' }] },
    { text: 'Thank you Sgt. Miller, we applied our 15% veterans discount to your crown!', context: 'post', findings: [{ span: 'applied our 15% veterans discount', severity: 'warn' }] },
    { text: "Financing through CareCredit was approved, so we'll see you on the 9th.", context: 'review-reply', findings: [{ span: 'Financing through CareCredit was approved', severity: 'block' }] },
    { text: "It's rich that you complain about hidden fees when you signed a fee schedule.", context: 'review-reply', findings: [{ span: 'fee schedule', severity: 'warn' }] },
    // a fee waived in other words; an owner named after spaced digits or a patient noun
    { text: "Hi Viktor, the remake is covered under our lab warranty, so there won't be a charge this time.", context: 'review-reply', findings: [{ span: "won't be a charge", severity: 'block' }] },
    { text: 'For the forms, use policy number 0 0 7 - 4 4 1 - 9 2 8 and group 18834 for Ignacio. Thx!', context: 'comment', findings: [{ span: 'policy number' }] },
    { text: '@ModaHealth hi, following up on claim 2 2 0 4 9 8 1 7 for our patient aurelio mendes, still pending.', context: 'comment', findings: [{ span: 'claim' }] },
    { text: 'Wow, a 1-star for a FREE exam. Some people', context: 'review-reply', findings: [{ span: 'FREE exam', severity: 'warn' }] },
    { text: 'Your deposit will be refunded this week, Dana.', context: 'review-reply', findings: [{ span: 'Your deposit' }, { span: 'be refunded' }] },
    { text: 'ur sleep apnea appliance is billed to medical, not dental', context: 'comment', findings: [{ span: 'is billed' }] },
    // a post telling a named patient's story
    { text: 'Mrs. Okonkwo was nervous about cost, so we set her up on a payment plan she could manage.', context: 'post', findings: [{ span: 'Mrs. Okonkwo was nervous about cost, so we set her up on a payment plan', severity: 'block' }] },
    // charging, crediting or approving the person; a credit on file
    { text: 'You still have a credit of $40 on file with us.', context: 'review-reply', findings: [{ span: 'credit of $40', severity: 'block' }] },
    { text: "We didn't charge you for the emergency visit, as promised.", context: 'review-reply', findings: [{ span: 'charge you', severity: 'block' }] },
    { text: 'Priya, CareCredit approved you for the full amount.', context: 'comment', findings: [{ span: 'approved you for', severity: 'block' }] },
    // a claim told as filed, a person put on a plan
    { text: 'We did submit the claim to MetLife twice, and both times it came back denied.', context: 'review-reply', findings: [{ span: 'did submit the claim', severity: 'block' }] },
    { text: 'Our billing team resubmitted your claim on Monday.', context: 'review-reply', findings: [{ span: 'resubmitted your claim', severity: 'block' }] },
    { text: 'We put you on a payment plan last spring.', context: 'review-reply', findings: [{ span: 'put you on a payment plan', severity: 'block' }] },
    { text: 'Mrs. Okafor was nervous, so we set her up on a payment plan she could manage.', context: 'post', findings: [{ span: 'Mrs. Okafor was nervous, so we set her up on a payment plan', severity: 'block' }] },
  ],
});
