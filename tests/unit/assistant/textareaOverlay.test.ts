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
