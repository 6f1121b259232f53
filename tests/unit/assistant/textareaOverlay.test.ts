// @vitest-environment jsdom
import { createTextareaOverlay } from '@/lib/assistant/textareaOverlay';
import type { Finding } from '@/lib/checks/types';

function finding(start: number, end: number, severity: Finding['severity']): Finding {
  return { rule: 'phi/x', category: 'phi', type: 'health_info', severity, start, end, message: 'm' };
}

describe('textarea overlay', () => {
  it('mirrors the text as text with a mark over each finding, and goes away when stopped', () => {
    const textarea = document.createElement('textarea');
    const host = document.createElement('div');
    document.body.append(textarea, host);
    const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const stop = new AbortController();
    const overlay = createTextareaOverlay(textarea, container, host, stop.signal);
    const text = '<i>Hi</i> your root canal on March 3\n';
    overlay.draw(text, [finding(25, 35, 'warn'), finding(15, 25, 'block')]);

    const marks = [...overlay.element.querySelectorAll('mark')];
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ['pa-mark pa-mark-block', 'root canal'],
      ['pa-mark pa-mark-warn', ' on March '],
    ]);
    expect(overlay.element.querySelector('i')).toBeNull();
    expect(overlay.element.textContent).toBe(`${text}\u200b`);
    expect(overlay.element.getAttribute('aria-hidden')).toBe('true');

    stop.abort();
    expect(container.querySelector('.pa-overlay')).toBeNull();
  });
});

describe('textarea overlay redraws', () => {
  it('keeps its marks when the same findings come for the same text, and redraws when they differ', () => {
    const textarea = document.createElement('textarea');
    const host = document.createElement('div');
    document.body.append(textarea, host);
    const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const overlay = createTextareaOverlay(textarea, container, host, new AbortController().signal);
    overlay.draw('your root canal', [finding(5, 15, 'block')]);
    const mark = overlay.element.querySelector('mark');
    overlay.draw('your root canal', [finding(5, 15, 'block')]);
    expect(overlay.element.querySelector('mark')).toBe(mark);
    overlay.draw('your root canal', [finding(5, 15, 'warn')]);
    expect(overlay.element.querySelector('mark')).not.toBe(mark);
    expect(overlay.element.querySelector('mark')?.className).toBe('pa-mark pa-mark-warn');
  });
});
