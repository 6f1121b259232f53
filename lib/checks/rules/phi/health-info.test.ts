import { ruleTester } from '@/tests/support/ruleTester';
import rule from './health-info';

ruleTester(rule, {
  valid: [
    // general health information
    'Root canals today are no more painful than a filling. Ask us anything!',
    { text: 'If your child has a fever over 102, call us right away.', context: 'post' },
    { text: 'Protect your skin this summer: sunscreen every two hours.', context: 'post' },
    {
      text: 'Privacy rules keep us from discussing any account here. Please contact Dana at (555) 014-2200.',
      context: 'review-reply',
      why: '"contact" the verb is not contact lenses (it flagged the billing template)',
    },
    // staff and public figures are not patients
    { text: 'Dr. Brandt is recovering well from her knee surgery and will be back soon.', context: 'comment', why: 'staff news' },
    { text: 'Lots of chatter about pitcher Ruben Castellanos’s reported shoulder impingement. Rest usually helps.', context: 'post', why: 'public figure in the news' },
    // the practice's own services
    { text: 'Nice try, but we don’t even offer teeth whitening.', context: 'review-reply' },
    { text: 'Our braces are comfortable and your kid will love the colors.', context: 'comment', why: '"our braces" is the practice’s product' },
    // a hypothetical in a reply
    { text: 'Please call a dentist if you have swelling.', context: 'comment' },
    // doctor to doctor
    { text: 'Hi Dr. Yamamoto! Thanks for referring your patients to us for sedation.', context: 'comment' },
  ],
  invalid: [
    // possessive: the strongest tie
    {
      text: 'Sorry about your root canal.',
      context: 'review-reply',
      findings: [{ span: 'your root canal', severity: 'block', suggestion: 'your experience with us' }],
    },
    {
      text: 'Tell Otto we are proud of his nebulizer treatments!',
      context: 'comment',
      findings: [{ span: 'his nebulizer treatments', severity: 'block', suggestion: null }],
    },
    {
      text: "Your daughter's scoliosis exam is next.",
      context: 'comment',
      findings: [{ span: "Your daughter's scoliosis exam", severity: 'block' }],
    },
    // named person in the sentence
    {
      text: 'Mr. Ruiz finished chemo today!',
      context: 'post',
      findings: [{ span: 'Mr. Ruiz finished chemo', severity: 'block' }],
    },
    {
      text: 'Welcome back, Dimitra Papadakis! After her double mastectomy, she is back at Pilates.',
      context: 'post',
      findings: [{ span: 'her double mastectomy' }],
    },
    // "you" in a reply, weaker
    {
      text: 'We are sorry you were in pain afterwards.',
      context: 'review-reply',
      findings: [{ span: 'pain', severity: 'warn' }],
    },
    // results
    {
      text: '@naledi_d yes your TB test read negative!',
      context: 'comment',
      findings: [{ span: 'your TB test read negative', severity: 'block' }],
    },
    // medication
    {
      text: 'Cedric, your warfarin dose needs a look.',
      context: 'comment',
      findings: [{ span: 'your warfarin dose' }],
    },
    // naming back what the commenter told us
    {
      text: 'Hi Nia! Sorry to hear about the chipped tooth.',
      context: 'comment',
      findings: [{ span: 'chipped tooth', severity: 'warn' }],
    },
  ],
});
