// The learned fallback's case table. Its finds depend on the trained model
// (learned/phi-wording-model.ts): after retraining, a row that flips is a change to look at,
// not to paper over. That it stays quiet when another PHI rule has spoken is tested in
// tests/unit/checks/fallback.test.ts.
import { ruleTester } from '@/tests/support/ruleTester';
import rule from './wording';

const profile = {
  practiceName: 'Juniper Valley Pediatric & Family Dental',
  staffNames: ['Dr. Keiko Tanaka', 'Dr. Olumide Adeyemi', 'Dr. Rachel Brandt', 'Sofia Marchetti'],
  phones: ['(555) 018-4470'],
};

const GENERAL_TIPS = 'Flu season is here! Wash your hands, cover your cough, and stay home when you are sick. ';

ruleTester(rule, {
  valid: [
    // general advice, aimed at everyone
    { text: 'Did you know? Sealants can prevent up to 80% of cavities in back teeth.', context: 'post' },
    { text: 'Great question! Most kids lose their first tooth around age 6, but anywhere from 4 to 7 is normal.', context: 'comment' },
    { text: 'Tips for a first dental visit: bring a favorite toy, keep it positive, and let us do the rest.', context: 'post' },
    // the practice's own news, hours and events
    { text: 'We are closed Thursday and Friday for Thanksgiving. Happy holidays from all of us!', context: 'post' },
    { text: 'We are here Monday to Thursday 7:30 to 5, and Fridays until noon!', context: 'comment' },
    { text: 'Our hygienists will be at Roosevelt Elementary next week teaching brushing with giant toothbrushes 🪥', context: 'post' },
    { text: 'Reminder: we now accept Moda and Regence plans. Call us with questions about your coverage.', context: 'post' },
    // staff news
    { text: 'Congrats to Sofia on 10 years with the practice! 🎉', context: 'post', profile },
    { text: 'Welcome to the team, Dr. Adeyemi! He joins us from Portland and loves hiking with his two dogs.', context: 'post', profile },
    // compliant replies that confirm nothing
    { text: "Thank you for sharing this. We can't discuss anyone's care online, but we'd like to talk. Please call our office manager at (555) 018-4470.", context: 'review-reply', profile },
    { text: 'We appreciate the honest feedback about the waiting room and have passed it along to our team.', context: 'review-reply' },
    // a long benign text is scored in stretches, so it cannot add up to a high score
    { text: GENERAL_TIPS.repeat(400), context: 'post', why: 'a long text of general tips' },
    // nothing to score
    { text: '🦷✨', context: 'post' },
  ],
  invalid: [
    // a reply that places the reviewer at the office, with no care word for the rules to find
    {
      text: 'Sorry the wait ran long. We had an emergency come in right before you and should have told you sooner.',
      context: 'review-reply',
      findings: [{ span: 'We had an emergency come in right before you and should have told you sooner.', type: 'relationship', severity: 'warn' }],
    },
    {
      text: 'We hate to hear the afternoon went that way. It was a long one for your little guy and we appreciate how patient you both were with us.',
      context: 'review-reply',
      // shown at the sentence that adds most to the score
      findings: [{ span: 'We hate to hear the afternoon went that way.' }],
    },
    {
      text: 'Our team felt terrible about how long you were kept waiting before your name was called.',
      context: 'review-reply',
      findings: [{ span: 'Our team felt terrible about how long you were kept waiting before your name was called.' }],
    },
  ],
});
