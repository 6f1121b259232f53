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
    // Plain service news told to the reviewer argues nothing: no denial, evidence or insistence.
    { text: 'Your night guard shipped Tuesday by USPS, tracking 9400 1118 9922 3840 5567 21.', context: 'review-reply', why: 'a status report' },
    { text: 'Ms. Cho, a copy of your X-rays went to Dr. Haddad’s office this morning.', context: 'review-reply', why: 'an action reported' },
    { text: 'Your refund of $45 was processed today and should post within 3 business days.', context: 'review-reply', why: 'a status report' },
    { text: 'Mr. Ruiz, your plan covers two cleanings a year and the third was billed at $95. You owe $95.', context: 'review-reply', why: 'a fact about the plan' },
    { text: 'Your claim was denied because the bridge was replaced within 5 years.', context: 'review-reply', why: 'a reason that is no act of the reviewer' },
    { text: 'The lab still hasn’t returned your crown; it should arrive by Friday.', context: 'review-reply', why: 'a third party still pending' },
    { text: 'Your insurance hasn’t processed the claim yet. The estimate is on its way by mail.', context: 'review-reply', why: 'pending, not denied' },
    { text: 'Your new appointment is Tuesday at 9 with Dr. Lee, no problem at all.', context: 'review-reply', why: '"no problem" is friendly, no denial' },
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
    // Denial, evidence, having told them, insisting, or recounting the reviewer's own acts.
    { text: 'Our records show your appointment started on time.', context: 'review-reply', findings: [{ span: 'Our records show your appointment started on time.' }] },
    { text: 'Your son was never scheduled with us.', context: 'review-reply', findings: [{ span: 'Your son was never scheduled with us.' }] },
    { text: 'Per your estimate, the deposit is non-refundable.', context: 'review-reply', findings: [{ span: 'Per your estimate, the deposit is non-refundable.' }] },
    { text: 'The fee was explained to you at check-in.', context: 'review-reply', findings: [{ span: 'The fee was explained to you at check-in.' }] },
    { text: 'Your crown was already adjusted twice at no charge.', context: 'review-reply', findings: [{ span: 'Your crown was already adjusted twice at no charge.' }] },
    { text: 'Your bill was correct and your plan pays 50%.', context: 'review-reply', findings: [{ span: 'Your bill was correct and your plan pays 50%.' }] },
    { text: 'You still haven’t paid the balance from March.', context: 'review-reply', findings: [{ span: 'You still haven’t paid the balance from March.' }] },
    { text: 'The denial came because you switched plans in May.', context: 'review-reply', findings: [{ span: 'The denial came because you switched plans in May.' }] },
    { text: 'Your records went out the morning you requested them.', context: 'review-reply', findings: [{ span: 'Your records went out the morning you requested them.' }] },
    { text: "Every bill you've ever gotten from us has been itemized.", context: 'review-reply', findings: [{ span: "Every bill you've ever gotten from us has been itemized." }] },
    { text: 'We saw your review. Your bridge was redone twice at no charge.', context: 'review-reply', findings: [{ span: 'We saw your review.' }] },
    { text: 'Your statements were mailed to your home. Really?', context: 'review-reply', findings: [{ span: 'Your statements were mailed to your home.' }] },
    { text: 'We are confident your filling is fine and the pain comes from elsewhere.', context: 'review-reply', findings: [{ span: 'We are confident your filling is fine and the pain comes from elsewhere.' }] },
    {
      text: 'Your X-rays went out the same day you asked',
      context: 'review-reply',
      findings: [{ span: 'Your X-rays went out the same day you asked' }],
    },
  ],
});
