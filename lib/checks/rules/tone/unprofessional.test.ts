import { ruleTester } from '@/tests/support/ruleTester';
import rule from './unprofessional';

ruleTester(rule, {
  valid: [
    // Casual warmth is fine; so are words that only look like swearing.
    'There are no dumb questions: ask us anything!',
    'Hello! Our class on assessing hearing loss starts at 5.',
    { text: 'Aww, poor thing. We will go slow at her visit.', context: 'comment', why: 'sympathy in a comment, not gossip' },
    { text: 'lol yes, bring the retainer by and we will adjust it', context: 'comment', why: 'friendly laugh in a comment' },
    'Our 9am flu clinic is open to everyone.',
    'Life hacks for busy parents: pack lunches the night before.',
    'Email us at care@example.com with questions.',
    { text: 'Haha, we cannot take credit for the sunshine 😄', context: 'comment', why: 'laughing along, as the practice' },
    { text: 'thank u so much Bernadette, see you in 3 months!', context: 'review-reply', why: 'warm thanks written like a text' },
    { text: 'Thanks for the ⭐⭐⭐⭐⭐ review!', context: 'review-reply', why: 'a star rating is not an emoji pile' },
    { text: 'Vote for us in the Best of Valley awards!', why: 'a vote for the practice' },
    { text: 'Ha, Dr. Lee swears his favorite candy is sugar-free gum 😂', context: 'comment', why: 'a laugh along in a comment' },
    { text: 'Our team is going to crush the charity 5k this weekend 🏃', why: 'staff news' },
  ],
  invalid: [
    { text: 'this is sh*t', findings: [{ span: 'sh*t', severity: 'block', suggestion: null }] },
    { text: 'What a load of bullshit.', context: 'comment', findings: [{ span: 'bullshit', severity: 'block' }] },
    { text: 'ngl the peds office across the street has the worst lollipops', findings: [{ span: 'ngl', severity: 'warn' }, { span: 'across the street has the worst' }] },
    { text: 'the 11am today was a senior with mono. poor kid', findings: [{ span: 'the 11am today' }, { span: 'poor kid' }] },
    { text: 'What an idiot.', context: 'comment', findings: [{ span: 'idiot' }] },
    { text: 'lmaooo is this the lady who fainted in the waiting room', context: 'comment', findings: [{ span: 'lmaooo' }, { span: 'the lady who fainted' }] },
    { text: 'sorry ur mad', context: 'review-reply', findings: [{ span: 'ur' }] },
    { text: 'That is a f**king joke.', context: 'comment', findings: [{ span: 'f**king', severity: 'block' }] },
    // Word classes: laughs, chat words, text spellings, emoji piles, politics, staff gossip.
    { text: 'lol the portal shows her logging in every night', findings: [{ span: 'lol' }] },
    { text: 'Honestly the waiting room is the least of your problems lol', context: 'comment', findings: [{ span: 'lol' }] },
    { text: 'omg yes see you there', context: 'comment', findings: [{ span: 'omg' }] },
    { text: 'ugh Mondays. The printer is jammed again.', findings: [{ span: 'ugh' }] },
    { text: 'if u actually flossed we would not be having this talk', context: 'review-reply', findings: [{ span: 'u' }] },
    { text: 'stop it you are too sweet 🥹🥹🥹💕💕', context: 'comment', findings: [{ span: '🥹🥹🥹💕💕' }] },
    { text: 'Anyone voting for that levy hates small businesses.', findings: [{ span: 'voting' }, { span: 'levy' }] },
    { text: "Dr. Brandt's ex showed up at the front desk today.", findings: [{ span: "Dr. Brandt's ex" }] },
    { text: 'someone tell the guy in the Broncos hat he left his phone here 😂', findings: [{ span: '😂' }] },
    { text: 'Front desk tea: somebody keeps stealing yogurts', findings: [{ span: 'Front desk tea' }] },
  ],
});
