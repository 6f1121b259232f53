// The popup starts reading before React has loaded (entrypoints/popup/main.tsx); the store
// then asks its sources as usual. This hands the store that early read on its first ask, and
// reads afresh after that ("Try again" after a storage problem).
export function startedEarly<T>(first: Promise<T>, again: () => Promise<T>): () => Promise<T> {
  // Handled when the store asks for it; until then a failure must not count as unhandled.
  first.catch(() => undefined);
  let pending: Promise<T> | null = first;
  return () => {
    const read = pending ?? again();
    pending = null;
    return read;
  };
}
