import { ruleTester } from '@/tests/support/ruleTester';
import rule from './date';

ruleTester(rule, {
  valid: [
    // closures and events belong to no one
    { text: 'We’ll be closed Monday, May 25 for Memorial Day.', context: 'post' },
    { text: 'Free flu shot clinic Saturday, Oct 5 from 9 to noon!', context: 'post' },
    { text: 'Proudly caring for the valley since 2009.', context: 'post' },
    // recurring weekdays are not a date
    { text: 'Our navigators are here Tuesdays, 1–5pm.', context: 'post' },
    // a date in a reply with no care in its sentence
    { text: 'Thanks for the review! Have a great weekend and see you at the 5K on June 3.', context: 'review-reply' },
  ],
  invalid: [
    {
      text: 'We are sorry your visit on March 3 was stressful.',
      context: 'review-reply',
      findings: [{ span: 'March 3', severity: 'block' }],
    },
    {
      text: 'Cedric, your INR came back high. Let’s go over it at your visit Weds!',
      context: 'comment',
      findings: [{ span: 'Weds' }],
    },
    {
      text: 'Mr. Ruiz finished chemo today!',
      context: 'post',
      findings: [{ span: 'today' }],
    },
    {
      text: 'Your bunion surgery was rescheduled on 8/19.',
      context: 'review-reply',
      findings: [{ span: '8/19' }],
    },
    {
      text: 'We have your son down for his follow-up on the 11th at 3:15.',
      context: 'comment',
      findings: [{ span: 'on the 11th' }],
    },
    // a patient's birthday is a birth date
    {
      text: 'Happy 94th birthday, Miss Wilhelmina Crouch! We love your blood pressure checks.',
      context: 'post',
      findings: [{ span: '94th birthday', severity: 'block' }],
    },
  ],
});
