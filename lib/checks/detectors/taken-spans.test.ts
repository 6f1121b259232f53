import { TakenSpans } from './taken-spans';

describe('TakenSpans', () => {
  test.each([
    [{ start: 0, end: 3 }, false],
    [{ start: 3, end: 5 }, true],
    [{ start: 9, end: 10 }, true],
    [{ start: 10, end: 12 }, false],
    [{ start: 6, end: 6 }, false], // empty
    [{ start: 12, end: 20 }, true],
    [{ start: 19, end: 25 }, true],
  ])('%j overlaps [4,10) or [15,20): %s', (span, expected) => {
    const kept = new TakenSpans(30);
    expect(kept.overlaps(span)).toBe(false);
    kept.add({ start: 4, end: 10 });
    kept.add({ start: 15, end: 20 });
    expect(kept.overlaps(span)).toBe(expected);
  });

  test('agrees with a scan of the kept list on many spans', () => {
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const kept = new TakenSpans(200);
    const list: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < 400; k++) {
      const start = rand(200);
      const span = { start, end: Math.min(200, start + 1 + rand(12)) };
      const scan = list.some((f) => f.start < span.end && span.start < f.end);
      expect(kept.overlaps(span)).toBe(scan);
      if (!scan) {
        kept.add(span);
        list.push(span);
      }
    }
    expect(list.length).toBeGreaterThan(10);
  });
});
