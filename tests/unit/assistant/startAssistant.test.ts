// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { startAssistant, type Assistant } from '@/lib/assistant/startAssistant';
import type { Composer } from '@/lib/sites/types';
import { contentEditableDriver, fakeAnalyze, makeComposer, settingsWith, textareaDriver } from './fakes';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

// Attaching mounts the composer's panel (a React root): its first render commits in act.
const addAll = (assistant: Assistant, ...composers: Composer[]) =>
  act(() => composers.forEach((composer) => assistant.add(composer)));

const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-posting-assistant]')];

function start(settings = settingsWith(), features = [] as Parameters<typeof startAssistant>[0]['features']) {
  const stop = new AbortController();
  const assistant = startAssistant({
    analyze: fakeAnalyze({ canal: { severity: 'block' } }),
    driverFor: (kind) => (kind === 'textarea' ? textareaDriver() : contentEditableDriver()),
    openHelp: vi.fn(),
    settings,
    features,
    signal: stop.signal,
  });
  return { assistant, stop };
}

describe('the page assistant', () => {
  it('attaches one host per composer, once, next to the box and outside the editor', async () => {
    const { assistant } = start();
    const composer = makeComposer('contenteditable', { site: 'facebook', kind: 'comment' });
    addAll(assistant, composer, composer);
    await act(async () => vi.advanceTimersByTime(0));
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.previousElementSibling).toBe(composer.element);
    expect(composer.element.contains(hosts()[0]!)).toBe(false);
    expect(hosts()[0]?.dataset).toMatchObject({ site: 'facebook', kind: 'comment', state: 'ok', findings: '0' });
  });

  it('honours the per-site switch, live', async () => {
    const { assistant } = start(settingsWith({ sites: { facebook: true, x: false, yelp: true } }));
    const onX = makeComposer('contenteditable', { site: 'x', kind: 'post' });
    const onYelp = makeComposer('textarea', { site: 'yelp' });
    addAll(assistant, onX, onYelp);
    await act(async () => vi.advanceTimersByTime(0));
    expect(hosts().map((h) => h.dataset.site)).toEqual(['yelp']);

    await act(async () => assistant.setSettings(settingsWith({ sites: { facebook: true, x: true, yelp: false } })));
    await act(async () => vi.advanceTimersByTime(0));
    expect(hosts().map((h) => h.dataset.site)).toEqual(['x']);
    expect(assistant.sessionFor(onYelp.element)).toBeUndefined();
  });

  it('cleans up a removed box, and everything when stopped', async () => {
    const { assistant, stop } = start();
    const first = makeComposer('textarea');
    const second = makeComposer('contenteditable', { site: 'x', kind: 'post' });
    addAll(assistant, first, second);
    await act(async () => vi.advanceTimersByTime(0));
    expect(hosts()).toHaveLength(2);
    await act(async () => assistant.remove(first.element));
    expect(hosts()).toHaveLength(1);
    await act(async () => stop.abort());
    expect(hosts()).toHaveLength(0);
    expect(assistant.sessions()).toEqual([]);
    assistant.add(makeComposer('textarea'));
    expect(hosts()).toHaveLength(0);
  });

  it('starts each feature per session and runs its cleanup when the session ends', async () => {
    const cleanup = vi.fn();
    const feature = vi.fn(() => cleanup);
    const { assistant } = start(settingsWith(), [feature]);
    const composer = makeComposer('textarea');
    addAll(assistant, composer);
    expect(feature).toHaveBeenCalledWith(assistant.sessionFor(composer.element));
    await act(async () => assistant.remove(composer.element));
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});
