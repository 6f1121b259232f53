import { ruleTester } from '@/tests/support/ruleTester';
import rule from './shouting';

ruleTester(rule, {
  valid: [
    // A word of emphasis, acronyms and cheerful punctuation are fine.
    'FREE flu shots Saturday! 💉',
    'We follow HIPAA, and our staff are CPR certified. COVID-19 boosters are in.',
    'New patients: bring your ID, HSA card and EOB.',
    'Our LASIK partner offers PERFECT VISION today.',
    'See you at the 5K!! 🏃',
    'We are NOT open on Monday.',
  ],
  invalid: [
    {
      text: 'FRONT DESK IS SHORT STAFFED TODAY. BE PATIENT OR BE ELSEWHERE.',
      findings: [
        {
          span: 'FRONT DESK IS SHORT STAFFED TODAY. BE PATIENT OR BE ELSEWHERE',
          severity: 'warn',
          suggestion: 'Front desk is short staffed today. Be patient or be elsewhere',
        },
      ],
    },
    { text: 'STOP posting lies!!!', context: 'review-reply', findings: [{ span: '!!!', suggestion: '!' }] },
    { text: 'Why would you post this???', context: 'comment', findings: [{ span: '???', suggestion: '?' }] },
    { text: 'Look who is 99 today!!! 🎉', findings: [{ span: '!!!' }] },
    { text: 'we are DONE WITH THIS NONSENSE', context: 'comment', findings: [{ span: 'DONE WITH THIS NONSENSE', suggestion: 'done with this nonsense' }] },
    {
      text: 'NO we do NOT do botox. STOP ASKING.',
      context: 'comment',
      findings: [{ span: 'NOT', suggestion: 'not' }, { span: 'STOP', suggestion: 'stop' }, { span: 'ASKING', suggestion: 'asking' }],
    },
  ],
});
