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
    // a staff word right before a name, or with other names between, is the colleague's role
    { text: 'Our hygienist Maria cleaned teeth at the health fair today.', context: 'post' },
    { text: 'Dr. Ortiz and hygienist Maria visited Roosevelt Elementary today.', context: 'post', profile },
    { text: 'Congrats to our hygienist Maria on ten years with us!', context: 'post' },
    { text: 'Congratulations to our amazing Noor Hassan on passing her oral surgery boards, Dr. Hassan!', context: 'post' },
    // public figures in the news
    { text: 'Dragons pitcher Ruben Castellanos reported a shoulder injury.', context: 'post' },
    // words that are also names, and cities
    { text: 'Will you join us? We may open early in June.', context: 'post' },
    { text: 'Our mailing address is PO Box 1180, Eugene, OR 97440.', context: 'post' },
    { text: 'New study in JADA: electric toothbrushes remove more plaque.', context: 'post', why: 'an acronym in capitals' },
    { text: 'Our braces are comfortable and your kid will love the colors.', context: 'comment', why: '"will love" is not a name' },
    // words and places that look like names
    { text: 'It’s National Tooth Fairy Day! Post a pic of your kid’s tooth fairy pillow.', context: 'post' },
    { text: 'Our office manager Trevor Quinlan completed his HIPAA privacy officer certification this month.', context: 'post' },
    { text: 'Ha, Dr. Adeyemi swears his favorite candy is sugar-free gum.', context: 'comment', why: 'an interjection opening a comment' },
    { text: 'Our mobile van will be at 850 Howard Ave on Thursday.', context: 'post', why: 'a street, not a person' },
    { text: 'Visit us on Rose Hill Road, next to Pleasant Hill Park.', context: 'post' },
    // the practice's own number is no personal detail
    { text: 'Thanks, Gideon! Call us at (555) 014-2200 anytime.', context: 'review-reply' },
    // possessives that are days or shops, lower-case words that are also names, colleagues
    { text: 'Happy Valentine’s Day from all of us! Book your cleaning today.', context: 'post' },
    { text: 'will you bring the forms for your crown?', context: 'comment', why: '"will" opening a comment is a verb' },
    { text: 'Macy’s parade day! We’re closed, but call if your crown breaks.', context: 'post' },
    { text: 'Our amazing Noor finished her hygiene boards today!', context: 'post', why: '"our amazing" names a colleague' },
    { text: 'Our hygienists Sofia, Jen and Marisol cleaned over 3,400 smiles this year!', context: 'post', why: 'names listed after a colleague are colleagues' },
    { text: 'Grab a coffee at Macy’s cafe before your cleaning!', context: 'post', why: 'a shop’s possessive before no personal thing' },
    // contractions with a capital are pronouns, not names
    { text: 'We’re sorry you had a bad experience, but our fillings simply do not fall out.', context: 'review-reply', why: '"We’re" opens the reply' },
    { text: 'They’ll be ready for your crown appointment, just call us.', context: 'review-reply' },
    // a handle is the url rule's to judge; an organisation's handle is no person
    { text: '@OregonDental thanks for sharing the guidance on school sealant programs!', context: 'comment' },
    { text: '@LaneCountyHealth thank you, we shared the fluoride flyer.', context: 'comment' },
    // title-case headings: a capitalised cue inside a sentence is part of a title
    { text: 'The form you need is under ‘Patient Forms’ on our website.', context: 'comment' },
    { text: 'Read our ‘Patient Stories’ page before your first cleaning.', context: 'post' },
    { text: 'Check the Little Smiles Guide for tips on brushing.', context: 'post' },
    // the writer introducing themself is staff
    { text: 'Hi, this is Kayla from the front desk. Your crown is ready to pick up!', context: 'comment' },
    { text: 'It’s June from billing, your claim went through.', context: 'comment' },
    // a bill statement or praise is no public-figure news
    { text: 'Thanks, Gideon! You were a rock star at the 5K.', context: 'comment' },
    // a sentence that opens by speaking to a place or to everyone
    { text: 'Eugene, you showed up! Thanks for a great 5K.', context: 'post', profile: { addresses: ['2250 Cedar Ridge Road, Eugene, OR 97401'] }, why: 'the practice’s own town' },
    { text: 'Dallas, you showed up! Thanks for a great 5K.', context: 'post' },
    { text: 'Parents, your kids’ cleanings are covered twice a year.', context: 'post' },
    { text: 'Seniors, your dentures deserve a check every year.', context: 'post' },
    { text: 'Santa, you were a hit at the holiday party!', context: 'post' },
    // a colleague named by a role or a part of the office, then by name alone
    { text: 'Shoutout to our front desk superstar Jen for 10 years with us! Jen, you keep us sane.', context: 'post' },
    { text: 'Our hygienist Maria ran the marathon! Happy birthday too, Maria, and enjoy your day off.', context: 'post' },
    // animals named like people
    { text: 'stella the therapy dog is back on tuesdays for anxious patients!', context: 'comment' },
    { text: 'Our office pup Biscuit says hi to everyone coming in for cleanings this week!', context: 'post' },
    { text: 'Meet Nemo, our waiting room goldfish, who has seen a thousand checkups.', context: 'post' },
    // interjections, however drawn out, are no names
    // abbreviations written like initials
    { text: 'Open 9 A.M. to 5 P.M. on Friday! Made in the U.S.A. toothbrushes for your kids.', context: 'post' },
    { text: 'Bring your I.D. to your first visit; the E.R. is next door if it hurts tonight.', context: 'comment' },
    { text: 'Welcome to our team, Sofia Marchetti! Sofia, we are so happy you’re here.', context: 'post', profile: { staffNames: ['Sofia Marchetti'] } },
    // a relative's possessive is no name: "Mom's", "Grandpa's"
    { text: 'Grandpa’s birthday card is on our fridge. Mom’s appointment moved to Friday.', context: 'comment' },
    // a heading with a dash opening a post is no one said to
    { text: 'Update - our office opens at 9 tomorrow for cleanings.', context: 'comment' },
    // a verb opening a comment before "you"/"your"
    { text: 'Saw your TikTok about your veneers, looking great!', context: 'comment' },
    { text: 'Loved your post about your first cleaning with us!', context: 'comment' },
    // an acronym with a possessive; a public figure in a famous story
    { text: 'The ADA’s new guidance on fluoride for your kids is out, and your cleaning schedule stays the same.', context: 'comment' },
    { text: 'Betty White was famously proud of her smile and her dentures. What a legend.', context: 'post' },
    { text: 'Aw thanks! See you at the next cleaning.', context: 'comment' },
    { text: 'Awww we love this, thank you for the kind words about your visit!', context: 'review-reply' },
    { text: 'Ohhh so sorry about the wait, we are fixing the schedule.', context: 'review-reply' },
    // a school named after a person is a place
    { text: 'Thanks to the Rosa Parks Middle School choir for singing at our open house!', context: 'post' },
    { text: 'ms a lot of kids ask about fluoride, here is our guide', context: 'comment', why: 'an article after a title-like word is no initial' },
    // all lower case: everyday words that are also names stay words
    { text: 'lol we had to chuck the old chairs out, new ones come monday', context: 'post' },
    { text: 'u r the best, see u at the cleaning next week', context: 'comment' },
    // a wish or a question opening the sentence is no name
    { text: 'Hope Denver is treating you well! Thanks for the kind words.', context: 'review-reply' },
    { text: 'Will Tuesday work for your cleaning?', context: 'comment' },
    // a resident is staff only right before the name
    { text: 'Welcome our new resident, Sam Okoro, who joins us from OHSU!', context: 'post' },
  ],
  invalid: [
    // a staff member acting on someone: the someone is no colleague
    { text: 'Dr. Ortiz treated Mr. Ruiz yesterday for a cracked molar.', context: 'post', profile, findings: [{ span: 'Mr. Ruiz' }] },
    { text: 'Dr. Ortiz saw Mrs. Kim for her crown today.', context: 'comment', profile, findings: [{ span: 'Mrs. Kim' }] },
    { text: 'Our hygienist cleaned Mrs. Kaur’s teeth this morning.', context: 'post', findings: [{ span: 'Mrs. Kaur' }] },
    { text: 'Our doctor sees Mr. Ruiz every Tuesday for his implant checks.', context: 'post', findings: [{ span: 'Mr. Ruiz' }] },
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
    // a given name on no list, before a listed surname; lower-case after a title; ranks
    { text: 'Reminder for tomorrow: Wen Zhao, 9:30 crown seat with Dr. Tanaka.', context: 'post', findings: [{ span: 'Wen Zhao', severity: 'block' }] },
    { text: 'saw mrs. patel today, her crown looks great', context: 'comment', findings: [{ span: 'mrs. patel' }] },
    { text: 'Thank you Sgt. Miller for your service! Enjoy that new smile after your veneers.', context: 'post', findings: [{ span: 'Sgt. Miller' }] },
    // a reply that opens with a name, no comma
    { text: 'Maxine we’re so sorry to hear about your diagnosis.', context: 'review-reply', findings: [{ span: 'Maxine' }] },
    // a name next to another personal detail, or called a patient, with no care said
    {
      text: 'Hi Wanjiru, we have your phone as 555-019-8823. Still right for reminders?',
      context: 'comment',
      findings: [{ span: 'Wanjiru', suggestion: 'there' }],
    },
    { text: 'Happy 95th birthday to our longtime patient Harold Pettigrew!', context: 'post', findings: [{ span: 'Harold Pettigrew', severity: 'warn' }] },
    { text: 'Eddie, we found your driver’s license (WDL0A4B7291C) in the lobby.', context: 'comment', findings: [{ span: 'Eddie' }] },
    // lower-case names owning a relative or opening a comment; any possessive before a relative
    { text: 'theo’s mom, he can go back to soccer Monday, just keep the mouthguard in over the new bridge', context: 'comment', findings: [{ span: 'theo' }] },
    { text: 'jackie we got your fax from 541-555-0111 w/ the MRI report, thx!', context: 'comment', findings: [{ span: 'jackie' }] },
    { text: 'Luca’s mom: Luca’s lab fee for the mouthguard is $75.', context: 'comment', findings: [{ span: 'Luca' }] },
    // a family name that is also a word, after a title; a relative's pet name before a name
    { text: 'Mr. Park, as you know, your son’s ADHD medication makes him jumpy during cleanings.', context: 'review-reply', findings: [{ span: 'Mr. Park', severity: 'block' }] },
    { text: 'Our beloved Nana June is 99 and still flosses every day.', context: 'post', findings: [{ span: 'June', severity: 'warn' }] },
    // names written with or without accents
    { text: 'Congrats to María José on her new braces!', context: 'post', findings: [{ span: 'María José' }] },
    // a doctor's patient is no colleague; "our brave girl Amara" is no colleague either
    { text: 'Welcome back Dr. Brandt’s patient, Oscar Reyes, after his surgery!', context: 'post', findings: [{ span: 'Oscar Reyes' }] },
    { text: 'So proud of our brave girl Amara who got 3 fillings today.', context: 'post', findings: [{ span: 'Amara' }] },
    // a health or visit word in the name's sentence, even without a possessive
    { text: 'Little Aiyana Redcloud is our cavity-free club member of the week! Six checkups with zero cavities.', context: 'post', findings: [{ span: 'Aiyana Redcloud' }] },
    { text: 'Here’s the link to Ama’s GoFundMe for her jaw surgery.', context: 'comment', findings: [{ span: 'Ama' }] },
    // fond nouns after "our" name patients, not colleagues
    { text: 'Huge milestone for our friend Elijah: a full cleaning today!', context: 'post', findings: [{ span: 'Elijah' }] },
    { text: 'Our buddy Mateo was so brave at his extraction this morning.', context: 'post', findings: [{ span: 'Mateo' }] },
    { text: 'Shoutout to our superstar Priya for wearing her retainer every night!', context: 'post', findings: [{ span: 'Priya' }] },
    // a family named by its surname, hyphenated or not
    { text: 'The Abernathy-Cho crew stopped by after Grace’s emergency root canal.', context: 'post', findings: [{ span: 'Abernathy-Cho crew' }, { span: 'Grace' }] },
    { text: 'The Okafor gang all got sealants today!', context: 'post', findings: [{ span: 'Okafor gang' }] },
    // someone pointed out by name, even a name that is also a word
    { text: 'That’s Sam from the 2pm slot, right? His gums were a mess.', context: 'comment', findings: [{ span: 'Sam' }] },
    { text: 'Is this Jordan from the 10:20 yesterday? You left your retainer here.', context: 'comment', findings: [{ span: 'Jordan' }] },
    { text: 'Was that Will from the crown seat this morning? He forgot his night guard.', context: 'comment', findings: [{ span: 'Will' }] },
    // a bill statement or praise does not make a sentence news about a public figure
    { text: 'Hi Marcus, the claim for Ellie’s crown went through, so the balance drops off your next statement.', context: 'comment', findings: [{ span: 'Marcus' }, { span: 'Ellie' }] },
    { text: 'Grace’s root canal went perfectly today!', context: 'post', findings: [{ span: 'Grace' }] },
    { text: 'Big day at the office. Zuri, you were a rock star at your first cleaning!', context: 'post', findings: [{ span: 'Zuri' }] },
    // all lower case: a listed given name counts on its own, with a lower-case initial
    { text: 'congrats to maddie r on her very last invisalign tray!!!', context: 'post', findings: [{ span: 'maddie r' }] },
    { text: 'throwback to luis asking dr brandt if his silver crown makes him a robot', context: 'post', findings: [{ span: 'luis' }] },
    { text: 'omg priya finally got her braces off today', context: 'comment', findings: [{ span: 'priya' }] },
    // initials named as such
    { text: 'the 10am today (initials K.T.) asked if we could glue her tooth gem over her cavity', context: 'post', findings: [{ span: 'K.T' }] },
    { text: 'Our patient with initials JR had his root canal redone today.', context: 'post', findings: [{ span: 'JR' }] },
    // "resident" further back is an adjective; a listed surname after "Will" makes a name
    { text: 'Happy 7th birthday to our resident dinosaur expert, Zuri Okafor! Thanks for the cupcakes at your cleaning.', context: 'post', findings: [{ span: 'Zuri Okafor' }] },
    { text: 'Will Carter got his braces off today!', context: 'post', findings: [{ span: 'Will Carter' }] },
    // a person's pet in the same sentence does not hide the person
    { text: 'Little Sofia brought her dog Max to her first cleaning today!', context: 'post', findings: [{ span: 'Sofia' }] },
    // an interjection before a greeting leaves the names
    { text: 'Aw thanks Mrs. G! Tell Tommy to keep wearing the retainer.', context: 'comment', findings: [{ span: 'Mrs. G' }, { span: 'Tommy' }] },
    // one lower-case letter after a title; a school's name is no person's
    // initials with full stops, an initial before a listed family name, hyphenated family names
    { text: 'J.R. from the 3:30 left his retainer case here', context: 'comment', findings: [{ span: 'J.R' }] },
    { text: 'pt: J. Alvarez needs a crown reseat', context: 'comment', findings: [{ span: 'J. Alvarez' }] },
    { text: 'Mrs. O’Neil-Baptiste’s denture is back from the lab', context: 'comment', findings: [{ span: 'Mrs. O’Neil-Baptiste' }] },
    // a colleague's given name with another family name is someone else
    { text: 'Congrats to our Cavity-Free Club winners Mateo and Sofia Reyes!', context: 'post', profile: { staffNames: ['Sofia Marchetti'] }, findings: [{ span: 'Mateo' }, { span: 'Sofia Reyes' }] },
    // a reply opening with a name and a dash; a couple under one title
    { text: 'Connor — thank you for this. The wait after your extraction was too long.', context: 'review-reply', findings: [{ span: 'Connor' }] },
    { text: 'Dear Mr. and Mrs. Lindqvist, we are sorry your daughter’s braces appointment ran late.', context: 'review-reply', findings: [{ span: 'Mrs. Lindqvist' }] },
    { text: 'mrs k from the 9:40 brought us cookies after her crown seat', context: 'post', findings: [{ span: 'mrs k' }] },
    { text: 'Shoutout to Kaia from Sunny Meadows Elementary for being so brave at her extraction!', context: 'post', findings: [{ span: 'Kaia' }] },
  ],
});

