import { ruleTester } from '@/tests/support/ruleTester';
import rule from './url';

ruleTester(rule, {
  valid: [
    // organisations, news, the practice's own site
    { text: 'Free flu clinic from @LaneCountyHealth on Oct 3!', context: 'post' },
    { text: 'Read more at https://www.cdc.gov/flu/prevent.', context: 'post' },
    { text: 'Book at riverbendfamilyhealth.com', context: 'post', profile: { website: 'riverbendfamilyhealth.com' } },
  ],
  invalid: [
    {
      text: '@naledi_d yes your TB test read negative!',
      context: 'comment',
      findings: [{ span: '@naledi_d', severity: 'block' }],
    },
    {
      text: 'Here is her page: https://www.facebook.com/jane.doe.5 if you want to thank her.',
      context: 'comment',
      findings: [{ span: 'https://www.facebook.com/jane.doe.5', severity: 'warn' }],
    },
    {
      text: 'The login came from 203.0.113.45 again.',
      context: 'comment',
      findings: [{ span: '203.0.113.45' }],
    },
    // a handle alone is a public display name: advice only
    {
      text: 'thanks @henrik_larsen for the shoutout!',
      context: 'comment',
      findings: [{ span: '@henrik_larsen', severity: 'info' }],
    },
  ],
});
