import { ruleTester } from '@/tests/support/ruleTester';
import rule from './hostile';

ruleTester(rule, {
  valid: [
    // Calm replies, and advice that only sounds like "don't come back".
    "We're sorry to hear this and would like to talk. Please call us.",
    { text: "Don't come back to school until you are fever-free for 24 hours.", why: 'health advice, not a threat' },
    { text: 'We can help you find another provider if our hours do not work for you.', context: 'review-reply', why: 'an offer of help' },
    'Our lawyer-free estate planning seminar is cancelled.',
    'Please lie down for ten minutes after your shot.',
    'Nobody cares more about your comfort than our hygienists.',
    "You're welcome to call us anytime.",
    // Hard negatives for the structures: sympathy, warmth, codes in capitals, kind reviews.
    { text: "We're so sorry you were miserable after the extraction.", context: 'review-reply', why: 'sympathy' },
    { text: "You're not crazy, that tooth can ache for a few days.", context: 'comment', why: 'negated' },
    { text: 'Thank you for your kind review! We look forward to seeing you.', context: 'review-reply', why: '"your kind" review' },
    { text: 'Your serial is SN-MAD-30917B, give that to the lab.', context: 'comment', why: 'an identifier in capitals' },
    { text: 'Congrats on finishing Invisalign!!! Your smile is AMAZING', context: 'comment', why: 'warm shouting is not hostile' },
    { text: "It's been a joy watching you grow up.", context: 'review-reply', why: 'warmth' },
    { text: 'today: a patient with zero cavities. ZERO. 😤', why: 'triumph in a post' },
    { text: "We're not going to argue with your experience; we're sorry and want to listen.", context: 'review-reply', why: 'an apology' },
  ],
  invalid: [
    {
      text: "We'll see you in court, liar.",
      context: 'review-reply',
      findings: [
        { span: 'see you in court', severity: 'block' },
        { span: 'liar', severity: 'block' },
      ],
    },
    { text: 'Our attorney will be in touch about this defamation.', context: 'review-reply', findings: [{ span: 'Our attorney', severity: 'block' }, { span: 'defamation', severity: 'block' }] },
    { text: 'Keep talking and we will see you in small claims court.', context: 'review-reply', findings: [{ span: 'Keep talking', severity: 'block' }, { span: 'see you in small claims court' }] },
    { text: "Don't come back.", context: 'review-reply', findings: [{ span: "Don't come back", severity: 'block' }] },
    { text: 'STOP posting lies!!!', context: 'review-reply', findings: [{ span: 'posting lies', severity: 'block' }] },
    { text: 'BE PATIENT OR BE ELSEWHERE.', findings: [{ span: 'BE PATIENT OR BE' }] },
    { text: "We're honestly not sure what you're upset about.", context: 'review-reply', findings: [{ span: "We're honestly not sure what you're upset about" }] },
    { text: "You're being ridiculous.", context: 'comment', findings: [{ span: "You're being ridiculous", severity: 'block' }] },
    { text: 'Call us like a normal person 😤', context: 'comment', findings: [{ span: 'like a normal person' }, { span: '😤', suggestion: '' }] },
      // Structures: insults aimed at the reader, raised voice at the reader, dismissal, contempt.
    { text: 'You are a miserable person and it shows.', context: 'review-reply', findings: [{ span: 'You are a miserable', severity: 'block' }] },
    { text: "you're clearly delusional", context: 'comment', findings: [{ span: "you're clearly delusional" }] },
    { text: 'NOBODY WAS RUDE TO YOU. Read the policy.', context: 'review-reply', findings: [{ span: 'NOBODY WAS RUDE TO YOU' }] },
    { text: 'Your son was kicking. What did you expect us to do???', context: 'review-reply', findings: [{ span: 'What did you expect us to do' }] },
    { text: 'Forms are due before your visit or we WILL reschedule you!!!', findings: [{ span: 'Forms are due before your visit or we WILL reschedule you' }] },
    { text: 'Whatever.', context: 'review-reply', findings: [{ span: 'Whatever' }] },
    { text: 'Pathetic. Grown adult throwing a tantrum over a copay.', context: 'comment', findings: [{ span: 'Pathetic' }, { span: 'Grown adult' }, { span: 'throwing a tantrum' }] },
    { text: 'Enjoy the mall dentist. We won\'t miss you.', context: 'review-reply', findings: [{ span: "We won't miss you", severity: 'block' }] },
    { text: "Don't bother calling. We have nothing to discuss with you.", context: 'review-reply', findings: [{ span: "Don't bother calling" }, { span: 'nothing to discuss with you' }] },
    { text: 'We do not treat people who scream at our staff.', context: 'review-reply', findings: [{ span: 'We do not treat people who' }] },
    { text: 'this review is straight up BS and u know it', context: 'review-reply', findings: [{ span: 'is straight up BS' }, { span: 'and u know it' }] },
    { text: 'who even writes reviews like this 🤡', context: 'comment', findings: [{ span: 'who even writes' }, { span: '🤡' }] },
    { text: 'Honestly, your teeth were in terrible shape when you came in.', context: 'review-reply', findings: [{ span: 'your teeth were in terrible shape' }] },
    { text: 'Stop harassing our staff or we will call the police.', context: 'review-reply', findings: [{ span: 'Stop harassing' }, { span: 'call the police', severity: 'block' }] },
    { text: 'Keep writing fake reviews and see what happens.', context: 'review-reply', findings: [{ span: 'Keep writing' }, { span: 'fake reviews' }, { span: 'see what happens' }] },
    { text: 'Take your drama somewhere else.', context: 'review-reply', findings: [{ span: 'Take your drama somewhere' }] },
    { text: 'You made all of this up.', context: 'review-reply', findings: [{ span: 'You made all of this up', severity: 'block' }] },
    { text: 'Learn some manners before you come in again.', context: 'review-reply', findings: [{ span: 'Learn some manners' }] },
  ],
});