// A congratulation to a colleague on their own family names no patient; the same words to
// someone else, or care next to the family member, still do.
const jenIsStaff = { staffNames: ['Jen'] };
ruleTester(rule, {
  valid: [
    { text: 'congrats on baby Lucas, Jen!', context: 'comment', profile: jenIsStaff },
    { text: 'congrats on baby Lucas, Jen!', context: 'post', profile: jenIsStaff },
    { text: 'Congrats Jen! Welcome to the world, baby Lucas 💙', context: 'post', profile: jenIsStaff },
    { text: 'Jen, congratulations on your son Mateo’s wedding!', context: 'comment', profile: jenIsStaff },
    { text: 'Congratulations to our hygienist Jen and her husband Tom on baby Lucas!', context: 'post', why: 'staff by her role word' },
  ],
  invalid: [
    // (a site only to keep the case keys apart: the profile is the difference)
    { text: 'congrats on baby Lucas, Jen!', context: 'comment', site: 'facebook', findings: [{ span: 'Lucas', severity: 'info' }] },
    { text: 'congrats on baby Lucas, Jen!', context: 'post', site: 'facebook', profile: { staffNames: ['Marcus Lee'] }, findings: [{ span: 'Lucas', severity: 'info' }] },
    { text: 'Congrats on baby Lucas, Maria!', context: 'comment', profile: jenIsStaff, findings: [{ span: 'Lucas', severity: 'info' }] },
    { text: 'Jen, your son Lucas’s ear infection is better?', context: 'comment', profile: jenIsStaff, findings: [{ span: 'Lucas' }] },
    { text: 'Congrats Jen! Baby Lucas had his first cleaning with us today', context: 'post', profile: jenIsStaff, findings: [{ span: 'Baby Lucas', severity: 'block' }] },
  ],
});

