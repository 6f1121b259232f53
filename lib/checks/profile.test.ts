import { PracticeSpans } from './profile';

describe('PracticeSpans.contains', () => {
  const spans = () => new PracticeSpans([{ start: 40, end: 50 }, { start: 0, end: 10 }, { start: 5, end: 30 }, { start: 42, end: 45 }]);

  test.each([
    [{ start: 0, end: 10 }, true], // exactly a span
    [{ start: 6, end: 29 }, true], // inside the overlapping one, not the first
    [{ start: 8, end: 12 }, true], // inside 5–30 though it starts after 0–10 began
    [{ start: 29, end: 31 }, false], // runs past every span
    [{ start: 43, end: 44 }, true],
    [{ start: 35, end: 41 }, false], // starts before 40–50
    [{ start: 50, end: 52 }, false],
    [{ start: -3, end: 2 }, false],
  ])('%o → %s', (span, inside) => {
    expect(spans().contains(span)).toBe(inside);
  });

  test('agrees with checking every span, on many random spans', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: random(12) }, () => {
        const start = random(100);
        return { start, end: start + 1 + random(20) };
      });
      const practice = new PracticeSpans([...list]);
      for (let k = 0; k < 20; k++) {
        const start = random(110);
        const span = { start, end: start + 1 + random(15) };
        expect(practice.contains(span)).toBe(list.some((s) => span.start >= s.start && span.end <= s.end));
      }
    }
  });
});
