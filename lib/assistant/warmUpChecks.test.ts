import { analyze } from '@/lib/checks';
import { WARM_UP_TEXT, warmUpChecks } from './warmUpChecks';

function idleQueue() {
  const queued: Array<() => void> = [];
  return { whenIdle: (run: () => void) => void queued.push(run), runIdle: () => queued.splice(0).forEach((run) => run()) };
}

describe('warming the checks up at the first idle moment', () => {
  test('nothing runs until the page is idle; then the sample is checked once in each context', () => {
    const spy = vi.fn(analyze);
    const { whenIdle, runIdle } = idleQueue();
    warmUpChecks(spy, { signal: new AbortController().signal, whenIdle });
    expect(spy).not.toHaveBeenCalled();
    runIdle();
    expect(spy.mock.calls).toEqual([
      [WARM_UP_TEXT, { context: 'post' }],
      [WARM_UP_TEXT, { context: 'comment' }],
      [WARM_UP_TEXT, { context: 'review-reply' }],
    ]);
  });

  test('the sample reaches the rule families a real draft does (so their patterns are compiled)', () => {
    const found = new Set(analyze(WARM_UP_TEXT, { context: 'review-reply' }).map((f) => f.type));
    for (const type of ['name', 'date', 'relationship', 'health_info', 'billing', 'identifier', 'phone', 'email', 'shouting', 'guarantee']) {
      expect(found, type).toContain(type);
    }
  });

  test('a page left (extension reloaded) before the idle moment runs nothing', () => {
    const spy = vi.fn(analyze);
    const { whenIdle, runIdle } = idleQueue();
    const stop = new AbortController();
    warmUpChecks(spy, { signal: stop.signal, whenIdle });
    stop.abort();
    runIdle();
    expect(spy).not.toHaveBeenCalled();
  });

  test('an engine that throws is not the page\'s problem', () => {
    const { whenIdle, runIdle } = idleQueue();
    warmUpChecks(
      () => {
        throw new Error('broken rule');
      },
      { signal: new AbortController().signal, whenIdle },
    );
    expect(runIdle).not.toThrow();
  });

  test('without requestIdleCallback it waits a second instead', () => {
    vi.useFakeTimers();
    const idle = globalThis.requestIdleCallback;
    // @ts-expect-error: a browser without the API
    delete globalThis.requestIdleCallback;
    try {
      const spy = vi.fn(() => []);
      warmUpChecks(spy, { signal: new AbortController().signal });
      vi.advanceTimersByTime(999);
      expect(spy).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      if (idle) globalThis.requestIdleCallback = idle;
      vi.useRealTimers();
    }
  });
});
