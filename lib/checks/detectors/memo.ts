// Several rules need the same derived view of a document (people, health terms, ties). Each is
// computed once per document and shared, so adding a rule does not add another pass. The value
// is kept on the document itself (Doc.memo), not in a WeakMap keyed by it: a WeakMap's values
// outlived their documents until V8's next full collection, and the garbage collector then
// cost more than the rules.
import { hasMemoSlots, type Doc } from '../doc';

let slotCount = 0;

export function memoByDoc<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  // Each computation gets a slot number once, here; a document from buildDoc keeps its memos in
  // an array indexed by it (other Doc implementations use Doc.memo).
  const slot = slotCount++;
  return (doc) => (hasMemoSlots(doc) ? doc.memoAt(slot, compute) : doc.memo(compute, compute));
}
