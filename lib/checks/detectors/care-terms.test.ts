import { buildDoc } from '../doc';
import { findHealthTerms } from './care-terms';

// Which words the health lists hold. Whether a term belongs to anyone is ties.ts's question:
// these rows only say that the word is care at all.
const healthTerms = (text: string) => {
  const doc = buildDoc(text, { context: 'review-reply' });
  return findHealthTerms(doc).map((m) => doc.words.slice(m.first, m.first + m.count).map((w) => w.lower).join(' '));
};

describe('health terms', () => {
  test.each([
    // a procedure or a medicine in general words is still care ("before the procedure",
    // "prescribed correct medicine")
    ['the doctor explained everything before the procedure', ['procedure']],
    ['two procedures in one morning', ['procedures']],
    ['prescribed correct medicine only', ['medicine']],
    ['her medicines and medications', ['medicines', 'medications']],
  ])('%j holds %j', (text, expected) => {
    expect(healthTerms(text)).toEqual(expected);
  });

  test.each([
    ['the proceeds go to the food bank'],
    ['we follow the same steps every morning'],
  ])('%j holds none', (text) => {
    expect(healthTerms(text)).toEqual([]);
  });
});
