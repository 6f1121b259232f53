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
    // a capitalised word whose "her"/"his" care follows: the person the care belongs to
    ['We are so sorry Aiyana had such a hard time with her sealants.', 'review-reply', ['Aiyana']],
    ['we are SO proud of Mere for getting through her first filling', 'comment', ['Mere']],
    ['So glad Tamsin finally got her braces off!', 'review-reply', ['Tamsin']],
    ['Thanks for bringing Oyelaran in for his checkup.', 'review-reply', ['Oyelaran']],
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
    // a place before someone's care, or care that is no one's health
    ["We're sorry Portland traffic made her late for her cleaning.", 'review-reply'],
    ['Our patient from Creswell drove 2 hours for her root canal!', 'post'],
    ['We hope Seattle treats her well after her move.', 'review-reply'],
    ['Huge thanks to Kezia for finishing her CPR recertification!', 'post'],
  ] as const)('names no one in %j', (text, context) => {
    expect(patientsNamed(text, context)).toEqual([]);
  });
});