// Once a colleague's family is told in a celebration ("Sofia's twins turn 3"), the names that
// follow it there, or in the wish right next to it, are the family's. Care or a patient word
// keeps them patients; a titled name in the next wish is someone else.
const sofiaIsStaff = { staffNames: ['Sofia Marchetti', 'Lupe Carrillo'] };
ruleTester(rule, {
  valid: [
    { text: "Sofia's twins turn 3 today, happy birthday Ava and Leo!", context: 'post', profile: sofiaIsStaff },
    { text: 'Happy birthday to Sofia’s twins, Ava and Leo, who turn 3 today!', context: 'comment', profile: sofiaIsStaff },
    { text: "Sofia's twins turn 3 today! 🎂 Happy birthday Ava and Leo!", context: 'post', profile: sofiaIsStaff },
    { text: 'Happy birthday Ava and Leo! Sofia’s twins turn 3 today.', context: 'post', profile: sofiaIsStaff },
    { text: 'Congrats Sofia! Her twins turn 3 today, happy birthday Ava and Leo!', context: 'post', profile: sofiaIsStaff },
    { text: "Lupe's little sister graduates today, congrats Marisol!", context: 'post', profile: sofiaIsStaff },
    { text: "Lupe's great-grandma turns 101 this week, happy birthday Esperanza!", context: 'post', profile: sofiaIsStaff },
  ],
  invalid: [
    { text: "Sofia's twins had their first cleanings today, happy birthday Ava and Leo!", context: 'post', profile: sofiaIsStaff, findings: [{ span: 'Ava' }, { span: 'Leo' }] },
    { text: "Sofia's twins turn 3 today! Happy birthday also to our patient Mia!", context: 'post', profile: sofiaIsStaff, findings: [{ span: 'Mia' }] },
    { text: "Sofia's twins turn 3 today, happy birthday Ava and Leo!", context: 'post', site: 'facebook', profile: { staffNames: ['Trevor Quinlan'] }, findings: [{ span: 'Sofia' }, { span: 'Ava', severity: 'warn' }, { span: 'Leo', severity: 'warn' }] },
    { text: 'Congrats to Sofia on her wedding! Happy 95th birthday to Mrs. Okafor!', context: 'post', profile: sofiaIsStaff, findings: [{ span: 'Mrs. Okafor' }] },
  ],
});

