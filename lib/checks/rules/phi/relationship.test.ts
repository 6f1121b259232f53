import { ruleTester } from '@/tests/support/ruleTester';
import rule from './relationship';

ruleTester(rule, {
  valid: [
    // compliant review replies confirm nothing
    { text: 'Thank you for your feedback. We take every concern seriously and would like to talk. Please call our office.', context: 'review-reply' },
    { text: 'We are sorry to hear about your experience. Please reach out to our office manager directly.', context: 'review-reply' },
    // general posts: "your" is everyone
    { text: 'Book your cleaning today! New patients welcome.', context: 'post' },
    { text: 'Flu season is here: get your flu shot at your next visit.', context: 'post' },
    { text: 'See you Saturday at our flu clinic!', context: 'post', why: 'a post says "see you" to everyone' },
    { text: 'We take HIPAA seriously, so we will never confirm or deny whether someone is our patient online.', context: 'post', why: 'policy statement, no person' },
    { text: 'Results are in from our patient survey: 94% would recommend us.', context: 'post', why: 'aggregate statistic' },
    // staff news
    { text: 'Meet our new hygienist, Maria Lopez! She loves hiking and her two dogs.', context: 'post' },
    // advice in a comment names a doctor role, not a visit
    { text: 'Talk to your pediatrician about the HPV vaccine.', context: 'comment' },
    { text: 'Honestly? Find another dentist. We won’t miss you.', context: 'review-reply', why: '"miss you" is not a memory of a visit' },
  ],
  invalid: [
    // the reviewer's visit
    {
      text: 'We are sorry your visit on March 3 was stressful.',
      context: 'review-reply',
      findings: [{ span: 'your visit on March 3', severity: 'block', suggestion: 'your experience' }],
    },
    {
      text: 'When you came in we took extra care.',
      context: 'review-reply',
      findings: [{ span: 'you came in', severity: 'block' }],
    },
    // records and charts
    {
      text: 'We reviewed your chart and our records show nothing unusual.',
      context: 'review-reply',
      findings: [{ span: 'reviewed your chart' }, { span: 'our records show' }],
    },
    {
      text: 'According to our records, you cancelled twice.',
      context: 'review-reply',
      findings: [{ span: 'According to our records' }, { span: 'you cancelled' }],
    },
    // denying a relationship is still a disclosure
    {
      text: 'We have no record of you as a patient.',
      context: 'review-reply',
      findings: [{ span: 'no record of you' }, { span: 'as a patient' }],
    },
    {
      text: 'We were unable to locate a patient by that name.',
      context: 'review-reply',
      findings: [{ span: 'unable to locate a patient' }],
    },
    // seen by, relatives
    {
      text: 'You were seen by Dr. Lee that afternoon.',
      context: 'review-reply',
      findings: [{ span: 'You were seen' }],
    },
    {
      text: "Your son's checkup went great!",
      context: 'comment',
      findings: [{ span: "Your son's checkup", severity: 'block', suggestion: null }],
    },
    // treatment of a named person in a post
    {
      text: 'Mr. Ruiz finished chemo today!',
      context: 'post',
      findings: [{ span: 'Mr. Ruiz finished chemo today', severity: 'block' }],
    },
    {
      text: 'Shoutout to little Emma for being brave at her first filling',
      context: 'post',
      findings: [{ span: 'her first filling', suggestion: null }],
    },
    {
      text: 'Sorry about your root canal.',
      context: 'review-reply',
      findings: [{ span: 'your root canal', suggestion: 'your experience with us' }],
    },
    // a patient introduced as such
    {
      text: 'pt Lorenzo F. needs a call back',
      context: 'comment',
      findings: [{ span: 'pt Lorenzo F' }],
    },
    // a post singling out one patient
    {
      text: 'To the patient who dropped their glasses: they are at the front desk!',
      context: 'post',
      findings: [{ span: 'the patient who dropped', severity: 'warn' }],
    },
    {
      text: 'See you Friday, Beth!',
      context: 'review-reply',
      findings: [{ span: 'See you Friday' }],
    },
  ],
});
