// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { attachComposer } from '@/lib/assistant/attachComposer';
import type { HighlightLayer } from '@/lib/assistant/highlightLayer';
import type { AssistantDeps } from '@/lib/assistant/types';
import { runInAct } from '@/tests/support/runInAct';
import { contentEditableDriver, fakeAnalyze, makeComposer, settingsWith, textareaDriver, typeInto } from './fakes';

const noHighlights: HighlightLayer = { draw() {}, clear() {}, supported: false };

function hostOf(): HTMLElement {
  const host = document.querySelector<HTMLElement>('[data-posting-assistant]');
  if (!host) throw new Error('no host element');
  return host;
}

function setup(words: Parameters<typeof fakeAnalyze>[0], settings = settingsWith()) {
  const analyze = fakeAnalyze(words);
  const driver = textareaDriver();
  const deps: AssistantDeps = { analyze, driverFor: () => driver, openHelp: vi.fn() };
  const composer = makeComposer('textarea');
  const stop = new AbortController();
  // attachComposer mounts the panel's React root at once: its first render commits in act.
  const handle = runInAct(() => attachComposer(composer, { deps, highlights: noHighlights, settings, signal: stop.signal }));
  const area = composer.element as HTMLTextAreaElement;
  return { analyze, driver, deps, composer, stop, handle, area };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('checking while staff type', () => {
  it('waits for a 200 ms pause before reading and analysing, then shows the state', async () => {
    const { analyze, area } = setup({ 'root canal': { severity: 'block' } });
    await act(async () => vi.advanceTimersByTime(0)); // the first look at the (empty) box
    analyze.mockClear();
    for (const ch of 'your root canal') {
      typeInto(area, ch);
      await act(async () => vi.advanceTimersByTime(50));
    }
    expect(analyze).not.toHaveBeenCalled();
    expect(hostOf().dataset.state).toBe('checking');
    await act(async () => vi.advanceTimersByTime(150));
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]?.[0]).toBe('your root canal');
    expect(hostOf().dataset.state).toBe('issues');
    expect(hostOf().dataset.findings).toBe('1');
  });

  it('passes the box kind, site, profile and watch words to analyze', async () => {
    const settings = settingsWith({ watchWords: ['Lakeside'] });
    settings.profile = { practiceName: 'Riverbend Family Dental' };
    const { analyze } = setup({}, settings);
    await act(async () => vi.advanceTimersByTime(0));
    expect(analyze).toHaveBeenCalledWith('', {
      context: 'review-reply',
      site: 'yelp',
      profile: { practiceName: 'Riverbend Family Dental' },
      watchWords: ['Lakeside'],
    });
  });

  it('checks at once after a paste', async () => {
    const { analyze, area } = setup({ '555-0100': { severity: 'block' } });
    await act(async () => vi.advanceTimersByTime(0));
    analyze.mockClear();
    area.value = 'call 555-0100';
    area.dispatchEvent(new Event('paste', { bubbles: true }));
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await act(async () => vi.advanceTimersByTime(1));
    expect(analyze).toHaveBeenCalledWith('call 555-0100', expect.anything());
    expect(hostOf().dataset.state).toBe('issues');
  });

  it('shows ok with a zero count for a clean post, and the kind and site on the host', async () => {
    const { area } = setup({ 'root canal': { severity: 'block' } });
    typeInto(area, 'Thank you for the kind words!');
    await act(async () => vi.advanceTimersByTime(200));
    const host = hostOf();
    expect(host.dataset.state).toBe('ok');
    expect(host.dataset.findings).toBe('0');
    expect(host.dataset.kind).toBe('review-reply');
    expect(host.dataset.site).toBe('yelp');
    expect(host.shadowRoot?.mode).toBe('open');
  });

  it('does not analyse again when the text did not change (arrow keys, clicks)', async () => {
    const { analyze, area } = setup({});
    typeInto(area, 'hello');
    await act(async () => vi.advanceTimersByTime(200));
    const calls = analyze.mock.calls.length;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await act(async () => vi.advanceTimersByTime(200));
    expect(analyze.mock.calls.length).toBe(calls);
    expect(hostOf().dataset.state).toBe('ok');
  });
});

