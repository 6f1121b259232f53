import { ruleTester } from '@/tests/support/ruleTester';
import rule from './age';

ruleTester(rule, {
  valid: [
    // 89 and under, durations, percentages
    'Happy 89th birthday, Mrs. Lane!',
    'Serving the valley for 95 years!',
    '95% of families would recommend us.',
    // not a person, or a public figure in the news
    'Happy 100th birthday to the Eugene Public Library!',
    'Clara Ostrowski, a 104-year-old from Chicago, made headlines this week for running a 5K.',
  ],
  invalid: [
    { text: 'Happy 94th birthday, Miss Crouch!', findings: [{ span: 'Happy 94th birthday', severity: 'block' }] },
    { text: 'Our 92-year-old patient walked in today.', findings: [{ span: '92-year-old' }] },
    { text: 'Your mother is 94, and a 3-hour wait is unacceptable.', context: 'review-reply', findings: [{ span: 'is 94' }] },
    { text: 'ninety-one years old and zero cavities, Mrs. Haugen!', context: 'comment', findings: [{ span: 'ninety-one years old' }] },
    { text: 'Happy 97th to Grandma Lou!', context: 'comment', findings: [{ span: 'Happy 97th' }] },
    { text: 'Patients born in 1929: happy birthday, Mr. Leclerc!', findings: [{ span: '1929' }] },
  ],
});
