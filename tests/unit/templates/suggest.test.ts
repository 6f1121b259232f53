import { suggestSituation } from '@/lib/templates/suggest';

describe('suggestSituation', () => {
  test.each([
    [{ stars: 5, text: 'Wonderful team' }, 'positive'],
    [{ stars: 4 }, 'positive'],
    [{ stars: 1, text: 'Waited over an hour past my appointment time.' }, 'wait-time'],
    [{ stars: 2, text: 'They billed my insurance twice and sent me to collections.' }, 'billing'],
    [{ stars: 1, text: 'The receptionist was rude and dismissive.' }, 'staff-attitude'],
    [{ stars: 1, text: 'I could never get through, always on hold.' }, 'scheduling'],
    [{ stars: 1, text: 'My shoulder is worse than before.' }, 'outcome'],
    [{ stars: 1, text: "I've never been there, wrong place?" }, 'suspected-fake'],
    [{ stars: 1, text: 'Meh.' }, 'general'],
  ] as const)('%j → %s', (review, situation) => {
    expect(suggestSituation(review)).toBe(situation);
  });

  test.each([[undefined], [{}], [{ stars: 3, text: 'It was fine.' }]])('proposes nothing for %j', (review) => {
    expect(suggestSituation(review)).toBeUndefined();
  });
});