describe('severity settings', () => {
  it('counts only warn and block findings, and hides those below the lowest severity', async () => {
    const words = { 'root canal': { severity: 'block' as const }, visit: { severity: 'warn' as const }, call: { severity: 'info' as const } };
    const { area, handle } = setup(words);
    typeInto(area, 'your visit and root canal; call us');
    await act(async () => vi.advanceTimersByTime(200));
    expect(hostOf().dataset.findings).toBe('2');
    expect(handle.session.report().findings.map((f) => f.severity)).toEqual(['warn', 'block', 'info']);

    await act(async () => handle.setSettings(settingsWith({ minSeverity: { phi: 'block', tone: 'info' } })));
    expect(hostOf().dataset.findings).toBe('1');
    expect(handle.session.report().findings.map((f) => f.severity)).toEqual(['block']);
  });

  it('re-analyses when the watch words change', async () => {
    const { analyze, area, handle } = setup({});
    typeInto(area, 'near Lakeside');
    await act(async () => vi.advanceTimersByTime(200));
    const calls = analyze.mock.calls.length;
    await act(async () => handle.setSettings(settingsWith({ watchWords: ['Lakeside'] })));
    await act(async () => vi.advanceTimersByTime(1));
    expect(analyze.mock.calls.length).toBe(calls + 1);
    expect(analyze.mock.lastCall?.[1]?.watchWords).toEqual(['Lakeside']);
  });
});

describe('Ignore', () => {
  it('hides that finding for that text, even after other edits, but not other words of the rule', async () => {
    const { area, handle } = setup({ 'root canal': { severity: 'block' }, crown: { severity: 'block' } });
    typeInto(area, 'your root canal');
    await act(async () => vi.advanceTimersByTime(200));
    const [finding] = handle.session.report().findings;
    const ignore = hostOf().shadowRoot!;
    // Through the panel, as a user would.
    await act(async () => ignore.querySelector<HTMLButtonElement>('.pa-badge')!.click());
    await act(async () => ignore.querySelector<HTMLButtonElement>('button[aria-label^="Ignore"]')!.click());
    expect(finding?.rule).toBe('phi/root-canal');
    expect(hostOf().dataset.findings).toBe('0');
    expect(hostOf().dataset.state).toBe('ok');

    typeInto(area, ' went well');
    await act(async () => vi.advanceTimersByTime(200));
    expect(hostOf().dataset.findings).toBe('0');

    typeInto(area, ' and the crown');
    await act(async () => vi.advanceTimersByTime(200));
    expect(handle.session.report().findings.map((f) => area.value.slice(f.start, f.end))).toEqual(['crown']);
  });
});

describe('Apply', () => {
  it('replaces exactly the flagged span through the driver, then checks again', async () => {
    const { area, driver, handle, analyze } = setup({ 'root canal': { severity: 'block', suggestion: 'visit' } });
    typeInto(area, 'We hope your root canal went well.');
    await act(async () => vi.advanceTimersByTime(200));
    const calls = analyze.mock.calls.length;
    const shadow = hostOf().shadowRoot!;
    await act(async () => shadow.querySelector<HTMLButtonElement>('.pa-badge')!.click());
    await act(async () => shadow.querySelector<HTMLButtonElement>('button.pa-primary')!.click());
    expect(driver.replaceRange).toHaveBeenCalledWith(area, 13, 23, 'visit');
    expect(area.value).toBe('We hope your visit went well.');
    expect(analyze.mock.calls.length).toBe(calls + 1);
    expect(handle.session.report().findings).toEqual([]);
    expect(hostOf().dataset.state).toBe('ok');
  });

  it('finds the span again when the text moved since the check', async () => {
    const { area, driver } = setup({ 'root canal': { severity: 'block', suggestion: 'visit' } });
    typeInto(area, 'your root canal');
    await act(async () => vi.advanceTimersByTime(200));
    const shadow = hostOf().shadowRoot!;
    await act(async () => shadow.querySelector<HTMLButtonElement>('.pa-badge')!.click());
    area.value = 'Hi! your root canal'; // typed before the next check ran
    await act(async () => shadow.querySelector<HTMLButtonElement>('button.pa-primary')!.click());
    expect(driver.replaceRange).toHaveBeenCalledWith(area, 9, 19, 'visit');
    expect(area.value).toBe('Hi! your visit');
  });
});

