// Clauses that narrate dealings between the practice and one person, found by structure rather
// than by phrase lists:
// - the practice does something to the person, in the past: "we called you three times", "our
//   front desk told you", "the hygienist ran late for you", "Dr. Lee saw your son";
// - the person does their part in a visit, in the past: "you came in", "you cancelled twice",
//   "you've never been here", "she waited 40 minutes", "you had a cleaning", "you yelled at our
//   receptionist";
// - the person pays or owes: "you didn't pay", "you owe nothing" (billing).
// Modal and conditional clauses ("we'd love to see you", "if you came in") and talk about the
// review itself ("we read your review") are not encounters.
// The practice's acts are found in practice-acts-on.ts, the person's in person-acts.ts, what
// stands around them in clause-surroundings.ts, and what the practice sent in practice-sent.ts.
import type { Doc, Word } from '../doc';
import { RELATION_WORDS } from '../lexicons/relations';
import { careTermWithin } from './clause-surroundings';
import { memoByDoc } from './memo';
import { publicSentences } from './people';
import { personActs } from './person-acts';
import { practiceActsOn } from './practice-acts-on';
import { SEND_VERBS, practiceSent } from './practice-sent';
import { addresseeIdentifiable, pronounIsPatient } from './ties';

export interface ClauseHit {
  start: number;
  end: number;
  kind: 'relationship' | 'billing';
  sentence: number;
}

const YOU_OBJECT = new Set(['you', 'your', 'ya', 'u', 'ur', 'yourself']);
const YOU_SUBJECT = new Set(['you', "you've", "you'd", 'u', 'ya']);
const THIRD_SUBJECT = new Set(['he', 'she', "he'd", "she'd"]);
const THIRD_OBJECT = new Set(['him', 'her']);

/** "your 91-year-old father", "your son": a relative of the person addressed, as a subject. */
function relationOfYou(words: readonly Word[], i: number): boolean {
  if (!RELATION_WORDS.has(words[i]!.base) || words[i]!.lower !== words[i]!.base) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (words[k]!.sentence !== words[i]!.sentence) return false;
    if (YOU_OBJECT.has(words[k]!.lower)) return true;
  }
  return false;
}

/** "saw your son" has the relative as its object; "loved your little one's drawing" has the
 *  drawing, which is care only when a care word follows. */
function relationAsObject(doc: Doc, r: number): boolean {
  const words = doc.words;
  let w = words[r];
  if (!w || !RELATION_WORDS.has(w.base)) return false;
  if (w.base === 'little' && RELATION_WORDS.has(words[r + 1]?.base ?? '')) w = words[++r]!; // "little one"
  return w.lower === w.base || careTermWithin(doc, r + 1, r + 3);
}

/** "stayed with your family", "squeezed your whole crew in": the family as one, as an object. */
const FAMILY_OBJECTS = new Set(['family', 'crew', 'household', 'clan', 'fam']);
const WHOLE = new Set(['whole', 'entire']);
const familyAsObject = (doc: Doc, r: number) => {
  const w = doc.words[WHOLE.has(doc.words[r]?.lower ?? '') ? r + 1 : r];
  return !!w && FAMILY_OBJECTS.has(w.lower);
};

export const findCareClauses = memoByDoc((doc: Doc): ClauseHit[] => {
  const words = doc.words;
  const out: ClauseHit[] = [];
  const you = addresseeIdentifiable(doc);
  const publics = publicSentences(doc);
  let lastSentence = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.sentence === lastSentence || publics.has(w.sentence)) continue;
    const low = w.lower;
    let hit: ClauseHit | undefined;
    const youObj = you && YOU_OBJECT.has(low) && !(low === 'your' && !relationAsObject(doc, i + 1) && !familyAsObject(doc, i + 1) && !careTermWithin(doc, i + 1, i + 3));
    if (youObj || (THIRD_OBJECT.has(low) && pronounIsPatient(doc, i))) hit = practiceActsOn(doc, i);
    if (!hit && ((you && YOU_SUBJECT.has(low)) || (THIRD_SUBJECT.has(low) && pronounIsPatient(doc, i)) || (you && relationOfYou(words, i)))) hit = personActs(doc, i);
    if (!hit && doc.context !== 'post' && SEND_VERBS.has(low)) hit = practiceSent(doc, i);
    if (hit) {
      out.push(hit);
      lastSentence = hit.sentence;
    }
  }
  return out;
});