// "visit" as a verb is the practice's outing, not anyone's visit ("for having us visit"); a
// visit that is a noun stays someone's. (A teacher named by their class is no patient either.)
ruleTester(rule, {
  valid: [
    { text: 'Thank you to Mrs. Diaz’s 2nd grade class for having Dr. Patel and Amy visit today!', context: 'post' },
    { text: 'Thanks to Mr. Lee’s preschoolers for letting us visit this morning!', context: 'post' },
    { text: 'We can’t wait to visit Ms. Hart’s kindergarten class on Friday!', context: 'post' },
  ],
  invalid: [
    { text: 'Thanks Ms. Hart for letting Dr. Patel and Amy visit today!', context: 'post', findings: [{ span: 'Ms. Hart', severity: 'info' }] },
    // the person visiting the practice is a patient
    { text: 'Mia will visit us on Tuesday, and we can’t wait!', context: 'post', findings: [{ span: 'Mia', severity: 'warn' }] },
    // a visit that is a noun stays someone's
    { text: 'Ms. Hart’s visit went great!', context: 'post', findings: [{ span: 'Ms. Hart', severity: 'block' }] },
    { text: 'See you at your May visit, Ms. Hart!', context: 'comment', findings: [{ span: 'Ms. Hart', severity: 'block' }] },
  ],
});

