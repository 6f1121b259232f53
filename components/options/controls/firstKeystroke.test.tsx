// @vitest-environment jsdom
// In a file of its own: it needs React's scheduler fresh, as a page has it (after other tests
// in the same file the scheduler's clock and queue are in another state and the race hides).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { fireEvent } from '@testing-library/react';
import { TextSetting } from './TextSetting';

describe('a one-line setting as it appears', () => {
  test('the first keystroke right after the field appears is kept (nothing deferred resets it)', async () => {
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    // A busy machine: every clock read is 10 ms later, so React's scheduler hands control back to
    // the page between committing the field and running its deferred effects, and an input
    // event gets in between — as it did on a loaded CI machine.
    let now = performance.now(); // onwards from the real clock, which the scheduler has seen
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const typed = new Promise<string>((resolve) => {
      new MutationObserver((_, observer) => {
        const field = container.querySelector('input');
        if (!field) return;
        observer.disconnect();
        fireEvent.change(field, { target: { value: '5' } });
        setTimeout(() => resolve(field.value), 50);
      }).observe(container, { childList: true, subtree: true });
    });
    try {
      root.render(<TextSetting id="n" label="Posts per week" type="number" value="3" locked={false} error={null} onCommit={() => undefined} />);
      expect(await typed).toBe('5');
    } finally {
      clock.mockRestore();
      env.IS_REACT_ACT_ENVIRONMENT = before;
      await act(async () => root.unmount());
      container.remove();
    }
  });
});
