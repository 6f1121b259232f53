import { ruleTester } from '@/tests/support/ruleTester';
import rule from './medical_advice';

ruleTester(rule, {
  valid: [
    { text: 'You can take your retainer out to eat, just keep it in the case.', context: 'comment', why: 'permission, not an order' },
    { text: 'He probably needs a nap after all that excitement!', context: 'comment', why: 'not a medical problem' },
    // General advice to everyone in a post is the point of a health post.
    'Cold and flu season tip: wash your hands and stay home when you are sick.',
    { text: 'Missed a dose? Never double your dose without talking to your pharmacist.', why: 'general advice, in a post' },
    { text: "Please don't stop any medication without talking to your doctor first.", context: 'comment', why: 'safe, general advice that defers to a clinician' },
    { text: 'Looks like flu season is here! Book your shot today.', context: 'comment' },
    { text: 'Please call the office so a nurse can go over your symptoms.', context: 'review-reply' },
    { text: "You'll need a referral from your primary care doctor for this visit.", context: 'comment', why: 'paperwork, not treatment' },
    'Reminder, everyone: stop taking ibuprofen a week before surgery unless told otherwise.',
    // Hard negatives for the structures.
    { text: 'Had a tooth pulled recently? Avoid straws and smoking for 24 hours to protect the clot.', why: 'general aftercare in a post' },
    { text: 'Please call us and we will take a look at that tooth.', context: 'comment', why: 'an invitation' },
    { text: 'Take your medication as prescribed and call us with questions.', context: 'comment', why: 'defers to the prescription' },
    { text: 'Sounds like a great time at the fair!', context: 'comment', why: 'no problem word' },
    // Watching, a cause that is not a symptom, and questions asked by many: near misses.
    { text: 'Keep an eye on your spam folder for the x-ray copies 👍', context: 'comment', why: '"keep an eye on" is watching' },
    { text: 'The delay must be from the storm; our phones were down all morning.', context: 'review-reply', why: 'not a symptom' },
    { text: 'Parents often ask us about thumb-sucking: most kids stop on their own by age four.', why: 'a question many ask, answered for everyone' },
    { text: 'Many parents asked about grinding this month. Call us if you notice it at night.', why: 'many askers, an invitation' },
    { text: 'If the pain is coming back, please call us so we can see you.', context: 'comment', why: 'no certainty about a cause' },
    { text: "It's probably just a scheduling mix-up; we'll fix it.", context: 'review-reply', why: 'not a diagnosis' },
    { text: 'Get your flu shot this season!', context: 'comment', why: 'public health, no medical object' },
  ],
  invalid: [
    // A cause told with certainty, without an exam.
    { text: 'The pain must be coming from somewhere else.', context: 'review-reply', findings: [{ span: 'pain must be coming' }] },
    { text: 'The sensitivity must be from the whitening you did at home.', context: 'review-reply', findings: [{ span: 'sensitivity must be from' }] },
    { text: 'the swelling is probably coming from how you sleep', context: 'comment', findings: [{ span: 'swelling is probably coming' }] },
    { text: 'Her headaches are definitely caused by stress at school.', context: 'comment', findings: [{ span: 'headaches are definitely caused' }] },
    // Text-speak certainty, and packing a socket.
    { text: "girl that's def a dry socket", context: 'comment', findings: [{ span: 'def a dry' }] },
    { text: 'honestly just pack it with gauze and bite down', context: 'comment', findings: [{ span: 'honestly just pack it with gauze' }] },
    // A post answering one person's question speaks to that person.
    { text: "Sophie's mom asked us about her thumb-sucking: paint her nails with bitter polish every night.", findings: [{ span: 'paint her nails' }] },
    { text: 'A dad asked us about his son grinding. Get him a night guard before bed.', findings: [{ span: 'Get him a night guard' }] },
    { text: 'you should stop taking your metformin', context: 'comment', findings: [{ span: 'stop taking your metformin', severity: 'block' }] },
    { text: 'Just double your dose tonight.', context: 'comment', findings: [{ span: 'double your dose', severity: 'block' }] },
    { text: 'Honestly you need an MRI.', context: 'review-reply', findings: [{ span: 'you need an MRI', severity: 'warn' }] },
    { text: 'Sounds like strep to me.', context: 'comment', findings: [{ span: 'Sounds like strep' }] },
    { text: 'Keep doing those nerve glides twice a day.', context: 'review-reply', findings: [{ span: 'Keep doing those nerve glides twice a day' }] },
    { text: "pull that stitch out yourself, it's been 10 days", context: 'comment', findings: [{ span: 'pull that stitch' }] },
    { text: 'Cedric, stop taking the warfarin until Friday.', context: 'post', findings: [{ span: 'stop taking the warfarin' }] },
    { text: 'Get her on antibiotics today.', context: 'comment', findings: [{ span: 'Get her on antibiotics' }] },
      // Structures: an instruction that acts on a body or a treatment, a diagnosis.
    { text: 'that sounds like a cracked filling, just chew on the other side until we can get you in', context: 'comment', findings: [{ span: 'sounds like a cracked' }, { span: 'just chew on the other side' }] },
    { text: 'Do not get X-rays anywhere and skip lidocaine until after delivery.', context: 'review-reply', findings: [{ span: 'Do not get X-rays' }, { span: 'skip lidocaine' }] },
    { text: 'To the dad who messaged: put the piece in milk and give him 200 mg ibuprofen.', findings: [{ span: 'put the piece' }, { span: 'give him 200 mg' }] },
    { text: 'Omar, your son needs to stop the pacifier now.', context: 'comment', findings: [{ span: 'your son needs to stop the pacifier' }] },
    { text: "it's probably a mild allergy", context: 'comment', findings: [{ span: 'probably a mild allergy' }] },
    { text: 'Skip your blood thinner the morning of the extraction.', context: 'comment', findings: [{ span: 'Skip your blood thinner' }] },
    { text: 'Rinse with warm salt water three times a day.', context: 'review-reply', findings: [{ span: 'Rinse with warm salt water three times a day' }] },
    { text: '@Brianna re: your question, half a Benadryl before bed should help.', findings: [{ span: 'Benadryl before bed should help' }] },
      { text: 'Your son probably just needs his adenoids out, Lisa.', context: 'comment', findings: [{ span: 'probably just needs his adenoids' }] },
    { text: 'Mike, hold off on the blood thinner the night before.', context: 'comment', findings: [{ span: 'hold off on the blood thinner' }] },
        { text: "Your mom doesn't need the MRI, a brace will do.", context: 'comment', findings: [{ span: "Your mom doesn't need the MRI" }] },
    { text: "Rachel, your son's inhaler should be used before every practice.", context: 'comment', findings: [{ span: 'inhaler should be used' }] },
      { text: '@dave_r switch to the preservative-free drops and use them every hour.', context: 'comment', findings: [{ span: 'switch to the preservative-free drops' }] },
    { text: 'You should be off the crutches by now; start putting weight on it.', context: 'review-reply', findings: [{ span: 'start putting weight' }] },
      { text: 'Put a warm tea bag on the socket and bite down for 30 minutes.', context: 'comment', findings: [{ span: 'Put a warm tea bag on the socket' }] },
    { text: '@nina_p your son needs an orthodontic eval.', context: 'comment', findings: [{ span: 'needs an orthodontic eval' }] },
    { text: 'Brush with baking soda for a week and the stain will fade.', context: 'comment', findings: [{ span: 'Brush with baking soda' }] },
      { text: 'Hey Jo, for the eczema try a thin layer of Aquaphor after bathing.', context: 'comment', findings: [{ span: 'try a thin layer of Aquaphor' }] },
    { text: "That's pink eye for sure.", context: 'comment', findings: [{ span: 'pink eye for sure' }] },
    { text: '@sasha you probably have plantar fasciitis.', context: 'comment', findings: [{ span: 'probably have plantar fasciitis' }] },
    { text: 'Dan, bump the insulin up two units at dinner.', context: 'comment', findings: [{ span: 'bump the insulin' }] },
  ],
});
