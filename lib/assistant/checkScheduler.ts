// Debounces checks so typing never waits for them: each input only resets a timer, and the
// read + analyze run once the person pauses (at once after a paste).
export interface CheckScheduler {
  /** After an ordinary input: check `delayMs` after the last one. */
  soon(): void;
  /** Check on the next task (a new box, a changed setting). */
  now(): void;
  /** After a paste or drop: check on the next task, once the editor has taken the text. */
  pasted(): void;
  cancel(): void;
  readonly pending: boolean;
}

// Editors apply a paste in the same task or a microtask later; a 0 ms timer runs after both.
// Input events that follow the paste within this window keep the check immediate.
const PASTE_WINDOW_MS = 50;

export function createCheckScheduler(run: () => void, delayMs: number, signal: AbortSignal): CheckScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pastedAt = -Infinity;
  const fire = () => {
    timer = undefined;
    if (!signal.aborted) run();
  };
  const schedule = (ms: number) => {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, ms);
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', cancel, { once: true });
  return {
    soon: () => schedule(Date.now() - pastedAt < PASTE_WINDOW_MS ? 0 : delayMs),
    now: () => schedule(0),
    pasted: () => {
      pastedAt = Date.now();
      schedule(0);
    },
    cancel,
    get pending() {
      return timer !== undefined;
    },
  };
}
