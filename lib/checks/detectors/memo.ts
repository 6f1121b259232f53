// Several rules need the same derived view of a document (people, health terms, ties). Each is
// computed once per document and shared, so adding a rule does not add another pass.
import type { Doc } from '../doc';

export function memoByDoc<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  const cache = new WeakMap<Doc, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = compute(doc);
      cache.set(doc, value);
    }
    return value;
  };
}
