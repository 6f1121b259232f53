// Blame as structure rather than phrases: the reader ("you", "your son") as the subject of a
// fault ("you ignored", "you never called", "you should have read"), counterfactuals that put
// the cause on them ("had you called", "because your forms were incomplete"), and corrections
// aimed at them ("next time, try…"). Each is found from the word that starts it, with a Set
// lookup per word and a look at the next few words.
// The structures are in reader-faults.ts and fault-on-reader.ts (and, by contrast, question and
// counterfactual, blame-reversals.ts); here they are keyed by their first word and run.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { REVERSAL_STARTS } from './blame-reversals';
import type { BlameStructure } from './blame-structure';
import { causeIsReader, CAUSE, COPULA, nextTime, onYou, snideAsBlame, yourDoing } from './fault-on-reader';
import { coordinatedFault, familyMisbehaving, FAULT, hadYou, secondPersonFault, SORRY, YOU } from './reader-faults';
import { dutyLapse } from './reader-duty-lapses';
import { READER_DUTIES } from '../lexicons/tone-blaming';
import { sentenceAround, toneTokens, type ToneToken } from './tokens';

const NON_APOLOGY = new Set(['mad', 'upset', 'angry', 'feel', 'felt', 'think', 'unhappy', 'disappointed', 'frustrated', 'offended', 'see', 'so']);

// "We understand you are frustrated, however the forms were not filled": what follows the
// "however" takes the sympathy back, so it no longer covers the blame after it.
const TAKES_BACK = new Set(['but', 'however', 'though', 'although', 'yet', 'nevertheless', 'still']);

/** An apology in tokens [from, to), not "sorry ur mad" or "sorry you feel that way", nor one taken back before `at`. */
function sincereApology(tokens: readonly ToneToken[], from: number, to: number, at: number): boolean {
  for (let k = from; k < to; k++) {
    if (!SORRY.has(tokens[k]!.text)) continue;
    if (k < at && anyTakeBack(tokens, k + 1, at)) continue;
    const who = tokens[k + 1]?.text ?? '';
    const what = tokens[k + (who === 'that' ? 3 : 2)]?.text ?? '';
    const reader = who === 'ur' || who === 'youre' || who === 'you' || who === 'u' || who === 'that';
    if (!(reader && NON_APOLOGY.has(what))) return true;
  }
  return false;
}

function anyTakeBack(tokens: readonly ToneToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TAKES_BACK.has(tokens[k]!.text)) return true;
  return false;
}

// Each structure starts at one of a few words: one Map lookup per word picks the structures to
// try, so most words cost a single lookup. The second element says whether it runs in posts.
const STARTS = new Map<string, Array<readonly [BlameStructure, boolean]>>();
function startsAt(words: Iterable<string>, structure: BlameStructure, inPosts: boolean): void {
  for (const w of words) {
    const list = STARTS.get(w) ?? [];
    list.push([structure, inPosts]);
    STARTS.set(w, list);
  }
}
startsAt(YOU, secondPersonFault, true);
startsAt(['had'], hadYou, true);
startsAt(['your', 'ur'], familyMisbehaving, false);
startsAt(CAUSE, (_d, t, i) => causeIsReader(t, i), true);
startsAt(COPULA, (_d, t, i) => yourDoing(t, i), true);
startsAt(['next'], (_d, t, i) => nextTime(t, i), false);
startsAt(['on'], (_d, t, i) => onYou(t, i), true);
startsAt(['maybe', 'perhaps'], (_d, t, i) => snideAsBlame(t, i), false);
startsAt(FAULT, (_d, t, i) => coordinatedFault(t, i), true);
startsAt(READER_DUTIES, dutyLapse, false);
for (const [words, structure, inPosts] of REVERSAL_STARTS) startsAt(words, structure, inPosts);

export function blameStructures(doc: Doc): RawFinding[] {
  // A post speaks to everyone: corrections and a child's behaviour there are general advice.
  const post = doc.context === 'post';
  const tokens = toneTokens(doc);
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const structures = STARTS.get(tokens[i]!.text);
    if (!structures) continue;
    let hit: RawFinding | undefined;
    for (const [structure, inPosts] of structures) {
      if (post && !inPosts) continue;
      hit = structure(doc, tokens, i);
      if (hit) break;
    }
    if (!hit) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (sincereApology(tokens, from, to, i)) continue;
    found.push(hit);
  }
  return found;
}
