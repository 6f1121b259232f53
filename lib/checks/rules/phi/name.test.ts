import { ruleTester } from '@/tests/support/ruleTester';
import rule from './name';

const profile = { staffNames: ['Dr. Alicia Ortiz', 'Marcus Lee'], phones: ['(555) 014-2200'] };

ruleTester(rule, {
  valid: [
    // a display name with no tie to care
    { text: 'Thanks, Gideon! The 5K route map is at the front desk.', context: 'comment' },
    // staff and staff news
    { text: 'Meet our new hygienist, Maria Lopez! She loves hiking.', context: 'post' },
    { text: 'Marcus has the forms ready for your visit.', context: 'review-reply', profile, why: 'Marcus is staff in the profile' },
    { text: 'Congratulations to our amazing Noor Hassan on passing her oral surgery boards, Dr. Hassan!', context: 'post' },
    // public figures in the news
    { text: 'Dragons pitcher Ruben Castellanos reported a shoulder injury.', context: 'post' },
    // words that are also names, and cities
    { text: 'Will you join us? We may open early in June.', context: 'post' },
    { text: 'Our mailing address is PO Box 1180, Eugene, OR 97440.', context: 'post' },
    { text: 'New study in JADA: electric toothbrushes remove more plaque.', context: 'post', why: 'an acronym in capitals' },
    { text: 'Our braces are comfortable and your kid will love the colors.', context: 'comment', why: '"will love" is not a name' },
  ],
  invalid: [
    // full names and titles with care
    {
      text: 'Welcome back, Dimitra Papadakis! After her double mastectomy she is back.',
      context: 'post',
      findings: [{ span: 'Dimitra Papadakis', severity: 'block' }],
    },
    {
      text: 'Mr. Ruiz finished chemo today!',
      context: 'post',
      findings: [{ span: 'Mr. Ruiz', severity: 'block' }],
    },
    // context words
    {
      text: 'Shoutout to little Emma for her first filling!',
      context: 'post',
      findings: [{ span: 'Emma', severity: 'block' }],
    },
    {
      text: 'pt Lorenzo F. needs his x-rays sent',
      context: 'comment',
      findings: [{ span: 'Lorenzo F', severity: 'block' }],
    },
    // lower-case and zero-width split names
    {
      text: 'saw maria gonzalez and her new veneers look great',
      context: 'comment',
      findings: [{ span: 'maria gonzalez' }],
    },
    {
      text: 'Ma\u200Bria Gon\u200Bzalez had her root canal',
      context: 'post',
      findings: [{ span: 'Ma\u200Bria Gon\u200Bzalez' }],
    },
    // greetings in replies
    {
      text: 'Hi Sunita, so sorry your dad’s appointment got bumped.',
      context: 'comment',
      findings: [{ span: 'Sunita', suggestion: 'there' }],
    },
    {
      text: 'Beatriz, we went back through your file.',
      context: 'review-reply',
      findings: [{ span: 'Beatriz' }],
    },
    // a name with no tie: advice only
    {
      text: 'Thank you, Jane Smith, for the lovely review!',
      context: 'review-reply',
      findings: [{ span: 'Jane Smith', severity: 'info' }],
    },
  ],
});
