// @vitest-environment jsdom
// jsdom has no CSS Custom Highlight API; a small stand-in with the same surface records
// what the layer registers, so the bookkeeping (per owner, per severity, cleanup) is tested.
import { createHighlightLayer, HIGHLIGHT_NAMES } from '@/lib/assistant/highlightLayer';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.textContent = 'your root canal on March 3';
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map<string, FakeHighlight>() });
});
afterEach(() => vi.unstubAllGlobals());

function rangeOver(start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(document.body.firstChild!, start);
  range.setEnd(document.body.firstChild!, end);
  return range;
}

const registered = (severity: 'block' | 'warn' | 'info') =>
  [...((CSS.highlights as unknown as Map<string, FakeHighlight>).get(HIGHLIGHT_NAMES[severity]) ?? [])].map((r) =>
    (r as Range).toString(),
  );

describe('highlight layer', () => {
  it('registers one highlight per severity and its ::highlight styles once', () => {
    createHighlightLayer(document, new AbortController().signal);
    expect([...(CSS.highlights as unknown as Map<string, unknown>).keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    const styles = document.querySelectorAll('style[data-posting-assistant-highlights]');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain('::highlight(posting-assistant-block)');
    expect(styles[0]?.textContent).toContain('wavy');
  });

  it('replaces an owner’s ranges without touching another owner’s', () => {
    const layer = createHighlightLayer(document, new AbortController().signal);
    const a = {};
    const b = {};
    layer.draw(a, [{ severity: 'block', range: rangeOver(5, 15) }]);
    layer.draw(b, [{ severity: 'warn', range: rangeOver(19, 26) }]);
    expect(registered('block')).toEqual(['root canal']);
    layer.draw(a, [{ severity: 'info', range: rangeOver(0, 4) }]);
    expect(registered('block')).toEqual([]);
    expect(registered('info')).toEqual(['your']);
    expect(registered('warn')).toEqual(['March 3']);
    layer.clear(b);
    expect(registered('warn')).toEqual([]);
  });

  it('removes the highlights and the style when stopped', () => {
    const stop = new AbortController();
    const layer = createHighlightLayer(document, stop.signal);
    layer.draw({}, [{ severity: 'block', range: rangeOver(5, 15) }]);
    stop.abort();
    expect((CSS.highlights as unknown as Map<string, unknown>).size).toBe(0);
    expect(document.querySelector('style[data-posting-assistant-highlights]')).toBeNull();
  });

  it('does nothing where the API is missing', () => {
    vi.stubGlobal('Highlight', undefined);
    const layer = createHighlightLayer(document, new AbortController().signal);
    expect(layer.supported).toBe(false);
    expect(() => layer.draw({}, [{ severity: 'block', range: rangeOver(0, 4) }])).not.toThrow();
    expect(document.querySelector('style[data-posting-assistant-highlights]')).toBeNull();
  });
});
