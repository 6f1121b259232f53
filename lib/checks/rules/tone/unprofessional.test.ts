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
  ],
});
