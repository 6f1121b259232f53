import { act } from '@testing-library/react';

/**
 * Runs synchronous code that updates React — mounts a root, sets a store a mounted root reads —
 * inside act(), so the render commits before the next line, and hands back what the code returned
 * (act itself returns nothing useful for a synchronous callback).
 */
export function runInAct<T>(run: () => T): T {
  let result!: T;
  act(() => {
    result = run();
  });
  return result;
}
