import { ruleTester } from '@/tests/support/ruleTester';
import rule from './age';

const staff = { staffNames: ['Sofia Marchetti', 'Lupe Carrillo', 'Trevor Quinlan'] };

ruleTester(rule, {
  valid: [
    // 89 and under, durations, percentages
    'Happy 89th birthday, Mrs. Lane!',
    'Serving the valley for 95 years!',
    '95% of families would recommend us.',
    // not a person, or a public figure in the news
    'Happy 100th birthday to the Eugene Public Library!',
    'Clara Ostrowski, a 104-year-old from Chicago, made headlines this week for running a 5K.',
    // buildings, businesses and counts
    'The clinic turns 100 this year!',
    'Our building is 95 years old.',
    'Room 4, 92 chairs in total.',
    'We have served 95 families this week.',
    { text: 'We’re almost 100 patients away from our goal!', context: 'post' },
    // a colleague's own age: staff are not patients
    { text: 'Our founder, Dr. Harold Brandt, turns 91 today! Happy birthday, Doc.', context: 'post' },
    { text: 'Our hygienist Maria turns 90 this week! Happy birthday Maria!', context: 'post' },
    // counts and measures after a spelled or bare number are no age
    { text: 'Ninety-five percent of your kids’ cavities start between teeth, so floss!', context: 'post' },
    { text: 'We saw ninety-two kids at the school screening, and they were great.', context: 'post' },
    { text: 'At 90 days your whitening tray warranty ends, so check it.', context: 'comment' },
    { text: 'Our 90+ club had a party today: all our patients over ninety got a new toothbrush!', context: 'post' },
    // a number a noun labels ("Suite 110", "Room 104", "Route 92") is no age, even next to a person
    { text: 'We’re hiring! Free dental care for you and your family. Drop your resume at 2250 Cedar Ridge Road, Suite 110.', context: 'post' },
    { text: 'Your grandma’s cleaning is in Room 104, and Dr. Lee will meet her there.', context: 'review-reply' },
    { text: 'She takes Route 92 and gets off at Exit 95 to reach us.', context: 'comment' },
    { text: 'Your mom’s ride drops her at Gate 97, then she walks over.', context: 'comment' },
    { text: 'Tell your dad his forms are on Page 91 (the last one).', context: 'comment' },
    // a pronoun that goes on with a colleague's story is the colleague's
    { text: 'In memory of Dr. Harold Brandt, who founded this practice in 1985. He passed away peacefully at 94.', context: 'post' },
    { text: 'Our founder Dr. Harold Brandt still stops by on Fridays. He turns 92 next week!', context: 'post' },
    // a colleague's relative, named by the colleague's possessive with no care told: not a patient
    { text: 'Lupe’s grandmother turned 95 this weekend! 🎂', context: 'post', profile: staff },
    { text: "Lupe's grandmother turned 95 this weekend! 🎂", context: 'comment', profile: staff },
    { text: 'Happy 95th birthday to Lupe’s grandmother!', context: 'post', profile: staff },
    { text: "Lupe's abuela just turned ninety-one! Happy birthday from all of us.", context: 'post', profile: staff },
    { text: 'Trevor’s grandpa is 92 today, happy birthday Grandpa Joe!', context: 'post', profile: staff },
    { text: "Sofia's great-grandma is 101 and still makes the best tamales.", context: 'post', profile: staff },
  ],
  invalid: [
    { text: 'Happy 94th birthday, Miss Crouch!', findings: [{ span: 'Happy 94th birthday', severity: 'block' }] },
    { text: 'Our 92-year-old patient walked in today.', findings: [{ span: '92-year-old' }] },
    { text: 'Your mother is 94, and a 3-hour wait is unacceptable.', context: 'review-reply', findings: [{ span: 'is 94' }] },
    { text: 'ninety-one years old and zero cavities, Mrs. Haugen!', context: 'comment', findings: [{ span: 'ninety-one years old' }] },
    { text: 'Happy 97th to Grandma Lou!', context: 'comment', findings: [{ span: 'Happy 97th' }] },
    { text: 'Patients born in 1929: happy birthday, Mr. Leclerc!', findings: [{ span: '1929' }] },
    // every phrasing of a great age
    { text: 'Grandpa Joe turns 93 on Friday and still has his own teeth!', context: 'comment', findings: [{ span: 'turns 93' }] },
    { text: 'Congrats to Ruth, 96, on her new partial!', findings: [{ span: '96' }] },
    { text: 'Our oldest patient turned 101 this week!', findings: [{ span: 'turned 101' }] },
    { text: 'At ninety-two, Mr. Ali is our oldest patient.', findings: [{ span: 'At ninety-two' }] },
    { text: 'Wishing a speedy recovery to Kiki’s grandma, who just had a hip replacement at 94 💐', findings: [{ span: 'at 94' }] },
    { text: 'Our patient Mr. Ito is in his late nineties and still bikes here.', findings: [{ span: 'in his late nineties' }] },
    { text: 'Your mom’s DOB 3/4/1931 is on the form.', context: 'comment', findings: [{ span: '1931' }] },
    { text: 'Mrs. Voss celebrated her 100th with us today!', findings: [{ span: 'her 100th' }] },
    { text: 'Our patient who’s 97 came in for her cleaning.', context: 'comment', findings: [{ span: 'who’s 97' }] },
    { text: 'Mr. Ito is almost 100 and still flosses!', findings: [{ span: 'almost 100' }] },
    { text: 'My grandma (92) had her dentures relined here.', context: 'comment', findings: [{ span: '92' }] },
    // a pronoun right after "at 93"; a spelled age standing alone
    { text: 'Your grandfather is a delight. At 93 he’s officially our oldest patient!', context: 'review-reply', findings: [{ span: 'At 93' }] },
    { text: 'at 91 she still drives herself to every cleaning', context: 'comment', findings: [{ span: 'at 91' }] },
    { text: 'Your grandma is a gem - ninety-six and she still remembers every hygienist.', context: 'comment', findings: [{ span: 'ninety-six' }] },
    { text: 'Grandpa Joe, ninety-four, came in for his denture check.', context: 'comment', findings: [{ span: 'ninety-four' }] },
    { text: 'Your mom is ninety-one now and sharp as ever!', context: 'comment', findings: [{ span: 'is ninety-one' }] },
    // a colleague's relative, or a patient in the same sentence, is still a person to protect
    { text: 'Our hygienist Maria’s grandma turns 95 today and still comes in for her cleanings!', context: 'post', findings: [{ span: 'turns 95' }] },
    // a colleague's care or a patient in the story before makes the pronoun a patient's
    { text: 'Dr. Brandt cleaned her teeth this morning. She is 94 and still flosses!', context: 'post', findings: [{ span: 'is 94' }] },
    { text: 'Mrs. Lee came in to see Dr. Brandt today. She is 94!', context: 'post', findings: [{ span: 'is 94' }] },
    { text: 'Dr. Brandt saw Mr. Ito today. He is 94 and still flosses!', context: 'post', findings: [{ span: 'is 94' }] },
    { text: 'Our founder Dr. Brandt treated Mrs. Lee today. She turns 95 next week!', context: 'post', findings: [{ span: 'turns 95' }] },
    // a name before the number is still an age, even a name that labels things ("Lane", "Page")
    { text: 'Lane, 91, came in for his new dentures today.', context: 'post', findings: [{ span: '91' }] },
    { text: 'Our patient Grace, 97, still drives herself to every cleaning.', context: 'post', findings: [{ span: '97' }] },
    { text: 'Lupe’s grandmother, one of our patients, turned 95 this weekend!', context: 'post', profile: staff, findings: [{ span: 'turned 95' }] },
    { text: 'Lupe’s grandmother turned 95 this weekend! She came in for her new denture today.', context: 'post', profile: staff, findings: [{ span: 'turned 95' }] },
    { text: 'Sofia’s twins turn 3 today, and Mrs. Lee turned 95 after her cleaning!', context: 'post', profile: staff, findings: [{ span: 'turned 95' }] },
    { text: 'Happy 95th birthday to Lupe’s grandmother!', context: 'post', site: 'facebook', profile: { staffNames: ['Trevor Quinlan'] }, findings: [{ span: 'Happy 95th birthday' }] },
  ],
});
