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
  ],
});
