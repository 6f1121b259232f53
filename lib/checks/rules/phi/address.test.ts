import { ruleTester } from '@/tests/support/ruleTester';
import rule from './address';

const profile = { addresses: ['410 Mill Street, Suite 2, Dayton, OH 45402'] };

ruleTester(rule, {
  valid: [
    // the practice's own address, whole or in part
    { text: 'Find us at 410 Mill Street, Suite 2, Dayton, OH 45402.', context: 'post', profile },
    { text: 'We moved to 410 Mill Street!', context: 'review-reply', profile },
    // numbers and titles that look like streets
    { text: 'Thursday at 10 with Dr. Ortiz works.', context: 'comment' },
    { text: 'We saw 3 on the way in.', context: 'comment' },
    // a venue in a post, with no person
    { text: 'Join our health fair at Lincoln Elementary this Saturday!', context: 'post' },
  ],
  invalid: [
    {
      text: 'She lives at 123 Main St, Dayton, OH 45402.',
      context: 'comment',
      findings: [{ span: '123 Main St', severity: 'warn' }, { span: 'OH 45402', severity: 'warn' }],
    },
    {
      text: 'Your son’s retainer is ready; we can mail it to 88 Oak Lane, Apt 4.',
      context: 'comment',
      findings: [{ span: '88 Oak Lane, Apt 4', severity: 'block' }],
    },
    // small geography next to care
    {
      text: 'Mrs. Q (Tipp City, 3rd pregnancy, due in October) left her planner here.',
      context: 'post',
      findings: [{ span: 'Tipp City', severity: 'block' }],
    },
    {
      text: 'the 11am today was a Bellbrook HS senior with mono.',
      context: 'post',
      findings: [{ span: 'Bellbrook HS' }],
    },
    {
      text: 'You live two blocks away on Polk Street and couldn’t make it on time?',
      context: 'review-reply',
      findings: [{ span: 'Polk Street' }],
    },
  ],
});
