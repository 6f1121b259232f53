import { buildDoc, type Doc } from '../doc';
import { memoByDoc } from './memo';

describe('memoByDoc', () => {
  test('computes once per document, also when the value is undefined', () => {
    let calls = 0;
    const nothing = memoByDoc(() => {
      calls++;
      return undefined;
    });
    const doc = buildDoc('Hello there');
    expect(nothing(doc)).toBeUndefined();
    expect(nothing(doc)).toBeUndefined();
    expect(calls).toBe(1);
    nothing(buildDoc('Another text'));
    expect(calls).toBe(2);
  });

  test('keeps computations apart and values per document', () => {
    const length = memoByDoc((doc) => doc.norm.length);
    const words = memoByDoc((doc) => doc.words.length);
    const a = buildDoc('one two three');
    const b = buildDoc('four');
    expect([length(a), words(a), length(b), words(b)]).toEqual([13, 3, 4, 1]);
  });

  test('works on any Doc through Doc.memo', () => {
    const base = buildDoc('a b');
    const seen: object[] = [];
    const doc: Doc = Object.assign(Object.create(null) as object, {
      ...{ norm: base.norm, words: base.words },
      memo<T>(key: object, compute: (d: Doc) => T): T {
        seen.push(key);
        return compute(doc);
      },
    }) as Doc;
    const count = memoByDoc((d) => d.words.length);
    expect(count(doc)).toBe(2);
    expect(seen).toHaveLength(1);
  });
});
