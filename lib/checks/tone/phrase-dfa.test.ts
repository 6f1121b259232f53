import { buildDoc } from '../doc';
import { definePhraseSet } from './phrase-set';

// The phrase matcher walks all patterns that start at a word as one lazily built DFA whose
// steps are cached across documents (phrase-dfa.ts). These cases pin what it must find.
const set = definePhraseSet([
  { phrase: 'we (did|do) nothing wrong' },
  { phrase: 'we did' },
  { phrase: 'sorry ~ but' },
  { phrase: '(our|the) (policy|rules) (is|are) clear' },
  { phrase: 'take # (pills|tablets)' },
]);
const found = (text: string) => set.find(buildDoc(text)).map((m) => text.slice(m.start, m.end));

describe('tone phrase matching', () => {
  test.each([
    ['We did nothing wrong.', ['We did nothing wrong']],
    ['we did. Nothing wrong here', ['we did']],
    ['Sorry for the wait but we were busy', ['Sorry for the wait but']],
    ['Sorry, one two three four five but', []],
    ['The rules are clear and our policy is clear', ['The rules are clear', 'our policy is clear']],
    ['take 2 pills, take two pills', ['take 2 pills']],
    ['nothing to see', []],
  ])('finds in %j: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('finds the same when its cached steps are read back', () => {
    const text = 'We did nothing wrong. Sorry about it but the policy is clear.';
    const first = found(text);
    expect(found(text)).toEqual(first);
    expect(first).toEqual(['We did nothing wrong', 'Sorry about it but', 'the policy is clear']);
  });

  test('finds the same after a text of many different words overflows the cache', () => {
    const text = 'Sorry about the rain but we did nothing wrong.';
    const before = found(text);
    // Each new word after "sorry" is a new cached step: 60,000 of them pass the cache's bound.
    const many = Array.from({ length: 60_000 }, (_, i) => `sorry w${i.toString(36)}`).join('. ');
    expect(found(many)).toEqual([]);
    expect(found(text)).toEqual(before);
    expect(before).toEqual(['Sorry about the rain but', 'we did nothing wrong']);
  });
});
