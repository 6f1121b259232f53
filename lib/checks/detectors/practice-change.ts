// A change the practice made to its own ways, for everyone: "We've since updated our estimate
// forms to show the insurance portion", "We changed our reminder system so texts go out two
// days ahead", "we now print the copay on our check-in sheet". Such a sentence tells the
// practice's news to all its patients, so a care or billing word in it is nobody's unless an
// owner stands right before the word ("we updated your insurance on file" stays the person's).
import type { Doc } from '../doc';
import { memoByDoc } from './memo';
import { sentenceWordRange } from './sentence-words';

const WE = new Set(['we', "we've", "we’ve", "we're", "we’re", "we'd", "we’d", 'i', "i've", "i’ve"]);
// Words that may stand between the subject and the verb: "we've since updated", "we have now added".
const BETWEEN = new Set(['have', 'has', 'since', 'now', 'already', 'recently', 'just', 'also', 'finally', 'then', 'officially']);
const CHANGE_VERBS = new Set([
  'updated', 'changed', 'revised', 'redesigned', 'reworked', 'rewrote', 'rewritten', 'added', 'improved', 'simplified', 'streamlined',
  'clarified', 'adjusted', 'expanded', 'upgraded', 'switched', 'introduced', 'launched', 'implemented', 'created', 'replaced', 'retrained',
  'update', 'change', 'revise', 'add', 'improve', 'simplify', 'clarify', 'adjust', 'expand', 'upgrade', 'switch', 'replace',
]);
// Another person's possessive after the verb makes the change theirs ("updated your address").
const OTHERS = new Set(['your', 'ur', 'his', 'her', 'their']);
// How far after the verb "our" may stand: "updated our forms", "added a line to our forms".
const REACH = 6;

/** Does sentence `s` tell of a change the practice made to its own forms, process or system:
 *  "we" (or "we now"), a verb of change, and "our" soon after it with no one else's possessive
 *  first? Asked only for sentences with a care word, each read once. */
export function practiceChangeSentence(doc: Doc, s: number): boolean {
  const cache = answers(doc);
  let found = cache.get(s);
  if (found === undefined) cache.set(s, (found = changeIn(doc, s)));
  return found;
}

const answers = memoByDoc(() => new Map<number, boolean>());

function changeIn(doc: Doc, s: number): boolean {
  const words = doc.words;
  const [from, to] = sentenceWordRange(doc, s);
  for (let i = from; i < to; i++) {
    if (!WE.has(words[i]!.lower)) continue;
    let v = i + 1;
    let now = false;
    while (v <= i + 3 && v < to && BETWEEN.has(words[v]!.lower)) now ||= words[v++]!.lower === 'now';
    // "we now print …": after "now" any verb tells the new way
    if (v >= to || !(now || CHANGE_VERBS.has(words[v]!.lower))) continue;
    for (let k = v + 1; k <= v + REACH && k < to; k++) {
      const low = words[k]!.lower;
      if (OTHERS.has(low)) break;
      if (low === 'our') return true;
    }
  }
  return false;
}
