import { ruleTester } from '@/tests/support/ruleTester';
import rule from './phone';

const profile = { phones: ['(555) 014-2200'] };
const staff = { phones: ['(555) 018-4470'], staffNames: ['Dr. Keiko Tanaka', 'Sofia Marchetti'] };

ruleTester(rule, {
  valid: [
    // the practice's own number
    { text: 'Please call Dana at (555) 014-2200.', context: 'review-reply', profile },
    { text: 'Call us at 555.014.2200 to book!', context: 'post', profile },
    { text: 'Questions? Call us at (555) 300-1234.', context: 'post', why: 'a post giving its own line' },
    // numbers that are not phones
    { text: 'Our SSN policy: we never ask for 123-45-6789 style numbers online.', context: 'post' },
    { text: 'We served 1,250 families in 2024 and 86 in January.', context: 'post' },
    { text: 'Claim #5550142200 was filed.', context: 'comment', why: 'an identifier, reported by the identifier rule' },
    // labelled numbers are identifiers, and small counts in words are no phone
    { text: 'Yes Mr. Begay, we got the pre-authorization number PA 7731-0056-22 from IHS for your bridge.', context: 'comment' },
    { text: 'Your order 555 019 7731 shipped.', context: 'comment', why: 'an order number' },
    { text: 'I need one of those, two if you have them, for my three kids.', context: 'comment' },
    { text: 'Dosage is 10 mg, two pills, 3 times a day; see you in 2 or 3 weeks.', context: 'comment' },
    // an organisation's line named just before the number
    { text: 'You can reach the Oregon Board of Dentistry at 971-673-3200 about your complaint.', context: 'review-reply' },
    { text: 'The ADA’s number is 312-440-2500 if you want to file a complaint.', context: 'comment' },
    { text: 'Call Poison Control at 800-222-1222 if your son swallowed toothpaste.', context: 'comment' },
    { text: 'Lane County Health Department: 541-682-4041 for your WIC questions.', context: 'comment' },
    // digits in other forms that are no phone: units, footnotes, formulas, keycap list markers
    { text: 'Our new office has 1,200 m² of space and 3 chairs, call to see it!', context: 'post' },
    { text: 'As Dr. Lee¹ explains, H₂O is the best drink for teeth.', context: 'post' },
    { text: '#️⃣ of the week: #️⃣flosslife, call us to join!', context: 'post' },
    { text: '1️⃣ tip of the day: floss before you brush! 2️⃣ call us if your gums bleed.', context: 'post' },
    { text: 'Step ① brush, step ② floss, step ③ call us for a cleaning.', context: 'post' },
  ],
  invalid: [
    // a colleague's own number is not patient information: only a note to check they want it public
    { text: "Text Sofia at 555-201-7788 if you need anything, she's our front desk lead.", context: 'comment', profile: staff, findings: [{ span: '555-201-7788', severity: 'info' }] },
    { text: 'Questions? Call Dr. Tanaka’s cell, 555-201-7788.', context: 'comment', profile: staff, findings: [{ span: '555-201-7788', severity: 'info' }] },
    { text: 'You can reach our office manager Trevor directly at 555-201-7788.', context: 'review-reply', findings: [{ span: '555-201-7788', severity: 'info' }] },
    // …but a number a colleague uses for someone else is theirs
    { text: 'Dr. Tanaka will call you at 555-201-7788 tonight.', context: 'comment', profile: staff, findings: [{ span: '555-201-7788', severity: 'warn' }] },
    { text: 'Sofia has your mom’s number, 555-201-7788, on file.', context: 'comment', profile: staff, findings: [{ span: '555-201-7788', severity: 'warn' }] },
    { text: 'Call Maria Gomez at 555-201-7788 about her results.', context: 'comment', profile: staff, findings: [{ span: '555-201-7788', severity: 'block' }] },
    { text: 'reach her at 541_555_0199 about the bridge', context: 'comment', findings: [{ span: '541_555_0199' }] },
    // a call word right before the number outweighs an ID word further back
    { text: 'We found a phone in op 3; the case says call 541 555 O1 99 if found.', context: 'comment', findings: [{ span: '541 555 O1 99' }] },
    { text: 'Text the OHP member, Dana Whitfield, at 541-555-0177 about her crown.', context: 'comment', findings: [{ span: '541-555-0177' }] },
    { text: 'Dr. Lee at Riverside Hospital said to call Anita Brooks at 541-555-0112 about her biopsy.', context: 'comment', findings: [{ span: '541-555-0112' }] },
    // a person's own number near an organisation's name
    { text: 'The Oregon Board of Dentistry has your complaint; is your cell still 541-555-0190?', context: 'comment', findings: [{ span: '541-555-0190' }] },
    { text: 'Maria from the Lane County Health Department gave us her number, 541-555-0144, for your son.', context: 'comment', findings: [{ span: '541-555-0144' }] },
    {
      text: 'Can someone text her back at 937-555-0129 about her hernia surgery?',
      context: 'comment',
      findings: [{ span: '937-555-0129', severity: 'block' }],
    },
    // spaced, dotted and fullwidth digits
    {
      text: 'His cell is 9 3 7 5 5 5 0 1 2 9.',
      context: 'comment',
      findings: [{ span: '9 3 7 5 5 5 0 1 2 9', severity: 'warn' }],
    },
    {
      text: 'Reach me at ９３７．５５５．０１２９ please',
      context: 'comment',
      findings: [{ span: '９３７．５５５．０１２９' }],
    },
    // digits written as words
    {
      text: 'text Fergus back at nine three seven, five five five, zero one two nine about his hernia surgery',
      context: 'comment',
      findings: [{ span: 'nine three seven, five five five, zero one two nine', severity: 'block' }],
    },
    // zero-width characters between digits
    {
      text: 'my number is 937\u200B555\u200B0129',
      context: 'comment',
      findings: [{ span: '937\u200B555\u200B0129' }],
    },
    // letters standing in for digits, slashes, an extension left out of the span
    { text: 'His number is 555-O19-22l1 if you need it.', context: 'comment', findings: [{ span: '555-O19-22l1', severity: 'warn' }] },
    { text: 'Mr. Diaz’s fax: 555/019/4410 for his records.', context: 'comment', findings: [{ span: '555/019/4410', severity: 'block' }] },
    { text: 'Reach her at 555-019-7731 ext. 22 about the implant.', context: 'comment', findings: [{ span: '555-019-7731' }] },
    { text: 'Call Ana at 555 019 77 31, she’s worried about her bridge.', context: 'comment', findings: [{ span: '555 019 77 31', severity: 'block' }] },
    // digits and digit words mixed in one word
    { text: 'her number is five5five 0one9 7seven3one', context: 'comment', findings: [{ span: 'five5five 0one9 7seven3one' }] },
    // digits written as keycaps, superscripts, subscripts, circled or mathematical digits
    { text: 'call me at 5️⃣4️⃣1️⃣5️⃣5️⃣5️⃣0️⃣1️⃣9️⃣2️⃣ about my crown', context: 'comment', findings: [{ span: '5️⃣4️⃣1️⃣5️⃣5️⃣5️⃣0️⃣1️⃣9️⃣2️⃣' }] },
    { text: 'her cell is 5\u20E34\u20E31\u20E3-5\u20E35\u20E35\u20E3-0\u20E31\u20E39\u20E32\u20E3 ok', context: 'comment', findings: [{ span: '5\u20E34\u20E31\u20E3-5\u20E35\u20E35\u20E3-0\u20E31\u20E39\u20E32\u20E3' }] },
    { text: 'text her at ⁵⁴¹-⁵⁵⁵-⁰¹⁹² about the bridge', context: 'comment', findings: [{ span: '⁵⁴¹-⁵⁵⁵-⁰¹⁹²' }] },
    { text: 'his number is ₅₄₁ ₅₅₅ ₀₁₉₂', context: 'comment', findings: [{ span: '₅₄₁ ₅₅₅ ₀₁₉₂' }] },
    { text: 'reach Ana at ⑤④①-⑤⑤⑤-⓪①⑨② tonight', context: 'comment', findings: [{ span: '⑤④①-⑤⑤⑤-⓪①⑨②' }] },
    { text: 'call him at 𝟓𝟒𝟏-𝟓𝟓𝟓-𝟎𝟏𝟗𝟐 about his implant', context: 'comment', findings: [{ span: '𝟓𝟒𝟏-𝟓𝟓𝟓-𝟎𝟏𝟗𝟐' }] },
    { text: 'her cell: 𝟻𝟺𝟷.𝟻𝟻𝟻.𝟶𝟷𝟿𝟸', context: 'comment', findings: [{ span: '𝟻𝟺𝟷.𝟻𝟻𝟻.𝟶𝟷𝟿𝟸' }] },
    { text: 'my number is ❺❹❶ 555 𝟬𝟭𝟵𝟮', context: 'comment', findings: [{ span: '❺❹❶ 555 𝟬𝟭𝟵𝟮' }] },
    // an international number
    { text: 'Her daughter in London is at +44 20 7946 0958 about the surgery.', context: 'comment', findings: [{ span: '+44 20 7946 0958' }] },
  ],
});
