import { ruleTester } from '@/tests/support/ruleTester';
import rule from './email';

const profile = { emails: ['care@riverbendfamilyhealth.com'] };

ruleTester(rule, {
  valid: [
    // the practice's own mailboxes
    { text: 'Email care@riverbendfamilyhealth.com with questions.', context: 'post', profile },
    { text: 'Send your résumé to jobs@example-dental.com.', context: 'post', why: 'an office mailbox' },
    // a colleague's own address at the practice's domain, plain or spelled out
    { text: 'Hey, it’s Sofia from the front desk! Email me at sofia.m@riverbendfamilyhealth.com.', context: 'comment', profile },
    { text: 'Questions about your crown? Write to jen at riverbendfamilyhealth dot com.', context: 'comment', profile: { website: 'https://www.riverbendfamilyhealth.com/' } },
    // "at" and "dot" in plain English
    { text: 'Meet us at the park, dot your calendars!', context: 'post' },
    { text: 'See you at home. Com on!', context: 'comment' },
    // "at" before a webmail name in plain English
    { text: 'Look at gmail’s new feature, so handy for reminders!', context: 'comment' },
    { text: 'We are at Live Oak Park this Saturday.', context: 'post' },
    { text: 'She smiled at us. Com’on, that was cute.', context: 'comment' },
  ],
  invalid: [
    // a personal address stays one when the practice lists its own domain
    { text: 'Dana, we emailed dana.w@gmail.com about your crown.', context: 'comment', profile, findings: [{ span: 'dana.w@gmail.com' }] },
    { text: 'Dana, we emailed dana.w@riverbendfamilyhealth.co about your crown.', context: 'comment', profile, findings: [{ span: 'dana.w@riverbendfamilyhealth.co' }] },
    // a mailbox name spelled out one character at a time
    { text: 'Ray, your email on file is r a y . k i m @ yahoo . com, still right for your x-ray results?', context: 'comment', findings: [{ span: 'r a y . k i m @ yahoo . com' }] },
    { text: 'send it to j o 7 7 at gmail dot com please', context: 'comment', findings: [{ span: 'j o 7 7 at gmail dot com' }] },
    // a personal address in a reply, no care nearby: look again
    {
      text: 'You can also reach me at tom.b@gmail.com.',
      context: 'review-reply',
      findings: [{ span: 'tom.b@gmail.com', severity: 'warn' }],
    },
    {
      text: 'We emailed jane.doe@yahoo.com about her results.',
      context: 'comment',
      findings: [{ span: 'jane.doe@yahoo.com', severity: 'block' }],
    },
    // spelled out to slip past filters
    {
      text: 'ramona ur pap results r in, we also emailed rvillalobos at outlook dot com',
      context: 'comment',
      findings: [{ span: 'rvillalobos at outlook dot com', severity: 'block' }],
    },
    {
      text: 'write to jdoe [at] gmail [dot] com',
      context: 'comment',
      findings: [{ span: 'jdoe [at] gmail [dot] com' }],
    },
    {
      text: 'the email you gave us, naomi.goldberg @ comcast . net, bounced',
      context: 'comment',
      findings: [{ span: 'naomi.goldberg @ comcast . net' }],
    },
    // a mailbox name spelled with "dot", brackets of every kind, a provider without ".com"
    {
      text: 'Got it, Mrs. Okafor! We emailed the instructions to amara dot okafor at gmail dot com.',
      context: 'comment',
      findings: [{ span: 'amara dot okafor at gmail dot com' }],
    },
    {
      text: 'Hi Giulia, we sent the recall card to giulia [dot] bianchi [at] libero [dot] it.',
      context: 'comment',
      findings: [{ span: 'giulia [dot] bianchi [at] libero [dot] it' }],
    },
    { text: 'her email is dana.r at gmail, she asked about her crown', context: 'comment', findings: [{ span: 'dana.r at gmail' }] },
    { text: 'Reach Tom at tom {at} gmail {dot} com for his x-rays.', context: 'comment', findings: [{ span: 'tom {at} gmail {dot} com' }] },
    { text: 'Send Mr. Kim’s records to jo(at)aol(dot)com please.', context: 'comment', findings: [{ span: 'jo(at)aol(dot)com' }] },
    { text: 'His email is j.doe@gmail .com for the results.', context: 'comment', findings: [{ span: 'j.doe@gmail .com' }] },
  ],
});
