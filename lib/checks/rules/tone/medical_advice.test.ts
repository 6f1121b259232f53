import { ruleTester } from '@/tests/support/ruleTester';
import rule from './medical_advice';

ruleTester(rule, {
  valid: [
    // General advice to everyone in a post is the point of a health post.
    'Cold and flu season tip: wash your hands and stay home when you are sick.',
    { text: 'Missed a dose? Never double your dose without talking to your pharmacist.', why: 'general advice, in a post' },
    { text: "Please don't stop any medication without talking to your doctor first.", context: 'comment', why: 'safe, general advice that defers to a clinician' },
    { text: 'Looks like flu season is here! Book your shot today.', context: 'comment' },
    { text: 'Please call the office so a nurse can go over your symptoms.', context: 'review-reply' },
    { text: "You'll need a referral from your primary care doctor for this visit.", context: 'comment', why: 'paperwork, not treatment' },
    'Reminder, everyone: stop taking ibuprofen a week before surgery unless told otherwise.',
  ],
  invalid: [
    { text: 'you should stop taking your metformin', context: 'comment', findings: [{ span: 'stop taking your metformin', severity: 'block' }] },
    { text: 'Just double your dose tonight.', context: 'comment', findings: [{ span: 'double your dose', severity: 'block' }] },
    { text: 'Honestly you need an MRI.', context: 'review-reply', findings: [{ span: 'you need an MRI', severity: 'warn' }] },
    { text: 'Sounds like strep to me.', context: 'comment', findings: [{ span: 'Sounds like strep' }] },
    { text: 'Keep doing those nerve glides twice a day.', context: 'review-reply', findings: [{ span: 'Keep doing those nerve glides twice a day' }] },
    { text: "pull that stitch out yourself, it's been 10 days", context: 'comment', findings: [{ span: 'pull that stitch' }] },
    { text: 'Cedric, stop taking the warfarin until Friday.', context: 'post', findings: [{ span: 'stop taking the warfarin' }] },
    { text: 'Get her on antibiotics today.', context: 'comment', findings: [{ span: 'Get her on antibiotics' }] },
  ],
});
