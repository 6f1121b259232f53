import { ruleTester } from '@/tests/support/ruleTester';
import rule from './relationship';

// Staff are not patients: a colleague's family news and a colleague's own plans confirm no one's
// care, but a patient a colleague treats is still a patient.
const staff = { staffNames: ['Jen Alvarez', 'Dr. Priya Patel', 'Amy Chen', 'Maria Lopez'] };
// (rows with this profile carry a site only to keep the case keys apart: the profile is the difference)
const jenIsNoColleague = { staffNames: ['Marcus Lee'] };

ruleTester(rule, {
  valid: [
    { text: 'congrats on baby Lucas, Jen!', context: 'comment', profile: { staffNames: ['Jen'] }, why: 'a colleague’s family news' },
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
      // structure, not phrase lists: what must stay quiet
    { text: "We're sorry the wait was longer than expected.", context: 'review-reply', why: 'no person and no staff in the clause' },
    { text: 'Nobody was rude to you.', context: 'review-reply', why: 'the subject is not the practice' },
    { text: "We appreciate you letting us know, and we'll share your comments with the team.", context: 'review-reply', why: 'present and future, about the review' },
    { text: 'That is not a rule we made up to inconvenience you.', context: 'review-reply', why: '"you" is the object of another verb' },
    { text: 'People like you are why good dentists burn out.', context: 'review-reply', why: '"burn out" is no burn; "people like you" is no patient' },
    { text: 'We read your review several times.', context: 'review-reply', why: 'the object is the review' },
    { text: 'ok but which one of you left a retainer in the lobby plant', context: 'comment', why: 'asks a group' },
    { text: 'Wishing a fast recovery to everyone fighting the flu. Reschedule with us anytime, no fee.', context: 'comment', why: 'a policy for everyone' },
    { text: "Happy Mother's Day to all the moms juggling car seats and our 7:30 am appointments", context: 'post', why: '"our" appointments, a clock time' },
    { text: 'Just to set the record straight, we did not lose anything.', context: 'review-reply', why: 'an idiom, not a record' },
    { text: "We'd love to see you again and we hope you'll call us.", context: 'review-reply', why: 'a wish, not a report' },
    { text: 'If you came in during the storm, we apologize for the wait.', context: 'review-reply', why: 'a condition confirms nothing' },
      { text: 'Every single one of our patients leaves pain-free.', context: 'review-reply', why: 'all patients, no one in particular' },
    { text: "We've asked our cleaning service to do an extra walkthrough.", context: 'review-reply', why: 'the practice and its vendor' },
    { text: 'We have read this review several times and we stand by our policy.', context: 'review-reply', why: 'about the review' },
    { text: 'Fun history fact: the oldest known dental filling is 6,500 years old.', context: 'post', why: 'no one is 6,500' },
    { text: 'Study: kids who drink fluoridated water have fewer cavities.', context: 'post', why: 'kids in general, present tense' },
    { text: 'We want every visit to feel respectful.', context: 'review-reply', why: 'every visit, a wish' },
    { text: 'We always send reminders by text and email two days ahead.', context: 'comment', why: 'a habit of the practice' },
      { text: "We hear you, and we're sorry this fell short.", context: 'review-reply', why: '"fell short" is no fall' },
    { text: 'You can pay your bill online at our website.', context: 'comment', why: 'what anyone may do' },
      { text: "We'd love to see you again soon.", context: 'review-reply', why: 'a wish: nothing in the past' },
    { text: 'We would be happy to help you, please call.', context: 'review-reply', why: 'an offer: nothing in the past' },
      { text: 'When you came to our booth at the fair, we loved meeting your dog!', context: 'comment', why: 'coming to a booth is no visit' },
    { text: 'Dr. Brandt’s husband had knee surgery last week, so she’s out until Monday.', context: 'post', why: 'staff family news' },
    { text: 'Our front desk staff were trained last month on a new scheduling system.', context: 'review-reply', why: 'the practice’s own training' },
      { text: 'You can request a refill through the patient portal anytime.', context: 'comment', why: 'what anyone may do' },
    { text: 'We admitted our mistake and apologized to you.', context: 'review-reply', why: 'no care in it' },
    // session 3: care words that name an event or routine, verbs, idioms and logs that are no records
    { text: '@OregonDental thanks for sharing the guidance on school sealant programs!', context: 'comment', why: 'a program for everyone' },
    { text: 'Our front desk follows the same check-in process for every family.', context: 'review-reply', why: 'a routine of the practice' },
    { text: 'Did you really expect us to stay open past 5 for a phone call?', context: 'review-reply', why: '"to stay" is a verb, not a hospital stay' },
    { text: "We can't stay late every night, but we tried.", context: 'review-reply', why: 'a verb after a modal' },
    { text: 'NOBODY ASKED YOU KEVIN', context: 'comment', why: '"nobody" is the practice only when said so ("nobody here")' },
    { text: 'Did you actually call? Our phone logs show no missed calls from that number yesterday.', context: 'comment', why: 'a phone log is no patient record' },
    { text: 'You owe it to yourself to take a day off.', context: 'comment', why: 'an idiom, not a debt' },
    { text: 'Bullies are not welcome here.', context: 'post', why: 'a post about no one' },
    { text: 'DO NOT BRUSH RIGHT AFTER SODA. Wait 30 minutes.', context: 'post', why: 'an instruction, not a wait' },
    { text: 'Our average wait is under 10 minutes.', context: 'review-reply', why: 'the practice\'s figure' },
    { text: 'Thanks for the 5-star review!', context: 'review-reply', why: 'a rating with no care in it' },
    { text: 'We offer a free exam to every new patient.', context: 'review-reply', why: 'an offer to everyone' },
    { text: 'Shoutout to the gentleman who parked across three spaces this morning.', context: 'post', why: 'singled out, but not at the practice' },
    { text: 'Thanks to the lady who returned our lost sign after the storm today.', context: 'post', why: 'no care, staff or room of the office' },
    { text: "One family at a time, we're building a healthier town.", context: 'post', why: 'no deed of one family' },
    { text: "Thank you! Dr. Adeyemi loved your little one's drawing at the fair booth", context: 'comment', why: 'the object is the drawing, not the child' },
    { text: 'We sent the forms to everyone who signed up.', context: 'comment', why: 'a comment answers a request; nothing repeated' },
    { text: 'You were right, we were closed on Monday.', context: 'review-reply', why: 'the day is in another clause' },
    { text: 'Your review was posted on Monday and we replied the same day.', context: 'review-reply', why: 'about the review' },
    { text: "Next time you're in, ask us about our sealant special for kids!", context: 'comment', why: '"next time" counts only in a review reply' },
    { text: 'For the record, WE NEVER CHARGE for a missed first appointment.', context: 'review-reply', why: '"a … first appointment" is any appointment' },
    { text: 'Order #48812 of toothbrushes arrived for the school drive!', context: 'post', why: 'a number of things' },
    { text: 'Our tax ID is 93-1234567 if your employer needs it for the sponsorship.', context: 'comment', why: 'the practice\'s own number' },
    { text: "Kids should have their first visit by age one. We'd love to meet your family!", context: 'comment', why: 'a wish to meet' },
    { text: "We're holding free screenings at 9am for all kids.", context: 'post', why: 'an event' },
    { text: 'Thank you for your review. Next time you have a concern, please call us directly so we can help.', context: 'review-reply', why: '"next time you have…" is a whenever' },
    { text: 'Waiting is never fun, and we are working to keep our average wait under 10 minutes.', context: 'review-reply', why: 'no length of anyone\'s wait' },
    { text: 'Did you know the first dental visit should be by age 1?', context: 'comment', why: 'a question to everyone' },
    { text: "We're glad the new check-in kiosk made things faster!", context: 'review-reply', why: 'equipment' },
    { text: 'Thank you! You were so kind to leave this review on Christmas Eve.', context: 'review-reply', why: 'the day of the review' },
    // a colleague's family news told in a congratulation: "he" is the colleague's son
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'comment', profile: staff, why: 'a colleague’s baby' },
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'review-reply', profile: staff, why: 'a colleague’s baby' },
    { text: 'Congrats to Jen, whose son Lucas graduated from OSU on Saturday! He was first in his class.', context: 'comment', profile: staff },
    { text: 'Congrats Jen and Tom on baby Lucas! She was back at work on Monday.', context: 'comment', profile: staff },
    // "her"/"his" owned by the colleague who is the subject of its clause
    { text: 'Dr. Patel is back from her vacation on Monday', context: 'comment', profile: staff },
    { text: 'Nurse Amy finished her CPR recertification today', context: 'comment', profile: staff },
    { text: 'Dr. Patel finished her residency in June and joins us Monday.', context: 'comment', profile: staff },
    { text: 'Our hygienist Maria and her team ran the booth on Saturday', context: 'comment', profile: staff },
    { text: 'Maria is taking her kids to Disney next week!', context: 'comment', profile: staff },
    { text: 'Thanks for the kind words! Dr. Patel will be back from her conference on Monday.', context: 'review-reply', profile: staff },
    { text: 'Dr. Patel gave her notice today after 12 wonderful years with us.', context: 'comment', profile: staff },
    { text: 'Amy told her team about the new schedule this morning.', context: 'comment', profile: staff },
    { text: 'Congrats Jen! He was born on Tuesday and is doing great.', context: 'comment', profile: staff, why: 'the news alone says whose "he" it is' },
    { text: 'Huge congrats to Maria and her new husband! They tied the knot on Saturday.', context: 'comment', profile: staff },
    { text: 'Dr. Patel completed her Invisalign certification on Friday.', context: 'comment', profile: staff, why: 'a care word the colleague learned, not gave' },
    { text: 'Nurse Amy is home recovering from her knee surgery, back Monday!', context: 'comment', profile: staff },
    { text: 'Nurse Amy checked her own blood pressure at the health fair on Saturday.', context: 'comment', profile: staff, why: '"her own" is the colleague’s' },
    { text: 'Dr. Patel thanks you! She is at a conference until Monday.', context: 'review-reply', profile: staff },
    // session 5: denials, efforts and arrivals that stay quiet (no one person, a wish, a thing)
    { text: 'We go above and beyond for every family who walks in.', context: 'review-reply', why: 'every family, present tense' },
    { text: 'We would bend over backwards for any patient.', context: 'review-reply', why: 'a modal about any patient' },
    { text: "If you've never been to a dentist before, we'll take it slow.", context: 'review-reply', why: 'a condition, and any dentist' },
    { text: "There's no such thing as a painless shot, but we try.", context: 'review-reply', why: '"no such thing" is no visit' },
    { text: 'Every dentist is different; we hope you find the right fit.', context: 'review-reply', why: 'no new or other dentist of theirs' },
    { text: "You turned up the heat in the comments, but we're glad to talk.", context: 'review-reply', why: '"turned up" with no lateness is no arrival' },
    { text: 'We have not seen this review until today.', context: 'review-reply', why: 'the object is the review' },
    { text: "Never been to a dentist? You're not alone: here's what a first visit looks like.", context: 'post', why: 'a question to everyone' },
    { text: 'Our team went above and beyond for the food drive this year.', context: 'post', why: 'the effort is for an event' },
    { text: "Anyone we've seen this week knows the new parking lot is open.", context: 'post', why: 'a post speaks to everyone' },
    { text: 'Thinking about switching? Your new dentist should listen.', context: 'post', why: 'advice to everyone' },
    { text: 'Have you tried turning up the humidifier at night?', context: 'comment', why: 'no arrival' },
    { text: "We don't know the answer to that one, call the pharmacy.", context: 'comment', why: 'not knowing an answer is no denial of a person' },
    { text: 'Dr. Brandt says hi to everyone who came to the fair.', context: 'review-reply', why: 'everyone at an event, no children of theirs' },
    { text: 'You brought it up in your review, so we will answer.', context: 'review-reply', why: '"brought it up" raises a topic' },
    { text: 'You picked a great day to post this.', context: 'review-reply', why: 'no one taken anywhere' },
    { text: 'Meet Sofia! She joined us in May and loves hiking. Welcome to the team!', context: 'post', why: 'a colleague introduced' },
    { text: 'We all know who you are: the families who keep us going. Thank you!', context: 'post', why: 'everyone, not one reader singled out' },
    { text: 'We open at 7:30 for our 7:30 appointments.', context: 'post', why: 'every 7:30 appointment' },
    { text: 'Our youngest patients love the fish tank.', context: 'post', why: 'a group, not one patient' },
    { text: 'Our first patient of the day gets a free toothbrush!', context: 'post', why: 'whoever comes first, a policy' },
    { text: "We're sorry the wait felt long.", context: 'review-reply', why: 'no day named: any wait' },
    { text: 'Thank you for your patience on this matter.', context: 'review-reply', why: 'patience with the matter, no day' },
    { text: "Dr. Tanaka said it's fine to bring snacks to the party!", context: 'comment', why: 'a permission for anyone' },
    { text: 'Dr. Brandt said the office will reopen Monday.', context: 'comment', why: 'office news' },
    { text: "If we can't reach you, we'll leave a voicemail.", context: 'review-reply', why: 'a condition' },
    { text: '@drjen_peds thanks for the referral, your patients are lovely', context: 'comment', why: 'a doctor\'s handle: a colleague addressed' },
    { text: 'Thanks for coming by our booth at the fair!', context: 'comment', why: 'an event, not a visit' },
    { text: 'Great to see you at the 5K yesterday!', context: 'comment', why: 'an event, not a visit' },
    { text: 'Thanks for visiting our website!', context: 'comment', why: 'a website is no office' },
    { text: "As I mentioned in my post, we're closed Friday.", context: 'comment', why: 'talk about a post, not a call with the person' },
    { text: 'Nice to meet you!', context: 'comment', why: 'no visit or day named' },
    { text: 'Thanks for coming in, everyone! What a week.', context: 'post', why: 'a post thanks everyone' },
    { text: 'We can squeeze in two more kids for sealants this Saturday.', context: 'post', why: 'an offer to anyone' },
    { text: 'Both girls were so brave at the school fair!', context: 'comment', why: 'an event' },
    { text: 'You\'re all set for the 5K on Saturday!', context: 'comment', why: 'a race, not an appointment' },
    { text: 'The kids were amazing at our coloring contest!', context: 'post', why: 'an event for everyone' },
  ],
  invalid: [
    // a colleague's family member with care is a patient ("congrats on baby Lucas, Jen!" is not)
    { text: 'Jen, your son Lucas’s ear infection is better?', context: 'comment', profile: { staffNames: ['Jen'] }, findings: [{ span: 'Lucas’s ear infection' }] },
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
      findings: [{ span: 'the patient who dropped', severity: 'warn' }, { span: 'their glasses', severity: 'block' }],
    },
    {
      text: 'See you Friday, Beth!',
      context: 'review-reply',
      findings: [{ span: 'See you Friday' }],
    },
    // care and encounters in any words: a practice subject, a past verb, the person as object
    { text: "We're sorry the hygienist ran late for you.", context: 'review-reply', findings: [{ span: 'hygienist ran late for you', severity: 'block' }] },
    { text: 'We called you three times about the overdue account.', context: 'review-reply', findings: [{ span: 'We called you', severity: 'block' }] },
    { text: 'Our front desk told you twice that the office closes at five.', context: 'review-reply', findings: [{ span: 'desk told you', severity: 'block' }] },
    { text: 'We emailed you the X-ray copies you asked for.', context: 'review-reply', findings: [{ span: 'We emailed you the X-ray', severity: 'block' }] },
    // the person's own part in a visit
    { text: "You've never been here.", context: 'review-reply', findings: [{ span: "You've never been here", severity: 'block' }] },
    { text: 'You cancelled twice and then complained.', context: 'review-reply', findings: [{ span: 'You cancelled', severity: 'block' }] },
    { text: 'You yelled at our receptionist.', context: 'review-reply', findings: [{ span: 'You yelled', severity: 'block' }] },
    { text: 'He was seen the same day by Dr. Brandt.', context: 'review-reply', findings: [{ span: 'He was seen', severity: 'block' }] },
    // treatment, bills and insurance of the person replied to imply care here
    { text: 'Glad the new crown is holding up!', context: 'review-reply', findings: [{ span: 'crown', severity: 'warn' }] },
    { text: 'So proud of you, congrats on finishing Invisalign!!!', context: 'comment', findings: [{ span: 'Invisalign', severity: 'warn' }] },
    { text: 'Tell her the new upper denture is in!', context: 'comment', findings: [{ span: 'denture', severity: 'warn' }] },
    { text: 'Your insurance, not us, denied the claim.', context: 'review-reply', findings: [{ span: 'Your insurance', severity: 'block' }] },
    { text: 'Our number is literally on every bill.', context: 'review-reply', findings: [{ span: 'bill', severity: 'warn' }] },
    // one singled-out person in a post
    { text: "Today's 3pm was a 6yo with 9 cavities.", context: 'post', findings: [{ span: 'cavities', severity: 'warn' }] },
    { text: "To whoever left a silver Honda in our lot: your kid's retainer case is inside.", context: 'post', findings: [{ span: "your kid's retainer case", severity: 'block' }] },
    // structure: "here" and relatives as subjects, inverted conditionals, passives of sending
    { text: 'Nobody here has ever seen you.', context: 'review-reply', findings: [{ span: 'here has ever seen you', severity: 'block' }] },
    { text: 'Had you arrived on time, you would have been seen on time.', context: 'review-reply', findings: [{ span: 'you arrived', severity: 'block' }] },
    { text: 'With respect, your 91-year-old father was given a wheelchair and a private room.', context: 'review-reply', findings: [{ span: 'father was given', severity: 'block' }] },
    { text: 'The home-care instructions were printed, emailed and explained out loud.', context: 'review-reply', findings: [{ span: 'home-care instructions were printed', severity: 'block' }] },
    { text: 'Oh no, a cleaning that took a whole 45 minutes?', context: 'review-reply', findings: [{ span: 'cleaning', severity: 'warn' }] },
    { text: 'Just so everyone knows, we did NOT refuse to see her.', context: 'review-reply', findings: [{ span: 'we did NOT refuse to see her', severity: 'block' }] },
    { text: 'Sorry about the wait. The patient ahead of you needed an emergency pulpotomy.', context: 'review-reply', findings: [{ span: 'patient ahead of you', severity: 'block' }] },
    { text: 'Hi Wanjiru, we have your email as wanjiru_k@yahoo.co.uk. Still right for reminders?', context: 'comment', findings: [{ span: 'we have your email as', severity: 'block' }] },
    { text: "You live two blocks away and couldn't make it on time?", context: 'review-reply', findings: [{ span: "couldn't make it on time", severity: 'block' }] },
    // habitual care of a named person; a person singled out by a deed or a device serial
    { text: 'At 93, Mr. Ferreira still drives himself to every cleaning.', context: 'post', findings: [{ span: 'Mr. Ferreira still drives himself to every cleaning', severity: 'block' }] },
    { text: "Happy retirement to Hal, who's been coming to us since 1988!", context: 'post', findings: [{ span: 'been coming to us', severity: 'block' }] },
    { text: 'someone tell the guy in the Broncos hat who just had 3 extractions that he left his phone here', context: 'post', findings: [{ span: 'extractions', severity: 'warn' }] },
    { text: 'Lost & found: pink hearing aid, serial # HA-22-0981-77, found in the play area.', context: 'post', findings: [{ span: 'hearing aid', severity: 'warn' }] },
    // any staff role as subject, a span of time before the object, a deed at the practice's place
    { text: 'Our therapist spent an hour with you on Tuesday.', context: 'review-reply', findings: [{ span: 'therapist spent an hour with you', severity: 'block' }] },
    { text: "We're sorry your mom fell in our waiting room.", context: 'review-reply', findings: [{ span: 'mom fell', severity: 'block' }] },
    { text: 'The nurse who drew your blood has been spoken to.', context: 'review-reply', findings: [{ span: 'your blood', severity: 'block' }] },
    { text: 'Your son has been with us since he was two.', context: 'review-reply', findings: [{ span: 'been with us since', severity: 'block' }] },
    { text: 'We were happy to squeeze your daughter in the same day.', context: 'review-reply', findings: [{ span: 'We were happy to squeeze your daughter in', severity: 'block' }] },
    { text: 'Your referral to cardiology was faxed the same day.', context: 'review-reply', findings: [{ span: 'Your referral', severity: 'block' }] },
    { text: 'The ER doc who stitched you up is one of our best.', context: 'review-reply', findings: [{ span: 'doc who stitched you', severity: 'block' }] },
    // a debt to the practice confirms the care it was for
    { text: 'Remove this review or our attorney will be in touch about the $1,240 you still owe us.', context: 'review-reply', findings: [{ span: 'you still owe', severity: 'warn' }] },
    // a dismissal in other words; no one by that name; the length of their wait said back
    { text: 'Trina, you and your kids are no longer welcome at this practice.', context: 'comment', findings: [{ span: 'no longer welcome at this practice', severity: 'block' }] },
    { text: 'You are not welcome back after the way you spoke to our staff.', context: 'review-reply', findings: [{ span: 'not welcome back' }, { span: 'you spoke' }] },
    { text: 'We checked, and there is no one by that name in our patient system.', context: 'review-reply', findings: [{ span: 'no one by that name', severity: 'block' }] },
    { text: "We can't find anyone under that name.", context: 'review-reply', findings: [{ span: 'anyone under that name' }] },
    { text: "You're not in our system, so this review may be meant for another office.", context: 'review-reply', findings: [{ span: "You're not in our system" }] },
    { text: 'Your mother is 94, and a 3-hour wait is unacceptable.', context: 'review-reply', findings: [{ span: '3-hour wait' }] },
    { text: "You're right, and we're sorry. Waiting over an hour is not okay.", context: 'review-reply', findings: [{ span: 'Waiting over an hour' }] },
    { text: 'So sorry you sat 45 minutes in the lobby.', context: 'comment', findings: [{ span: 'you sat 45 minutes' }] },
    // the care a rating was given for
    { text: 'Wow, a 1-star for a FREE exam. Some people', context: 'review-reply', findings: [{ span: 'exam', severity: 'warn' }] },
    { text: 'Two stars over one cleaning? Really?', context: 'review-reply', findings: [{ span: 'cleaning', severity: 'warn' }] },
    // one person at the practice, one family with a deed
    { text: 'not to be dramatic but the mom in our waiting room rn yelling at her kid is giving main character energy', context: 'post', findings: [{ span: 'the mom in our waiting room', severity: 'warn' }] },
    { text: 'the dad at the front desk rn is on his fourth phone call', context: 'post', findings: [{ span: 'the dad at the front desk', severity: 'warn' }] },
    { text: 'We need to talk about one family in particular who no-showed FOUR times this month.', context: 'post', findings: [{ span: 'who no-showed', severity: 'block' }] },
    { text: "Dr. Lee fixed your son's tooth the same day.", context: 'review-reply', findings: [{ span: "Lee fixed your son's tooth the same day", severity: 'block' }] },
    { text: "we're so sorry about your dad, Sam. He was a joy to have in the chair every six months.", context: 'comment', findings: [{ span: 'chair', severity: 'warn' }] },
    // a send told as a history in a comment; a past be-clause with a day; on our schedule; the wait on a day
    { text: 'next time try reading the confirmation text we sent 3 times', context: 'comment', findings: [{ span: 'text we sent', severity: 'warn' }] },
    { text: 'Your kids were an absolute joy on Saturday!', context: 'review-reply', findings: [{ span: 'kids were', severity: 'block' }] },
    { text: "We're sorry you were frustrated on Monday.", context: 'review-reply', findings: [{ span: 'you were', severity: 'block' }] },
    { text: 'You were on our schedule for 2pm and arrived at 2:40.', context: 'review-reply', findings: [{ span: 'You were on our schedule', severity: 'block' }] },
    { text: 'Sorry about the long wait last Thursday, that was a rough day for us.', context: 'review-reply', findings: [{ span: 'the long wait last Thursday' }] },
    // a first time implied: next time, one more chance, back, letting us care for you
    { text: "Give us one more chance, we guarantee you'll walk out with zero discomfort.", context: 'review-reply', findings: [{ span: 'one more chance', severity: 'warn' }] },
    { text: 'We hate that you were nervous! Next time ask for Dr. Tanaka.', context: 'review-reply', findings: [{ span: 'Next time', severity: 'warn' }] },
    { text: 'Glad to have you back in the office after so many years away!', context: 'review-reply', findings: [{ span: 'have you back', severity: 'block' }] },
    { text: 'Thank you for letting us care for your family for so many years.', context: 'review-reply', findings: [{ span: 'letting us care for your', severity: 'block' }] },
    { text: "We don't recall anyone matching your description coming in that day.", context: 'review-reply', findings: [{ span: 'anyone matching your description', severity: 'block' }] },
    { text: 'Our Tuesday 4pm regular brought donuts again. We love you, Mr. K!', context: 'post', findings: [{ span: 'Our Tuesday 4pm regular brought', severity: 'block' }] },
    { text: 'Big day for our friend Ollie: first dental visit ever, and he did amazing!', context: 'post', findings: [{ span: 'Ollie: first dental visit', severity: 'block' }] },
    // a chart or record number exists only for a patient
    { text: 'Lost & found: blue lunchbox with one of our appointment cards inside, chart #JV044813. Claim it at the front desk!', context: 'post', findings: [{ span: '#JV044813', severity: 'warn' }] },
    { text: "Here you go: MRN 00482217, fax it to the surgeon's office.", context: 'comment', findings: [{ span: '00482217', severity: 'warn' }] },
    { text: 'It was a pleasure meeting your mom last week, please tell her we said hi.', context: 'review-reply', findings: [{ span: 'pleasure meeting your mom', severity: 'block' }] },
    { text: "Paul we're holding the 8:30 for you tmrw, just confirm pls", context: 'comment', findings: [{ span: 'holding the 8:30 for you', severity: 'block' }] },
    { text: "We're holding the 9am slot for your son.", context: 'comment', findings: [{ span: 'holding the 9am slot for your son', severity: 'block' }] },
    // care still ties the person, whoever's family they are; a colleague's patient is a patient
    { text: 'Congrats Jen! Baby Lucas had his first cleaning with us on Tuesday', context: 'comment', profile: staff, findings: [{ span: 'his first cleaning' }] },
    { text: 'Jen’s patient Lucas was born on Tuesday', context: 'post', profile: staff, findings: [{ span: 'patient Lucas' }] },
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'comment', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'He was' }] },
    { text: 'Congrats on baby Lucas, Jen! Dr. Patel saw her on Monday for a checkup.', context: 'comment', profile: staff, findings: [{ span: 'Dr. Patel saw her' }, { span: 'checkup' }] },
    { text: 'Congrats Jen! He was born on Tuesday and is doing great.', context: 'comment', site: 'facebook', profile: jenIsNoColleague, findings: [{ span: 'He was' }] },
    // "her"/"him" a colleague's care acts on is the patient
    { text: 'Our hygienist Maria cleaned her teeth yesterday and found a cavity.', context: 'comment', profile: staff, findings: [{ span: 'Maria cleaned her teeth yesterday' }, { span: 'cavity' }] },
    { text: 'Dr. Patel examined her Tuesday and she’s healing well.', context: 'comment', profile: staff, findings: [{ span: 'Dr. Patel examined her' }] },
    { text: 'Grandpa Joe is 88 and still a champ. Dr. Patel fitted him for dentures on Monday.', context: 'post', profile: staff, findings: [{ span: 'Patel fitted him' }, { span: 'dentures on Monday' }] },
    { text: 'Nurse Amy gave her a shot on Monday.', context: 'comment', profile: staff, findings: [{ span: 'Amy gave her' }, { span: 'shot on Monday' }] },
    { text: 'Maria fixed his crown last Tuesday.', context: 'comment', profile: staff, findings: [{ span: 'his crown last Tuesday' }] },
    { text: 'Mrs. Lee was nervous. Dr. Patel saw her on Monday and she did great.', context: 'post', profile: staff, findings: [{ span: 'Patel saw her' }] },
    { text: 'Little Emma was so brave! Dr. Patel treated her yesterday.', context: 'post', profile: staff, findings: [{ span: 'Patel treated her' }] },
    { text: 'Mr. Ruiz stopped by. Maria cleaned his teeth on Tuesday.', context: 'post', profile: staff, findings: [{ span: 'his teeth on Tuesday' }] },
    { text: 'Amy called her back on Monday about the results.', context: 'review-reply', profile: staff, findings: [{ span: 'Amy called her' }, { span: 'results' }] },
    // session 5: saying someone was never here is a statement of their status
    { text: "Wow, so brave to review a dentist you've never actually been to.", context: 'review-reply', findings: [{ span: "dentist you've never actually been to", severity: 'block' }] },
    { text: "Funny how you're reviewing an office you've never even set foot in.", context: 'review-reply', findings: [{ span: "office you've never even set foot in", severity: 'block' }] },
    { text: 'You have never visited our office, so this review is not about us.', context: 'review-reply', findings: [{ span: 'You have never visited our', severity: 'block' }] },
    { text: "Not sure why you're tagging us in this, we've never heard of you", context: 'comment', findings: [{ span: "we've never heard of you", severity: 'block' }] },
    { text: 'None of us have ever met you.', context: 'review-reply', findings: [{ span: 'None of us have ever met you', severity: 'block' }] },
    { text: 'We searched and we do not recognize your name.', context: 'review-reply', findings: [{ span: 'we do not recognize your name', severity: 'block' }] },
    { text: 'This review is fake and you know it. No such visit happened.', context: 'review-reply', findings: [{ span: 'No such visit', severity: 'block' }] },
    { text: 'That appointment never happened.', context: 'review-reply', findings: [{ span: 'That appointment never happened', severity: 'block' }] },
    { text: "We weren't able to match the details in this review to anyone we've seen.", context: 'review-reply', findings: [{ span: "anyone we've seen", severity: 'block' }] },
    { text: 'We could not tie the details in this review to any patient of ours.', context: 'review-reply', findings: [{ span: 'tie the details in this review to any patient', severity: 'block' }] },
    { text: 'There is nobody named Kowalski in our system.', context: 'review-reply', findings: [{ span: 'nobody named Kowalski', severity: 'block' }, { span: 'in our system', severity: 'block' }] },
    // the practice's past effort for this person, said back to them
    { text: 'Wow. Just wow. We bent over backwards for you and this is the thanks we get.', context: 'review-reply', findings: [{ span: 'bent over backwards for you', severity: 'block' }] },
    { text: 'Our team went above and beyond for your daughter, and we stand by that.', context: 'review-reply', findings: [{ span: 'went above and beyond for your daughter', severity: 'block' }] },
    { text: 'We made an exception for you and waived nothing else.', context: 'comment', findings: [{ span: 'made an exception for you', severity: 'block' }] },
    // the person has left for another practice
    { text: "Bless your heart. We're sure the other dentist will be thrilled to have you.", context: 'review-reply', findings: [{ span: 'the other dentist', severity: 'warn' }] },
    { text: 'We hope your new dentist is a better fit.', context: 'review-reply', findings: [{ span: 'your new dentist', severity: 'warn' }] },
    // casual arrivals: "rocked up", "strolled in"
    { text: 'Mate, you rocked up 25 minutes late and then had a go at Sofia for it.', context: 'review-reply', findings: [{ span: 'you rocked', severity: 'block' }] },
    { text: 'You strolled in 40 minutes late and expected to be seen.', context: 'review-reply', findings: [{ span: 'You strolled', severity: 'block' }] },
    { text: 'You turned up an hour late.', context: 'review-reply', findings: [{ span: 'You turned', severity: 'block' }] },
    // the family as one, acted on by the practice
    { text: 'We would gently remind you that our team stayed with your family last Thursday.', context: 'review-reply', findings: [{ span: 'team stayed with your family', severity: 'block' }] },
    { text: 'Our team stayed with your whole family until 7.', context: 'review-reply', findings: [{ span: 'team stayed with your whole', severity: 'block' }] },
    // the staff greet the person's children: the children are known to them as patients
    { text: 'Thank you Zeynep! Dr. Brandt says hi to both girls', context: 'review-reply', findings: [{ span: 'says hi to both girls', severity: 'block' }] },
    { text: 'Dr. Tanaka sends hugs to your two boys!', context: 'review-reply', findings: [{ span: 'sends hugs to your two boys', severity: 'block' }] },
    // someone taken in, with the child between verb and particle
    { text: 'Your husband brought Leilani in, not you.', context: 'review-reply', findings: [{ span: 'husband brought', severity: 'block' }] },
    { text: 'You dropped the twins off at 8 and left.', context: 'review-reply', findings: [{ span: 'You dropped', severity: 'block' }] },
    // a patient's story introduced with "Meet": the patient, not a new colleague
    { text: 'Transformation Thursday! Meet Dmitri! Dmitri came to us after a bike crash chipped his front teeth.', context: 'post', findings: [{ span: 'came to us', severity: 'block' }, { span: 'his front teeth', severity: 'block' }] },
    // a post winking at one reader speaks to that person
    { text: 'Sam (you know who you are) your night guard is at the front desk!', context: 'post', findings: [{ span: 'your night guard', severity: 'block' }] },
    // one patient singled out by a clock slot or a superlative
    { text: 'Could the parent of our 2:30 patient today please move your car?', context: 'post', findings: [{ span: 'our 2:30 patient', severity: 'block' }] },
    { text: 'Our 4:15 patient yesterday left an umbrella.', context: 'review-reply', findings: [{ span: 'Our 4:15 patient', severity: 'block' }] },
    { text: 'Our oldest cavity-free patient turns 101 next week!', context: 'post', findings: [{ span: 'Our oldest cavity-free patient', severity: 'block' }] },
    { text: 'Our newest patient, baby Leo, came in for his first look today!', context: 'post', findings: [{ span: 'Our newest patient', severity: 'block' }] },
    // a wait on one day, said back to the person
    { text: 'Thank you for your patience on October 14th, we know the wait was long that afternoon.', context: 'review-reply', findings: [{ span: 'your patience on October 14', severity: 'block' }, { span: 'the wait was long that afternoon', severity: 'block' }] },
    { text: 'Thank you for your patience last Tuesday.', context: 'review-reply', findings: [{ span: 'your patience last Tuesday', severity: 'block' }] },
    { text: 'We know the wait felt endless that morning.', context: 'review-reply', findings: [{ span: 'the wait felt endless that morning', severity: 'block' }] },
    // the doctor's verdict on this person
    { text: 'the dr said its fine so its fine. idk what else to tell u', context: 'comment', findings: [{ span: 'the dr said its', severity: 'warn' }] },
    { text: 'The dentist said your X-rays looked great.', context: 'review-reply', findings: [{ span: 'The dentist said your X-rays', severity: 'block' }] },
    // the practice keeps trying to reach the person
    { text: "We've tried calling about this and haven't been able to reach you.", context: 'review-reply', findings: [{ span: "We've tried calling", severity: 'block' }, { span: "haven't been able to reach you", severity: 'block' }] },
    { text: 'Our team has tried contacting you twice.', context: 'review-reply', findings: [{ span: 'Our team has tried contacting', severity: 'block' }] },
    // an honorific after the title is still the doctor
    { text: 'Doctor sahib checked your child properly and prescribed correct medicine only.', context: 'review-reply', findings: [{ span: 'Doctor sahib checked your child', severity: 'block' }, { span: 'medicine', severity: 'warn' }] },
    { text: 'Doctor ji saw your mother on time.', context: 'review-reply', findings: [{ span: 'Doctor ji saw your mother', severity: 'block' }] },
    // a person's handle that starts with "dr" is no doctor's ("@dre" is Dre)
    { text: '@dre_williams lmao bro your teeth were NOT that bad', context: 'comment', findings: [{ span: 'your teeth', severity: 'block' }] },
    // a procedure named in a sentence about the person
    { text: 'Sorry, but the doctor was explaining everything to you before the procedure.', context: 'review-reply', findings: [{ span: 'procedure', severity: 'warn' }] },
    // thanks for a visit, talk of a call, meeting on a day
    { text: 'Thanks for coming in on such a snowy day!', context: 'review-reply', findings: [{ span: 'Thanks for coming in', severity: 'block' }] },
    { text: 'Thank you for visiting us last week.', context: 'review-reply', findings: [{ span: 'Thank you for visiting us', severity: 'block' }] },
    { text: 'Thanks for bringing the kids in on such a snowy day!', context: 'comment', findings: [{ span: 'Thanks for bringing the kids in', severity: 'block' }] },
    { text: "As we discussed on the phone, we can't change that policy.", context: 'review-reply', findings: [{ span: 'As we discussed on the phone', severity: 'block' }] },
    { text: "As we discussed when you called Tuesday, we can't change that policy.", context: 'review-reply', findings: [{ span: 'As we discussed when you called', severity: 'block' }] },
    { text: 'It was lovely to finally meet you in person last week.', context: 'review-reply', findings: [{ span: 'lovely to finally meet you in person', severity: 'block' }] },
    // fitting in, moving and booking this person
    { text: 'We can squeeze you in tomorrow.', context: 'comment', findings: [{ span: 'squeeze you in', severity: 'block' }] },
    { text: 'Sorry we had to reschedule you twice.', context: 'review-reply', findings: [{ span: 'we had to reschedule you', severity: 'block' }] },
    { text: "You're all set for the 10:40 with Dr. Tanaka.", context: 'comment', findings: [{ span: "You're all set for the 10:40", severity: 'block' }] },
    { text: "Sorry about the mix-up with the time, we'll see you both next week.", context: 'comment', findings: [{ span: 'see you both next week', severity: 'block' }] },
    // the staff greet or praise the person's children
    { text: 'Tell your mom we said hi!', context: 'review-reply', findings: [{ span: 'Tell your mom we said hi', severity: 'block' }] },
    { text: 'Both boys were champs this morning.', context: 'comment', findings: [{ span: 'Both boys were champs', severity: 'block' }] },
  ],
});
