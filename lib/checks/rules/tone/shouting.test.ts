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
    // Two words in capitals, and two-letter words with acronyms only, are not a shouted run.
    { text: 'DO NOT call the after-hours line for billing.', why: 'two words (DO is also an acronym)' },
    { text: 'We take PPO, HMO and HSA cards. IN NETWORK with Delta.', why: 'one loud word after IN' },
    { text: 'Our office in EUGENE, OR is open today.', why: 'a city and a state code' },
  ],
  invalid: [
    { text: 'WE CLOSE AT 5. It is on the door.', context: 'review-reply', findings: [{ span: 'WE CLOSE AT', suggestion: 'We close at' }] },
    { text: 'It says so IN THE EMAIL.', context: 'comment', findings: [{ span: 'IN THE EMAIL', suggestion: 'in the email' }] },
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
