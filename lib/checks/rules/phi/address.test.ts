import { ruleTester } from '@/tests/support/ruleTester';
import rule from './address';

const profile = { addresses: ['410 Mill Street, Suite 2, Dayton, OH 45402'] };

ruleTester(rule, {
  valid: [
    // a colleague's family's town is no patient's
    { text: 'Dr. Adeyemi’s father is visiting from Lagos this month. He’s 91 and sharper than all of us!', context: 'post', profile: { staffNames: ['Dr. Olumide Adeyemi'] } },
    // a teacher named by the class they lead is no patient, so the school is tied to no one
    { text: 'Thank you to Ms. Rivera’s 3rd graders at Howard Elementary for the adorable thank-you cards!', context: 'post' },
    { text: 'Huge thanks to Coach Kim’s soccer team from Sheldon High for visiting!', context: 'post' },
    // the practice's own address, whole or in part
    { text: 'Find us at 410 Mill Street, Suite 2, Dayton, OH 45402.', context: 'post', profile },
    { text: 'We moved to 410 Mill Street!', context: 'review-reply', profile },
    // numbers and titles that look like streets
    { text: 'Thursday at 10 with Dr. Ortiz works.', context: 'comment' },
    { text: 'We saw 3 on the way in.', context: 'comment' },
    // a venue in a post, with no person
    { text: 'Join our health fair at Lincoln Elementary this Saturday!', context: 'post' },
    // directions to the office, events, openings, payers and months are no one's address
    { text: 'Parking is on Oak Street behind the building.', context: 'post' },
    { text: 'You can park on Oak Street behind us, and your crown will be ready.', context: 'comment' },
    { text: 'Our second location opens in Springfield this spring!', context: 'post' },
    { text: 'Free screenings at Lincoln Elementary, 500 Main St, on Friday.', context: 'post' },
    { text: 'Your crown is ready! We’re in Suite 110 next to the pharmacy.', context: 'comment' },
    { text: 'We’re sorry about your crown. We got approval from Delta Dental yesterday.', context: 'review-reply' },
    { text: 'Hi Maria, your son’s braces look great. See you in March!', context: 'comment' },
    { text: 'Our Springfield office is at 1450 Main St, Suite 4. Hope to see you there!', context: 'comment', why: 'the practice’s other office' },
    // a town that treats everyone, programmes and diagnoses before "student", a whole student body
    { text: 'Hope Portland is treating everyone well at the marathon today!', context: 'post' },
    { text: 'An ADHD student may find the dentist overwhelming; your child can visit the office first.', context: 'comment' },
    { text: 'Free screenings for every UO student this Saturday, bring your student ID!', context: 'post' },
  ],
  invalid: [
    {
      text: 'She lives at 123 Main St, Dayton, OH 45402.',
      context: 'comment',
      findings: [{ span: '123 Main St', severity: 'warn' }, { span: 'OH 45402', severity: 'warn' }],
    },
    {
      text: 'Your son’s retainer is ready; we can mail it to 88 Oak Lane, Apt 4.',
      context: 'comment',
      findings: [{ span: '88 Oak Lane, Apt 4', severity: 'block' }],
    },
    // small geography next to care
    {
      text: 'Mrs. Q (Tipp City, 3rd pregnancy, due in October) left her planner here.',
      context: 'post',
      findings: [{ span: 'Tipp City', severity: 'block' }],
    },
    {
      text: 'the 11am today was a Bellbrook HS senior with mono.',
      context: 'post',
      findings: [{ span: 'Bellbrook HS' }],
    },
    {
      text: 'You live two blocks away on Polk Street and couldn’t make it on time?',
      context: 'review-reply',
      findings: [{ span: 'Polk Street' }],
    },
    // a named street said of a person, a unit on its own
    { text: 'We dropped off the retainer at the house on Elm St for little Noah.', context: 'comment', findings: [{ span: 'Elm St', severity: 'block' }] },
    { text: 'Mrs. Reyes, we mailed your dentures to 42 Elm St, Apt 4B.', context: 'comment', findings: [{ span: '42 Elm St, Apt 4B' }] },
    { text: 'Hi Dana, your aligners went to Apt 12C like you asked.', context: 'comment', findings: [{ span: 'Apt 12C' }] },
    {
      text: 'Mrs. Achebe, you live at the Ferry Street apartments; you could have walked over when we called about your crown.',
      context: 'review-reply',
      findings: [{ span: 'Ferry Street' }],
    },
    {
      text: 'Hi Eitan, we’ll mail the refund check for $64 to your Hayden Bridge Way address this week.',
      context: 'comment',
      findings: [{ span: 'Hayden Bridge Way' }],
    },
    // a town, a home or a school said of a person
    { text: 'Is this the same Mrs. Whitfield from Lowell? Tell her the new upper denture is in!', context: 'comment', findings: [{ span: 'Lowell' }] },
    { text: 'the kid from Pleasant Hill had 4 fillings today and didn’t cry once', context: 'comment', findings: [{ span: 'Pleasant Hill' }] },
    { text: 'shoutout to the Coburg kindergartener who got his first filling today', context: 'post', findings: [{ span: 'Coburg' }] },
    { text: 'our sweet Mr. B from Riverview Assisted Living came in for a denture reline', context: 'post', findings: [{ span: 'Riverview Assisted Living' }] },
    { text: 'We’re so proud of Ava from Lincoln Elementary, our coloring champ!', context: 'post', findings: [{ span: 'Lincoln Elementary', severity: 'warn' }] },
    { text: 'Mrs. Ruiz lives on 5th Street and had her crown today.', context: 'comment', findings: [{ span: '5th Street' }] },
    { text: 'Our patient from Creswell drove 2 hours for her root canal!', context: 'post', findings: [{ span: 'Creswell' }] },
    { text: 'Her zip is 97405 and she asked about her crown.', context: 'comment', findings: [{ span: 'zip is 97405' }] },
    // where someone now lives: a town "treating" them
    { text: 'Elif, we miss you! Hope Istanbul is treating you well, and we sent your records to your new dentist there.', context: 'review-reply', findings: [{ span: 'Istanbul' }] },
    { text: 'So glad Walla Walla has been treating the family well since your last cleaning with us!', context: 'comment', findings: [{ span: 'Walla Walla' }] },
    // a college by its initials, said of one student
    { text: 'the 10am today (a certain UO sorority girl, initials K.T.) asked if we could glue her tooth gem over her cavity', context: 'post', findings: [{ span: 'UO' }] },
    { text: 'That OSU freshman came back today and his crown cracked again.', context: 'comment', findings: [{ span: 'OSU' }] },
  ],
});
