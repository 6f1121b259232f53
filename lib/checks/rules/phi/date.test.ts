import { ruleTester } from '@/tests/support/ruleTester';
import rule from './date';

// Staff are not patients: a colleague's family news and a colleague's own plans are no one's
// care, but a patient a colleague treats is still a patient.
const staff = { staffNames: ['Jen Alvarez', 'Dr. Priya Patel', 'Amy Chen', 'Maria Lopez'] };
// (rows with this profile carry a site only to keep the case keys apart: the profile is the difference)
const jenIsNoColleague = { staffNames: ['Marcus Lee'] };

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
    // in a text about someone's care, a closure or an event still belongs to no one
    { text: 'Mrs. Patel came in for her crown. We’ll be closed Monday for the holiday.', context: 'post' },
    { text: 'Mr. Ruiz had his crown seated. See you at the 5K on June 3!', context: 'comment' },
    // general dates, years and round-the-clock hours
    { text: 'Flu season peaks in February, so get your shot now.', context: 'post' },
    { text: 'Our new patient special ends March 31.', context: 'post' },
    { text: 'We’re open 24/7 for emergencies.', context: 'post', why: '24/7 is no day and month' },
    { text: 'In 2024 we placed 1,200 sealants.', context: 'post', why: 'a year alone is not a Safe Harbor date' },
    // birthdays of everyone, of a colleague, of a building; the practice's own hours
    { text: 'Kids should see a dentist by their first birthday or within 6 months of that first tooth.', context: 'post' },
    { text: 'Happy 100th birthday to the Eugene Public Library!', context: 'post' },
    { text: 'Staff birthday alert! Happy birthday to Dr. Rachel Brandt, who turns 40 today.', context: 'post' },
    { text: 'Happy Mother’s Day to all the moms juggling our 7:30 am appointments.', context: 'post' },
    { text: 'We opened our first office in 1978 with one chair and a borrowed x-ray machine.', context: 'post', why: 'a year of the practice' },
    { text: 'Our office opens at 8am on weekdays, come by!', context: 'comment', why: 'office hours' },
    { text: 'Closed for December holidays, see you in January!', context: 'post', why: 'a closure' },
    { text: 'Thank you all for the birthday wishes for Lupe! She says the cake was the best part.', context: 'comment', why: 'thanks on behalf of one of our own' },
    { text: 'Our founder, Dr. Harold Brandt, turns 91 today! Happy birthday, Doc.', context: 'post', why: 'a colleague\'s age is no patient detail' },
    { text: 'I just had a quick question about your hours!', context: 'comment', why: 'no care in the sentence' },
    { text: "We just got our new x-ray machine and it's so fast!", context: 'comment', why: 'equipment' },
    // a colleague's family news told in a congratulation, and a colleague's own plans
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'post', profile: staff, why: 'a colleague’s baby' },
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'comment', profile: staff, why: 'a colleague’s baby' },
    { text: 'Congratulations to our hygienist Jen and her husband Tom on baby Lucas, born Tuesday!', context: 'comment', profile: staff },
    { text: 'Congrats Jen on your new baby girl, born on Tuesday!', context: 'comment', profile: staff, why: 'the baby is unnamed, the news still the colleague’s' },
    { text: 'Congrats to Jen, whose son Lucas graduated from OSU on Saturday! He was first in his class.', context: 'comment', profile: staff },
    { text: 'Congratulations, Amy! Your daughter Zoe got married on Saturday and the photos are stunning.', context: 'comment', profile: staff },
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday. Mom and baby are doing great and home since Friday.', context: 'post', profile: staff },
    { text: 'Dr. Patel is back from her vacation on Monday', context: 'comment', profile: staff },
    { text: 'Nurse Amy finished her CPR recertification today', context: 'comment', profile: staff },
    { text: 'Maria is taking her kids to Disney next week!', context: 'comment', profile: staff },
    { text: 'Thanks for the kind words! Dr. Patel will be back from her conference on Monday.', context: 'review-reply', profile: staff },
    { text: 'Our hygienist Maria and her team ran the booth on Saturday', context: 'comment', profile: staff },
    { text: 'Happy birthday to Maria! She turns 30 on Friday.', context: 'post', profile: staff },
    { text: 'Congrats Jen! He was born on Tuesday and is doing great.', context: 'comment', profile: staff, why: 'the news alone says whose "he" it is' },
    { text: 'Congrats to Dr. Patel, whose daughter Ava graduated from dental school on Friday!', context: 'comment', profile: staff },
    { text: 'Huge congrats to Maria and her new husband! They tied the knot on Saturday.', context: 'comment', profile: staff },
    { text: 'Congrats to Dr. Patel! She graduated from her residency on Friday.', context: 'post', profile: staff },
    { text: 'Dr. Patel completed her Invisalign certification on Friday.', context: 'comment', profile: staff, why: 'a care word the colleague learned, not gave' },
    // a colleague's possessive says whose family it is, with no congratulation needed
    { text: 'Happy 5th birthday to Jen’s son Lucas!', context: 'post', profile: staff, why: 'the colleague’s son' },
    { text: "Happy 5th birthday to Jen's son Lucas!", context: 'comment', profile: staff, why: 'the colleague’s son' },
    { text: "Happy birthday to Amy's daughter Mia, who turns 8 today!", context: 'post', profile: staff },
    { text: "Happy 5th birthday to Jen's son!", context: 'post', profile: staff, why: 'unnamed, and still the colleague’s' },
    // names after a colleague's family news, in the same celebration or the wish next to it, are the family's
    { text: "Jen's twins turn 3 today, happy birthday Ava and Leo!", context: 'post', profile: staff },
    { text: "Jen's twins turn 3 today, happy birthday Ava and Leo!", context: 'comment', profile: staff },
    { text: 'Amy’s daughter turns 6 today 🎉 happy birthday Mia!', context: 'post', profile: staff },
    { text: "Maria's new baby boy arrived Tuesday! Welcome to the world, Mateo!", context: 'post', profile: staff },
    { text: 'Happy birthday Ava and Leo! Jen’s twins turn 3 today.', context: 'post', profile: staff },
    // a count of months is a span, not a day (the corpus README's "in six months")
    { text: 'Thanks Kwame, so glad your son’s first visit went smoothly! See you both in six months.', context: 'review-reply' },
    { text: 'You cancelled three times in two months, so the fee stands.', context: 'review-reply' },
    // how long until an outcome is a span, not a day
    { text: 'Sounds like dry socket, Mia. Rinse with salt water and you’ll be healed in 3 days.', context: 'comment' },
    { text: 'Mrs. Lee, the numbness should wear off in 2 days at most.', context: 'comment' },
    // a shorthand inside a name with a letter outside ASCII ("Björn" ends in "rn") is no date
    { text: 'We’ve got a note on your chart that you prefer morning appointments, Björn — we’ll call as soon as one opens up.', context: 'review-reply' },
    { text: 'Thanks Søren, the crown looks great on you!', context: 'comment' },
    // a "she" going on with a colleague named just before, and "our" colleague by role
    { text: 'Thank you for the kind words about Jen! She just celebrated her birthday on Tuesday, so this made her week.', context: 'review-reply', profile: staff },
    { text: 'Our founder turns 95 on Saturday! Happy early birthday, Dr. Harold Brandt 🎉', context: 'post' },
    { text: "jen's little guy turns 2 tomorrow!! happy bday mateo 🎈", context: 'post', profile: staff },
    // a body part in the family news is no care ("a great set of gums")
    { text: 'Big congrats to Dr. Patel and her husband Tom on the arrival of baby Henry! 👶💙 Born Nov 3, 7 lbs 2 oz, and already showing off a great set of gums 😂', context: 'post', profile: staff },
    { text: 'Congrats Jen on baby Lucas! Born Tuesday with a full head of hair and the sweetest smile.', context: 'comment', profile: staff },
    { text: 'Congrats Amy! Baby Mia arrived on March 2 with two teeth already 😲', context: 'post', profile: staff },
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
      // the time of the visit is part of its date
      findings: [{ span: 'on the 11th' }, { span: '3:15' }],
    },
    // counted back or forward from now
    {
      text: 'You had your implant placed 2 weeks ago, so some soreness is normal.',
      context: 'review-reply',
      findings: [{ span: '2 weeks ago', severity: 'block' }],
    },
    { text: 'Since your surgery a month ago we have called you twice.', context: 'review-reply', findings: [{ span: 'a month ago' }] },
    { text: 'Your daughter’s braces come off next week!', context: 'comment', findings: [{ span: 'next week' }] },
    // every written form of a day
    { text: 'Hi Dana, your filling is set for the 9th.', context: 'comment', findings: [{ span: 'the 9th' }] },
    { text: 'Mrs. Lee had her dentures relined on March fourteenth.', context: 'post', findings: [{ span: 'March fourteenth' }] },
    { text: 'Your son’s extraction is booked for 03-14-26.', context: 'comment', findings: [{ span: '03-14-26' }] },
    { text: 'Jorge, we’ll see you on Monday the 3rd for the crown.', context: 'comment', findings: [{ span: 'on Monday' }, { span: 'the 3rd' }] },
    // a birth date by its label, with or without care
    { text: 'DOB 4/12/2016 for Tomás, please check the form.', context: 'comment', findings: [{ span: '4/12/2016', severity: 'block' }] },
    // once a text is about someone's care, its other dates are theirs too
    {
      text: 'Amara’s post-op instructions are in your inbox. Soft foods only until Thursday.',
      context: 'comment',
      findings: [{ span: 'Thursday', severity: 'warn' }],
    },
    // a patient's birthday is a birth date
    {
      text: 'Happy 94th birthday, Miss Wilhelmina Crouch! We love your blood pressure checks.',
      context: 'post',
      findings: [{ span: '94th birthday', severity: 'block' }],
    },
    // a birthday wish to one person is their birth date
    { text: 'Pam, your mom’s partials are ready for pickup. Tell her happy 91st from all of us!', context: 'comment', findings: [{ span: '91st', severity: 'block' }] },
    { text: 'Dolores!! happy 90th!!! we’re so honored you still drive yourself here', context: 'review-reply', findings: [{ span: '90th', severity: 'warn' }] },
    { text: 'Patients born in 1929: you are our heroes. Happy birthday, Mr. Leclerc!', context: 'post', findings: [{ span: 'birthday', severity: 'warn' }] },
    // one person's appointment time stands for the visit
    { text: 'shout out to my 11am who brought donuts after her root canal. Linda you’re the best', context: 'post', findings: [{ span: 'my 11am' }] },
    // a date next to someone's email address
    { text: 'Sure! We’ll send the pre-op sheet to lisa.moreau@gmail.com today', context: 'comment', findings: [{ span: 'today', severity: 'warn' }] },
    // more ways to say when
    { text: 'Your son’s cleaning was a couple weeks back, right?', context: 'comment', findings: [{ span: 'a couple weeks back' }] },
    { text: 'Your daughter’s braces went on over the weekend.', context: 'comment', findings: [{ span: 'over the weekend' }] },
    { text: 'Your root canal was on Christmas Eve and we stayed late for you.', context: 'review-reply', findings: [{ span: 'on Christmas Eve' }] },
    { text: 'Your son’s extraction is booked for 2026/03/14.', context: 'comment', findings: [{ span: '2026/03/14' }] },
    // a year, a month, a clock time or 'rn' in a sentence about someone's care
    { text: 'Your Guardian plan only covers one every 5 years and you had one made in 2022.', context: 'review-reply', findings: [{ span: '2022', severity: 'block' }] },
    { text: 'Interesting review, considering you booked your next cleaning for December.', context: 'review-reply', findings: [{ span: 'December', severity: 'block' }] },
    { text: "To the dad who called at 6am about his daughter's swollen cheek: we'll see her at 8.", context: 'post', findings: [{ span: '6am', severity: 'block' }] },
    { text: 'the mom in our waiting room rn yelling at her kid is giving main character energy', context: 'post', findings: [{ span: 'rn', occurrence: 1, severity: 'block' }] },
    { text: 'Thanks for coming in for your cleaning today, Mrs. Ruiz, and happy birthday!', context: 'post', findings: [{ span: 'today', severity: 'block' }, { span: 'birthday', severity: 'block' }] },
    { text: 'Mr. Pettigrew turns 95 today! Happy birthday from all of us.', context: 'post', findings: [{ span: 'today', severity: 'warn' }] },
    { text: 'someone tell the guy in the Broncos hat who just had 3 extractions that he left his gauze in the bathroom', context: 'post', findings: [{ span: 'just had', severity: 'block' }] },
    { text: "Paul we're holding the 8:30 for you tmrw, just confirm pls", context: 'comment', findings: [{ span: 'the 8:30', severity: 'block' }, { span: 'tmrw', severity: 'block' }] },
    // care still ties a date, whoever's family it is; a colleague's patient is a patient
    { text: 'Congrats Jen! Baby Lucas had his first cleaning with us on Tuesday', context: 'post', profile: staff, findings: [{ span: 'on Tuesday', severity: 'block' }] },
    { text: 'Congrats on baby Lucas, Jen! He had his first checkup with Dr. Patel on Tuesday.', context: 'comment', profile: staff, findings: [{ span: 'on Tuesday', severity: 'block' }] },
    { text: 'Jen’s patient Lucas was born on Tuesday', context: 'post', profile: staff, findings: [{ span: 'on Tuesday', severity: 'block' }] },
    // the same news when Jen is no colleague is a patient's birth
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'comment', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'on Tuesday' }] },
    { text: 'Congrats Jen on your new baby girl, born on Tuesday!', context: 'comment', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'on Tuesday' }] },
    { text: 'Congrats to Jen! Her son Lucas had his braces removed on Friday.', context: 'comment', profile: staff, findings: [{ span: 'on Friday', severity: 'block' }] },
    { text: 'Congrats on baby Lucas, Jen! Dr. Patel saw her on Monday for a checkup.', context: 'comment', profile: staff, findings: [{ span: 'on Monday', severity: 'block' }] },
    { text: 'Congrats Jen! He was born on Tuesday and is doing great.', context: 'comment', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'on Tuesday' }] },
    // a colleague's family member whose care is told is a patient; not a colleague's, a patient's birthday
    { text: "Happy 5th birthday to Jen's son Lucas! He was so brave at his cleaning today.", context: 'post', profile: staff, findings: [{ span: '5th birthday', severity: 'block' }, { span: 'today', severity: 'block' }] },
    { text: "Jen's son Lucas had his braces off today!", context: 'post', profile: staff, findings: [{ span: 'today', severity: 'block' }] },
    { text: "Happy 5th birthday to Jen's son Lucas!", context: 'post', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: '5th birthday' }] },
    { text: "Jen's twins turn 3 today, happy birthday Ava and Leo!", context: 'post', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'today', severity: 'warn' }, { span: 'birthday', severity: 'warn' }] },
    // a "she" after a patient, or after a colleague's care, is the patient
    { text: 'Thank you for the kind words about Jen! Mrs. Lee said she loved her cleaning on Tuesday.', context: 'review-reply', profile: staff, findings: [{ span: 'on Tuesday', severity: 'block' }] },
    { text: 'Our patient turns 95 on Saturday! Happy early birthday 🎉', context: 'post', findings: [{ span: 'on Saturday', severity: 'warn' }] },
    // a count of days or weeks is a day counted forward
    { text: 'Your crown will be back from the lab in 2 weeks, Mrs. Lee.', context: 'comment', findings: [{ span: 'in 2 weeks', severity: 'block' }] },
    { text: 'Mia, we’ll see you back in 3 days to check the healing.', context: 'comment', findings: [{ span: 'in 3 days', severity: 'block' }] },
    { text: 'Hi Zoë, your cleaning is today!', context: 'comment', findings: [{ span: 'today', severity: 'block' }] },
    { text: "Jen's twins had their cleanings today, happy birthday Ava and Leo!", context: 'post', profile: staff, findings: [{ span: 'today', severity: 'block' }, { span: 'birthday', severity: 'block' }] },
    // "her"/"him" a colleague's care acts on is the patient
    { text: 'Dr. Patel saw her on Monday', context: 'comment', profile: staff, findings: [{ span: 'on Monday', severity: 'block' }] },
    { text: 'Dr. Patel examined her Tuesday and she’s healing well.', context: 'comment', profile: staff, findings: [{ span: 'Tuesday', severity: 'block' }] },
    { text: 'Dr. Patel numbed him and pulled the tooth on Friday.', context: 'comment', profile: staff, findings: [{ span: 'on Friday', severity: 'block' }] },
    { text: 'Nurse Amy gave her a shot on Monday.', context: 'comment', profile: staff, findings: [{ span: 'on Monday', severity: 'block' }] },
    { text: 'Maria fixed his crown last Tuesday.', context: 'comment', profile: staff, findings: [{ span: 'last Tuesday', severity: 'block' }] },
    { text: 'Mrs. Lee was nervous. Dr. Patel saw her on Monday and she did great.', context: 'post', profile: staff, findings: [{ span: 'on Monday', severity: 'block' }] },
    { text: 'Little Emma was so brave! Dr. Patel treated her yesterday.', context: 'post', profile: staff, findings: [{ span: 'yesterday', severity: 'block' }] },
    { text: 'Mr. Ruiz stopped by. Maria cleaned his teeth on Tuesday.', context: 'post', profile: staff, findings: [{ span: 'on Tuesday', severity: 'block' }] },
  ],
});
