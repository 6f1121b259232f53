import { useState } from 'react';

/**
 * A stored setting's value comes back only after storage.sync answers: show what was
 * clicked at once while `save` runs, then whatever storage holds (so a failed save shows the truth).
 */
export function usePendingValue<T>(stored: T, save: (next: T) => void | Promise<unknown>): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const change = (next: T) => {
    setPending({ value: next });
    void Promise.resolve(save(next)).finally(() => setPending(null));
  };
  return [pending ? pending.value : stored, change];
}
