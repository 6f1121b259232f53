// A care word inside a street's or a business's name, or a numbered room, is nobody's care.
import { ruleTester } from '@/tests/support/ruleTester';
import healthInfo from '../rules/phi/health-info';

ruleTester(healthInfo, {
  valid: [
    { text: 'Sir, your balance of $1,240 went to Cascade Recovery Services after 120 days.', context: 'review-reply' },
    { text: 'Hi Eitan, we’ll mail the refund check to your Hayden Bridge Way address this week.', context: 'comment' },
    { text: 'Your statement is going to the Crown Point Plaza office now.', context: 'review-reply' },
    { text: 'To the family that left a car seat in op 2: we’ve got it!', context: 'post' },
    { text: 'Mrs. Ruiz, your scarf is in operatory 3 😊', context: 'comment' },
  ],
  invalid: [
    // the same words as care stay care
    { text: 'Her Bridge came loose again, so Mrs. Ruiz is coming in.', context: 'post', findings: [{ span: 'Her Bridge' }] },
    { text: 'Hi Eitan, your bridge is back from the lab.', context: 'comment', findings: [{ span: 'Eitan, your bridge is back from the lab' }] },
    { text: 'Glad your recovery went smoothly, Mrs. Ruiz!', context: 'comment', findings: [{ span: 'your recovery' }] },
  ],
});