// A prop is nobody's body or care ("a model tooth", "the demo crown"): a name beside it is not
// tied to care. A real tooth or appliance next to the name still is.
ruleTester(rule, {
  valid: [
    { text: 'THIS IS WHY WE FLOSS 🦷 (calm down Karen, it’s a model tooth)', context: 'post' },
    { text: 'Relax Brenda, it’s just a demo crown on our model!', context: 'post' },
    { text: 'Kids, meet Gus! He’s brushing our giant foam molar today.', context: 'post' },
  ],
  invalid: [
    { text: 'Calm down Karen, it’s only one baby tooth and it will grow back.', context: 'comment', findings: [{ span: 'Karen', severity: 'warn' }] },
    { text: 'Relax Brenda, your crown is just temporary!', context: 'comment', findings: [{ span: 'Brenda', severity: 'warn' }] },
  ],
});

// A medicine cued like a name ("a little Orajel") is no person.
ruleTester(rule, {
  valid: [
    { text: 'No need to see anyone for that ulcer, put a little Orajel on it and it’ll be gone in 2 days.', context: 'comment' },
    { text: 'Rub a little Anbesol on her gums before bed.', context: 'comment' },
  ],
  invalid: [
    { text: 'Give little Emma some Tylenol tonight.', context: 'comment', findings: [{ span: 'Emma', severity: 'warn' }] },
  ],
});

// A teacher or a coach named by the group they lead is no patient; the same person's own care
// named elsewhere still is. A colleague's children named with a billing word ("Max") are names.
ruleTester(rule, {
  valid: [
    { text: 'Thank you to Ms. Okonkwo’s kindergarten class at Edison Elementary for the sweet cards!', context: 'post' },
    { text: 'Mr. Lee’s 2nd grade class learned all about sugar bugs today 🦷', context: 'post' },
    { text: "Trevor's twins, Ella and Max, turn 5 today! Happy birthday, you two!", context: 'post', profile: { staffNames: ['Trevor Quinlan'] } },
  ],
  invalid: [
    { text: 'Ms. Rivera’s class came by today, and Ms. Rivera’s crown was reseated too.', context: 'post', findings: [{ span: 'Ms. Rivera', occurrence: 2, severity: 'block' }] },
    { text: 'Mrs. Lee’s kids were so brave at their cleanings today!', context: 'post', findings: [{ span: 'Mrs. Lee', severity: 'block' }] },
  ],
});
