import { postIdeasFor } from '@/lib/ideas';
import { OBSERVANCES } from '@/lib/ideas/observances';
import { EVERGREEN, SEASONAL } from '@/lib/ideas/seasons';

const titles = (date: string, n?: number) => postIdeasFor(date, n).map((i) => i.title);

describe('post ideas', () => {
  test('flu shots in autumn, sun safety in summer', () => {
    expect(titles('2026-10-05')).toContain('Flu shot season');
    expect(titles('2026-07-14')).toContain('Sun safety');
    expect(titles('2026-07-14')).not.toContain('Flu shot season');
  });

  test("the month's US health observances", () => {
    expect(titles('2026-02-10')[0]).toBe('American Heart Month');
    expect(titles('2026-10-20')[0]).toBe('Breast Cancer Awareness Month');
    expect(titles('2026-11-03')[0]).toBe('National Diabetes Month');
  });

  test('a few per month, no repeats, for every month', () => {
    for (let m = 1; m <= 12; m++) {
      const date = `2026-${String(m).padStart(2, '0')}-15`;
      const list = titles(date, 4);
      expect(list).toHaveLength(4);
      expect(new Set(list).size).toBe(4);
      expect(titles(date)).toHaveLength(3);
    }
  });

  test('every idea has a title and a one-line prompt', () => {
    const all = [...Object.values(OBSERVANCES).flat(), ...Object.values(SEASONAL).flat(), ...EVERGREEN];
    for (const idea of all) {
      expect(idea.title.length).toBeGreaterThan(3);
      expect(idea.prompt.length).toBeLessThan(140);
    }
  });
});
