import { ruleTester } from '@/tests/support/ruleTester';
import rule from './sarcastic';

ruleTester(rule, {
  valid: [
    // Sincere thanks, playful posts, and quoting a name are not sarcasm.
    { text: 'Thanks for the lovely review! We loved seeing you.', context: 'review-reply' },
    { text: 'Wow! Congratulations on the new baby!', context: 'comment', why: 'delight, not a mocking "Wow."' },
    { text: 'Your great-grandpa is 103? Tell him we said happy birthday 😂', context: 'comment', why: 'laughing along in a friendly comment' },
    { text: "We couldn't find a patient named 'Jane Doe.' Please contact us directly.", context: 'review-reply', why: 'quoting a name' },
    { text: "We'd rather talk privately about your 'botched' whitening. Please call us.", context: 'review-reply', why: 'quotes in a reply that invites a private talk' },
    'Did you know? Flossing once a day helps your gums 🤔',
    { text: "You're welcome to call us anytime.", context: 'review-reply' },
    // Hard negatives for the structures.
    { text: "We're sorry this didn't meet your expectations. Please call us.", context: 'review-reply', why: 'a sincere apology' },
    { text: "Sorry we're not open on Sundays! Monday at 8 works.", context: 'comment', why: 'an honest "not"' },
    { text: 'Thank you SO much for the kind words!', context: 'review-reply', why: 'capitals with real delight (!)' },
    { text: 'Thanks for the 5 stars, Maria!', context: 'review-reply', why: 'five stars is praise for praise' },
    { text: 'Huge congrats to Dr. Lee on 20 years 👏', why: 'sincere applause' },
    { text: 'Maybe we can find a time that suits you better. Please call us.', context: 'review-reply', why: '"maybe" with "we" is an offer' },
    { text: 'We love making kids smile.', why: 'love with a harmless gerund' },
    { text: 'Good luck with your surgery on Friday!', context: 'comment', why: 'sincere wishes' },
  ],
  invalid: [
    { text: 'thanks for the lovely review 🙄', context: 'review-reply', findings: [{ span: '🙄', suggestion: '' }] },
    {
      text: "Sorry our doctors aren't psychic.",
      context: 'review-reply',
      findings: [{ span: "Sorry our doctors aren't psychic", suggestion: "We're sorry we missed what you needed" }],
    },
    { text: 'Obviously we can’t read minds.', context: 'comment', findings: [{ span: 'we can’t read minds' }] },
    { text: 'Nice try.', context: 'review-reply', findings: [{ span: 'Nice try' }] },
    { text: 'Funny, you seemed pretty happy when you left.', context: 'review-reply', findings: [{ span: 'you seemed pretty happy' }] },
    { text: 'Your \'emergency\' was a lost filling on a Friday.', context: 'review-reply', findings: [{ span: "'emergency'" }] },
    { text: 'Wow. Just wow.', context: 'review-reply', findings: [{ span: 'Wow' }] },
    { text: "Gosh, so sorry our free parking wasn't good enough for you.", context: 'review-reply', findings: [{ span: "wasn't good enough for you" }] },
      // Structures: praise of a complaint, mock apologies, snide suggestions, pretend enjoyment, mock thanks.
    { text: 'Love waking up to a 1-star review about our parking lot.', context: 'review-reply', findings: [{ span: 'Love waking up to a 1-star' }] },
    { text: 'Congrats on finding the one thing to complain about!', context: 'review-reply', findings: [{ span: 'Congrats on finding the one thing to complain' }] },
    { text: "Sorry we're not a drive-thru!", context: 'comment', findings: [{ span: "Sorry we're not a drive" }] },
    { text: 'Maybe set an alarm?', context: 'comment', findings: [{ span: 'Maybe set' }] },
    { text: 'yeah because dentists LOVE causing pain', context: 'comment', findings: [{ span: 'yeah because' }, { span: 'dentists LOVE causing' }] },
    { text: 'Enjoy paying triple at the mall dentist.', context: 'review-reply', findings: [{ span: 'Enjoy paying' }] },
    { text: 'Thanks SO much for the glowing review.', context: 'review-reply', findings: [{ span: 'Thanks SO' }] },
    { text: "We'll get right on that /s", context: 'comment', findings: [{ span: "We'll get right on that" }, { span: '/s' }] },
    { text: "Thank you for the 'feedback.'", context: 'review-reply', findings: [{ span: "'feedback.'" }] },
    { text: 'Nice of you to finally show up.', context: 'review-reply', findings: [{ span: 'Nice of you to finally' }] },
    { text: 'Oh no, not a 15 minute wait! However did you survive?', context: 'review-reply', findings: [{ span: 'Oh no, not a' }, { span: 'However did you survive' }] },
    { text: 'Our number is literally on every bill.', context: 'review-reply', findings: [{ span: 'literally on' }] },
    { text: "You didn't pay, so no crown. That's how businesses work.", context: 'review-reply', findings: [{ span: "That's how businesses work" }] },
    { text: 'Sorry, we seem to have misplaced our crystal ball.', context: 'review-reply', findings: [{ span: 'crystal ball' }] },
    { text: 'Truly inspiring stuff. 👏👏', findings: [{ span: 'Truly inspiring stuff' }, { span: '👏' }, { span: '👏', occurrence: 2 }] },
  ],
});
