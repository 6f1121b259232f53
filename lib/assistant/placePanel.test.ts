import { EDGE, GAP, placePanel, type Rect } from './placePanel';

const viewport = { width: 1000, height: 800 };
const badge = (top: number, right: number): Rect => ({ top, bottom: top + 24, left: right - 60, right });

describe('placePanel', () => {
  test.each([
    // [case, anchor, panel, expected]
    ['room below: under the badge, right edges aligned', badge(100, 900), { width: 380, height: 300 }, { top: 124 + GAP, left: 520, side: 'below' }],
    ['no room below but room above: over the badge', badge(700, 900), { width: 380, height: 300 }, { top: 700 - GAP - 300, left: 520, side: 'above' }],
    ['badge near the left edge: kept inside the viewport', badge(100, 120), { width: 380, height: 300 }, { top: 124 + GAP, left: EDGE, side: 'below' }],
    ['badge past the right edge: kept inside the viewport', badge(100, 1100), { width: 380, height: 300 }, { top: 124 + GAP, left: 1000 - 380 - EDGE, side: 'below' }],
    ['tall panel, more room below: below and scrolls', badge(300, 900), { width: 380, height: 2000 }, { top: 324 + GAP, left: 520, side: 'below' }],
    ['tall panel, more room above: above, from the top edge', badge(600, 900), { width: 380, height: 2000 }, { top: EDGE, left: 520, side: 'above' }],
  ] as const)('%s', (_name, anchor, panel, expected) => {
    expect(placePanel(anchor, panel, viewport)).toMatchObject(expected);
  });

  test('the panel never runs off the screen: its height is capped by the room on its side', () => {
    for (const top of [0, 50, 300, 500, 776]) {
      const p = placePanel(badge(top, 900), { width: 380, height: 5000 }, viewport);
      const bottom = p.top + Math.min(5000, p.maxHeight);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(viewport.height - EDGE + 0.001);
    }
  });

  test('a viewport narrower than the panel pins it to the left edge', () => {
    expect(placePanel(badge(100, 300), { width: 380, height: 100 }, { width: 320, height: 600 }).left).toBe(EDGE);
  });
});