describe('robustness', () => {
  it('ends quietly and removes its UI when the box is removed before the check runs', async () => {
    const { area, composer, analyze } = setup({ x: { severity: 'block' } });
    typeInto(area, 'x');
    composer.element.parentElement!.remove();
    await act(async () => vi.advanceTimersByTime(200));
    expect(document.querySelector('[data-posting-assistant]')).toBeNull();
    expect(analyze).not.toHaveBeenCalledWith('x', expect.anything());
  });

  it('removes its UI and stops listening when the signal aborts (extension reloaded)', async () => {
    const { area, stop, analyze } = setup({});
    await act(async () => vi.advanceTimersByTime(0));
    await act(async () => stop.abort());
    expect(document.querySelector('[data-posting-assistant]')).toBeNull();
    analyze.mockClear();
    typeInto(area, 'more');
    await act(async () => vi.advanceTimersByTime(500));
    expect(analyze).not.toHaveBeenCalled();
  });

  it('draws at most 200 findings and says so in the panel', async () => {
    const draw = vi.fn();
    const highlights: HighlightLayer = { draw, clear() {}, supported: true };
    const analyze = fakeAnalyze({ PHI: { severity: 'warn' } });
    const composer = makeComposer('contenteditable');
    composer.element.textContent = 'PHI '.repeat(1000);
    const deps: AssistantDeps = { analyze, driverFor: () => contentEditableDriver(), openHelp: vi.fn() };
    runInAct(() => attachComposer(composer, { deps, highlights, settings: settingsWith(), signal: new AbortController().signal }));
    await act(async () => vi.advanceTimersByTime(0));
    expect(hostOf().dataset.findings).toBe('1000');
    expect(draw.mock.lastCall?.[1]).toHaveLength(200);
    const shadow = hostOf().shadowRoot!;
    await act(async () => shadow.querySelector<HTMLButtonElement>('.pa-badge')!.click());
    expect(shadow.querySelectorAll('.pa-item')).toHaveLength(200);
    expect(shadow.textContent).toContain('first 200 of 1,000');
  });

  it('checks a 100,000-character paste in slices and shows every finding at its place', async () => {
    const { area, handle, analyze } = setup({ 'root canal': { severity: 'block' } });
    await act(async () => vi.advanceTimersByTime(0));
    analyze.mockClear();
    area.value = Array.from({ length: 1100 }, (_, i) => `${i}. About your root canal on March 3, we are sorry. `).join('\n');
    area.dispatchEvent(new Event('paste', { bubbles: true }));
    await act(async () => vi.advanceTimersByTime(1));
    // Pieces, not the whole text in one go.
    expect(analyze.mock.calls.every(([piece]) => piece.length <= 3000)).toBe(true);
    await act(async () => vi.runAllTimersAsync());
    const { findings, state } = handle.session.report();
    expect(state).toBe('issues');
    expect(findings).toHaveLength(1100);
    for (const f of findings) expect(area.value.slice(f.start, f.end)).toBe('root canal');
    expect(hostOf().dataset.findings).toBe('1100');
  });

  it('maps contenteditable findings to ranges over exactly the flagged words', async () => {
    const draw = vi.fn();
    const highlights: HighlightLayer = { draw, clear() {}, supported: true };
    const composer = makeComposer('contenteditable');
    composer.element.textContent = '👋 שלום your root canal';
    const deps: AssistantDeps = {
      analyze: fakeAnalyze({ 'root canal': { severity: 'block' } }),
      driverFor: () => contentEditableDriver(),
      openHelp: vi.fn(),
    };
    runInAct(() => attachComposer(composer, { deps, highlights, settings: settingsWith(), signal: new AbortController().signal }));
    await act(async () => vi.advanceTimersByTime(0));
    const drawn = draw.mock.lastCall?.[1] as Array<{ severity: string; range: Range }>;
    expect(drawn.map((d) => [d.severity, d.range.toString()])).toEqual([['block', 'root canal']]);
  });

  it('checks again on DOM changes in a contenteditable (editors that fire no input event)', async () => {
    const analyze = fakeAnalyze({ canal: { severity: 'block' } });
    const composer = makeComposer('contenteditable');
    const deps: AssistantDeps = { analyze, driverFor: () => contentEditableDriver(), openHelp: vi.fn() };
    runInAct(() => attachComposer(composer, { deps, highlights: noHighlights, settings: settingsWith(), signal: new AbortController().signal }));
    await act(async () => vi.advanceTimersByTime(0));
    composer.element.textContent = 'root canal';
    await act(async () => undefined); // the observer reports in a microtask
    await act(async () => vi.advanceTimersByTime(199));
    expect(hostOf().dataset.state).toBe('checking');
    await act(async () => vi.advanceTimersByTime(1));
    expect(hostOf().dataset.state).toBe('issues');
  });
});

describe('the seam for templates and the guard', () => {
  it('gives the current findings and text, checks now, reports changes and hosts extra controls', async () => {
    const { area, handle } = setup({ 'root canal': { severity: 'block' } });
    const reports: number[] = [];
    handle.session.onReport((r) => reports.push(r.findings.length));
    area.value = 'your root canal';
    // checkNow updates the store the mounted panel renders from.
    const now = runInAct(() => handle.session.checkNow());
    expect(now).toMatchObject({ text: 'your root canal', state: 'issues' });
    expect(now.findings).toHaveLength(1);
    expect(reports).toEqual([1]);

    const remove = runInAct(() => handle.session.addControl('templates', 'Templates', 1));
    expect(hostOf().shadowRoot!.querySelector('[data-control="templates"]')?.textContent).toBe('Templates');
    await act(async () => remove());
    expect(hostOf().shadowRoot!.querySelector('[data-control="templates"]')).toBeNull();
  });
});
