import { buildDoc } from '../doc';
import type { Context } from '../types';
import { findPeople } from './people';

// Who a text names, as findPeople reads it: [text, context, the mentions' text (patients only)].
const patientsNamed = (text: string, context: Context) =>
  findPeople(buildDoc(text, { context })).filter((m) => !m.staff && !m.public).map((m) => text.slice(m.start, m.end));

describe('person mentions: structures that name someone not on our lists', () => {
  test.each([
    // a name said to the reader before a dash, as well as before a comma
    ['Kiona — you really need to stop the pacifier now.', 'comment', ['Kiona']],
    ['Kiona - you really need to stop the pacifier now.', 'comment', ['Kiona']],
    ['Tamsin – we looked into this for you.', 'review-reply', ['Tamsin']],
    // "named" introduces a name, listed or not
    ['There is no one named Rustam Nazarov in our records.', 'review-reply', ['Rustam Nazarov']],
    ['We have nobody named Oyelaran on file.', 'review-reply', ['Oyelaran']],
    // one child named by the family's name, as "the Nakamura kids" names several
    ['the Hodgkins kid in chair 2 asked to keep his tooth', 'post', ['Hodgkins kid']],
    ['The Okafor girl was so brave today!', 'post', ['Okafor girl']],
  ] as const)('names someone in %j', (text, context, expected) => {
    expect(patientsNamed(text, context)).toEqual(expected);
  });

  test.each([
    // a word for anyone said to someone is no name
    ['Mate, you rocked up 25 minutes late.', 'review-reply'],
    ['Bro - that is not how floss works.', 'comment'],
    ['Dude, relax.', 'comment'],
    // a hyphen inside a word is no dash after a name
    ['Well-known fact: sugar feeds cavities.', 'comment'],
    // "named" before an everyday word, a pet or nothing like a name
    ['We adopted a puppy named Biscuit!', 'post'],
    ['Our practice was named Best Family Dentist this year.', 'post'],
    // "kid" after an everyday capitalised word
    ['The New kid on the block is our sterilizer.', 'post'],
  ] as const)('names no one in %j', (text, context) => {
    expect(patientsNamed(text, context)).toEqual([]);
  });
});
