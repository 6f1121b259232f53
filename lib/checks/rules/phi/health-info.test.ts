import { ruleTester } from '@/tests/support/ruleTester';
import rule from './health-info';

// A colleague's own care words are no patient's; a patient a colleague treats is still a patient.
const staff = { staffNames: ['Jen Alvarez', 'Dr. Priya Patel', 'Amy Chen', 'Maria Lopez'] };
// The practice's own town is a place, possessive or not ("Eugene's water").
const inEugene = { addresses: ['2250 Cedar Ridge Road, Suite 110, Eugene, OR 97401'] };

ruleTester(rule, {
  valid: [
    // general health information
    'Root canals today are no more painful than a filling. Ask us anything!',
    { text: 'If your child has a fever over 102, call us right away.', context: 'post' },
    { text: 'Protect your skin this summer: sunscreen every two hours.', context: 'post' },
    { text: "Eugene's water isn't fluoridated, so fluoride toothpaste matters even more here.", context: 'post', profile: inEugene },
    { text: 'Eugene’s kids deserve healthy smiles: fluoride varnish is free at every checkup.', context: 'comment', profile: inEugene },
    // "that" as a conjunction points at nothing the person told
    { text: 'We understand that anxiety about the dentist is common, and we’d love to talk.', context: 'review-reply' },
    { text: 'We know that pain after an extraction can be scary; please call us any time.', context: 'review-reply' },
    // a prop is nobody's body or care
    { text: 'Little Emma brushed the puppet’s teeth like a pro!', context: 'post' },
    { text: 'Meet Chompers, our giant foam molar! Kids love brushing his teeth.', context: 'post' },
    { text: 'Sam, that’s a model tooth, not a real one 😂', context: 'comment' },
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
      // advice, idioms and the practice's offers stay quiet
    { text: "Just take two Advil and alternate with Tylenol, you'll be fine by morning.", context: 'comment', why: 'an instruction to anyone' },
    { text: 'The HPV vaccine also helps prevent some oral cancers. Talk to your pediatrician about it.', context: 'comment', why: 'a general truth, nothing happened' },
    { text: "You'll never have another cavity if you just follow our instructions.", context: 'review-reply', why: 'a hypothetical' },
    { text: 'Ha, Dr. Adeyemi swears his favorite candy is sugar-free gum', context: 'comment', why: 'gum the candy' },
    { text: "It's National Tooth Fairy Day! Post a pic of your kid's tooth fairy pillow!", context: 'post', why: 'the tooth fairy' },
    { text: "Take it down or you'll be hearing from our attorney.", context: 'review-reply', why: '"hearing from" is no hearing' },
    { text: "Sorry, we don't offer Botox for TMJ, but we're happy to refer you to someone who does!", context: 'comment', why: 'what the practice offers' },
      { text: 'Shoutout to the gentleman who parked across three spaces this morning.', context: 'post', why: 'a deed, but no health word' },
          { text: 'You can request a refill through the patient portal anytime.', context: 'comment', why: 'what anyone may do' },
    // session 3: a shrug at a kind of care, explanations, events, bare body parts, staff family news
    { text: "dude chill it's just a cleaning", context: 'comment', why: '"just a cleaning" shrugs at a kind of care' },
    { text: "It's a cavity when the enamel breaks down and bacteria get in.", context: 'comment', why: 'an explanation goes on after the word' },
    { text: "It's a filling material called composite.", context: 'comment', why: 'the word modifies another' },
    { text: "Is it a cavity? It's a cavity! Brush twice a day.", context: 'post', why: 'a post diagnoses no one' },
    { text: 'Blood clots after an extraction are normal and help healing.', context: 'post', why: 'general' },
    { text: '@lanecountyparent no worries! The free screening day is Sat Oct 12 at the library.', context: 'comment', why: 'an event' },
    { text: 'The flu shot clinic is Saturday, come by any time!', context: 'comment', why: 'an event' },
    { text: 'Great tip! Brush your teeth twice a day and floss.', context: 'comment', why: 'a body part with nothing said about it' },
    { text: 'Read a book together and keep your words positive ("the dentist counts your teeth!"), and bring a stuffed animal.', context: 'comment', why: 'a line to say to a child' },
    { text: "Thank you for the sweet messages for Lupe's daughter, she passed her nursing boards!", context: 'comment', why: 'nursing boards are an exam' },
    { text: 'We accept payment by wire transfer or card.', context: 'comment', why: 'a wire transfer is no brace wire' },
    { text: 'Great question! Most insurance plans cover two cleanings a year, but check with your plan to be sure.', context: 'comment', why: 'a count per year is a plan rule' },
    { text: 'Thanks for the review! Hope the new x-ray machine arrives soon so waits get shorter.', context: 'review-reply', why: 'equipment of the practice' },
    { text: 'So happy the new sealant program is off to a great start!', context: 'comment', why: 'a program' },
    { text: 'Thanks @jen.smiles for the great review! Two cleanings a year keep cavities away.', context: 'post', why: 'a plan rule next to a tag' },
    { text: 'Congrats @EugeneSchools on 300 sealants placed this year!', context: 'post', why: 'an organisation\'s handle' },
    { text: 'Fluoride is safe and effective, says the CDC.', context: 'post', why: 'general' },
    { text: 'Join our cavity-free club! Kids with no cavities at their checkup get a prize.', context: 'post', why: 'a club for everyone' },
    { text: 'The best treatment for kids is prevention.', context: 'comment', why: 'kids in general' },
    { text: "We love our patients, but y'all need to stop bringing Starbucks into the treatment rooms", context: 'comment', why: 'a room of the office' },
    { text: 'Ugh, Mondays are the worst. Coffee helps!', context: 'comment', why: 'sympathy with no care word' },
    { text: 'Ouch, flu season is the worst. Wash your hands!', context: 'comment', why: 'a season' },
    { text: 'Happy the kids loved the fluoride talk at school today!', context: 'comment', why: 'a talk, not a treatment' },
    { text: 'Hope the cavity prevention tips help your family!', context: 'comment', why: 'tips for everyone' },
    { text: 'Dr. Patel completed her Invisalign certification on Friday.', context: 'comment', profile: staff, why: 'a care word the colleague learned' },
    { text: 'Nurse Amy checked her own blood pressure at the health fair on Saturday.', context: 'comment', profile: staff, why: '"her own" is the colleague’s' },
    { text: 'Congrats on baby Lucas, Jen! He was born on Tuesday.', context: 'comment', profile: staff, why: 'a colleague’s baby' },
  ],
  invalid: [
    { text: 'Maria fixed his crown last Tuesday.', context: 'comment', profile: staff, findings: [{ span: 'his crown' }] },
    { text: 'Our hygienist Maria cleaned her teeth yesterday.', context: 'comment', profile: staff, findings: [{ span: 'her teeth' }] },
    { text: 'Congrats Jen! Baby Lucas had his first cleaning with us on Tuesday', context: 'comment', profile: staff, findings: [{ span: 'his first cleaning' }] },
    // in a reply or comment, a condition pointed at ("that ulcer", "this rash") is the one the person told of
    { text: 'No need to see anyone for that ulcer, put a little Orajel on it and it’ll be gone in 2 days.', context: 'comment', findings: [{ span: 'ulcer', severity: 'warn' }] },
    { text: 'For this rash, try a cold compress tonight.', context: 'comment', findings: [{ span: 'rash', severity: 'warn' }] },
    // a prop word elsewhere leaves a person's own appliance theirs
    { text: 'Ms. Ruiz’s plastic retainer cracked again.', context: 'post', findings: [{ span: 'Ms. Ruiz’s plastic retainer' }] },
    // a person named like the town, with a family name, is still a person
    { text: 'Eugene Smith’s crown came off today.', context: 'post', profile: inEugene, findings: [{ span: 'Eugene Smith’s crown', severity: 'block' }] },
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
    // one particular occasion: a count, "the", a past or a diagnosis, even after "if"
    { text: "Maybe if you'd brushed you wouldn't need six fillings.", context: 'review-reply', findings: [{ span: 'fillings', severity: 'warn' }] },
    { text: 'Sorry the novocaine took so long to wear off.', context: 'review-reply', findings: [{ span: 'novocaine', severity: 'warn' }] },
    { text: 'He was seen the same day for the chipped tooth.', context: 'review-reply', findings: [{ span: 'chipped tooth', severity: 'warn' }] },
    { text: 'Sounds like dry socket to you, Ty.', context: 'comment', findings: [{ span: 'dry socket' }] },
    // sympathy said to the person makes the condition theirs
    { text: 'Totally hear you. Dental anxiety is super common.', context: 'comment', findings: [{ span: 'Dental anxiety', severity: 'warn' }] },
    // "she" after a named patient; a singled-out person
    { text: 'Mrs. Patel came to us after 20 years. Today, after 3 fillings, she told us she feels great.', context: 'post', findings: [{ span: 'fillings', severity: 'warn' }] },
    { text: 'Shoutout to the Bellbrook HS senior with mono today, poor kid.', context: 'post', findings: [{ span: 'mono', severity: 'warn' }] },
    { text: 'You no-showed twice and still owe for the sealants.', context: 'review-reply', findings: [{ span: 'sealants', severity: 'warn' }] },
    { text: 'Ana, thanks! See you Tuesday for the next round of aligners', context: 'review-reply', findings: [{ span: 'aligners', severity: 'warn' }] },
    { text: "We're sorry you're dealing with that! Toothaches can have a lot of causes.", context: 'comment', findings: [{ span: 'Toothaches', severity: 'warn' }] },
    { text: 'The toddler in room 2 just took her first steps after hip surgery!', context: 'post', findings: [{ span: 'surgery', severity: 'warn' }] },
    { text: 'At 93, Mr. Ferreira still drives himself to every cleaning.', context: 'post', findings: [{ span: 'Mr. Ferreira still drives himself to every cleaning', severity: 'block' }] },
    { text: 'So glad your dad is home from the hospital, Mike!', context: 'comment', findings: [{ span: 'your dad is home from the hospital', severity: 'block' }] },
    // said as what the person has: "that's def a …"
    { text: "girl that's def a dry socket, pack it with gauze lol", context: 'comment', findings: [{ span: 'dry socket', severity: 'warn' }] },
    { text: 'bro its a filling not open heart surgery', context: 'comment', findings: [{ span: 'filling', severity: 'warn' }] },
    { text: 'That is probably an abscess, call us today.', context: 'comment', findings: [{ span: 'abscess', severity: 'warn' }] },
    { text: "@brynn_lee just swish with salt water and leave the clot alone, you'll be fine", context: 'comment', findings: [{ span: 'clot', severity: 'warn' }] },
    // a body part with something said about it
    { text: 'Omar, your son needs to stop the pacifier or his bite will be permanently open.', context: 'comment', findings: [{ span: 'his bite' }] },
    { text: 'Your gums were bleeding when you left, Sam.', context: 'comment', findings: [{ span: 'Your gums were bleeding' }] },
    { text: 'hi Tomasz, the wire poking your cheek, just push it flat and put some wax on it.', context: 'review-reply', findings: [{ span: 'Tomasz, the wire' }] },
    { text: 'Wow, a 1-star for a FREE exam. Some people', context: 'review-reply', findings: [{ span: 'exam', severity: 'warn' }] },
    { text: 'Thanks Lena! Glad the new retainer feels better than the old one.', context: 'review-reply', findings: [{ span: 'retainer', severity: 'warn' }] },
    // a tagged person in a post
    { text: 'Smile makeover for @taylor.reyes.fit: 8 porcelain veneers and a gum lift', context: 'post', findings: [{ span: 'porcelain veneers', severity: 'warn' }] },
    { text: '@brody_k07 skipped his fluoride again lol', context: 'post', findings: [{ span: 'his fluoride', severity: 'block' }] },
    { text: 'Little Aiyana Redcloud is our cavity-free club member of the week!', context: 'post', findings: [{ span: 'Aiyana Redcloud is our cavity', severity: 'block' }] },
    // sympathy makes a body part a problem; a relative named after the term, also in Spanish
    { text: "@the.real.mandy sorry about your son's tooth, bring him in today and we'll check it", context: 'comment', findings: [{ span: "your son's tooth", severity: 'block' }] },
    { text: 'Hola Sra. Ruiz! La receta para su hijo está lista en la farmacia.', context: 'comment', findings: [{ span: 'receta', severity: 'warn' }] },
    { text: 'We have a prescription for your daughter at the front desk.', context: 'comment', findings: [{ span: 'prescription', severity: 'warn' }] },
    // sympathy in other words, a broken appliance, a reaction or a question about what happened
    { text: 'Ugh, TMJ flare-ups are the worst. Warm compresses can help until we see you.', context: 'comment', findings: [{ span: 'TMJ', severity: 'warn' }, { span: 'flare-ups', severity: 'warn' }] },
    { text: '@dev.r ouch, a broken bracket right before picture day', context: 'comment', findings: [{ span: 'bracket', severity: 'warn' }] },
    { text: 'Glad the sensitivity is better since switching toothpaste!', context: 'comment', findings: [{ span: 'sensitivity', severity: 'warn' }] },
    { text: "Wow, 3 cavities at once?! Poor guy. We'll get him sorted.", context: 'comment', findings: [{ span: 'cavities', severity: 'warn' }] },
    { text: 'so the abscess drained on its own? still come in, seriously', context: 'comment', findings: [{ span: 'abscess', severity: 'warn' }] },
    { text: "Your little one's teething sounds rough! Cold washcloths help a lot.", context: 'comment', findings: [{ span: 'teething', severity: 'warn' }] },
  ],
});
