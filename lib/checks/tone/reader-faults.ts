// The reader as the subject of a fault: "you ignored", "you never called", "you should have
// read", "had you called", "your son screamed", "…and declined the X-rays".
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  BLAME_ADVERBS,
  COMPLIANCE_VERBS,
  CONDITIONALS,
  FAULT_VERBS,
  GERUND_FAULTS,
  MISBEHAVIOUR,
  SELF_RECEIVED,
  SOFT_FAULT_VERBS,
  UNCOOPERATIVE,
  UNDONE_BY_US,
} from '../lexicons/tone-blaming';
import { APOLOGY, FAMILY, SECOND_PERSON } from '../lexicons/tone-shared-classes';
import { blameSpan, sentenceWord } from './blame-structure';
import { isQuestion, opensClause } from './cooccurrence';
import { precededBy, sentenceAround, type ToneToken } from './tokens';

export const YOU = new Set(SECOND_PERSON.filter((w) => w !== 'yourself'));
export const SORRY = new Set(APOLOGY);
const IF = new Set(CONDITIONALS);
export const ADVERB = new Set(BLAME_ADVERBS);
export const FAULT = new Set(FAULT_VERBS);
const SOFT_FAULT = new Map(Object.entries(SOFT_FAULT_VERBS).map(([verb, next]) => [verb, new Set(next)]));
const RECEIVED = new Set(SELF_RECEIVED);
const BY_US = new Set(UNDONE_BY_US);
const FAMILY_WORDS = new Set(FAMILY);
const MISBEHAVING = new Set(MISBEHAVIOUR);
const REFUSING = new Set(['wouldnt', 'couldnt', 'wont', 'cant', 'didnt', 'refused']);
const COOPERATE = new Set(UNCOOPERATIVE);
const NOT = new Set(['didnt', 'never', 'not', 'wouldnt', 'couldnt']);
const COMPLIANCE = new Set(COMPLIANCE_VERBS);
// "the whole team remembers you yelling at Trevor": the reader caught in the act.
const GERUND_FAULT = new Set(GERUND_FAULTS);
const AND = new Set(['and', 'then', 'but', 'yet', 'still', 'also']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st']);
// "You only remembered…", "you suddenly decided…": the adverb makes any act a pointed one.
const POINTED = new Set(['only', 'suddenly', 'conveniently', 'magically', 'somehow']);
const SHOULD = new Set(['should', 'could', 'shouldve', 'couldve', 'shouldnt']);

/** "you ignored", "you never called", "you should have read", "you can't expect us to". */
export function secondPersonFault(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const at = (k: number) => sentenceWord(tokens, k, i);
  // "if you actually flossed": the doubt is the accusation.
  if (tokens[i - 1]?.text === 'if' && (at(i + 1) === 'actually' || at(i + 1) === 'ever' || at(i + 1) === 'even') && COMPLIANCE.has(at(i + 2) ?? '')) {
    return blameSpan(tokens, i - 1, i + 2);
  }
  if (precededBy(tokens, i, IF, 3) || precededBy(tokens, i, SORRY, 4)) return undefined;
  let j = i + 1;
  while (ADVERB.has(at(j) ?? '') && j < i + 3) j++;
  const w = at(j);
  if (!w) return undefined;
  if (FAULT.has(w) || (j === i + 1 && GERUND_FAULT.has(w))) return blameSpan(tokens, i, j);
  if (j > i + 1 && POINTED.has(tokens[j - 1]!.text) && w.endsWith('ed') && !RECEIVED.has(w)) return blameSpan(tokens, i, j);
  const next = SOFT_FAULT.get(w);
  if (next && next.has(at(j + 1) ?? '')) return blameSpan(tokens, i, j + 1);
  // "you'll never grind again" is a promise about the future, not a past fault.
  if ((NOT.has(w) || (w === 'did' && at(j + 1) === 'not')) && (tokens[i]!.text === 'you' || tokens[i]!.text === 'u')) {
    const v = w === 'did' ? j + 2 : j + 1;
    const verb = at(v);
    // "you never got a call back" is the office's failure, not the reader's.
    if (!verb || RECEIVED.has(verb) || w === 'not' || BY_US.has(verb)) return undefined;
    if (verb === 'have' || verb === 'need' || verb === 'had') return undefined;
    return blameSpan(tokens, i, v);
  }
  if (SHOULD.has(w)) {
    let k = j + 1;
    if (w === 'should' || w === 'could' || w === 'shouldnt') {
      if (at(k) === 'really' || at(k) === 'just') k++;
      if (at(k) !== 'have' && at(k) !== 'of') return undefined;
      k++;
    }
    const verb = at(k);
    // "You should have been told" is on us; "you should've been taking it with food" is not.
    if (verb === 'been') {
      const next = at(k + 1) ?? '';
      if (!next || BY_US.has(next) || RECEIVED.has(next)) return undefined;
      return blameSpan(tokens, i, k + 1);
    }
    if (!verb || RECEIVED.has(verb)) return undefined;
    // "you shouldn't have had to wait" is an apology.
    if (w === 'shouldnt' && (verb === 'had' || verb === 'needed' || verb === 'been')) return undefined;
    return blameSpan(tokens, i, k);
  }
  if ((w === 'cant' || w === 'cannot') && (at(j + 1) === 'expect' || at(j + 1) === 'blame')) return blameSpan(tokens, i, j + 1);
  return undefined;
}

/** "Had you called ahead, …": the inverted conditional only ever counterfactualises the reader. */
export function hadYou(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'had' || !opensClause(tokens, i) || !YOU.has(sentenceWord(tokens, i + 1, i) ?? '')) return undefined;
  const verb = sentenceWord(tokens, i + 2, i);
  if (!verb || verb === 'any' || RECEIVED.has(verb)) return undefined;
  if (isQuestion(doc, tokens, endPastTitles(tokens, i))) return undefined;
  return blameSpan(tokens, i, i + 2);
}

/** Where the sentence holding token `i` ends, not counting the full stop of "Dr." or "Mrs.". */
function endPastTitles(tokens: readonly ToneToken[], i: number): number {
  let to = sentenceAround(tokens, i).to;
  while (to < tokens.length && TITLES.has(tokens[to - 1]!.text)) to = sentenceAround(tokens, to).to;
  return to;
}

/** "your son screamed", "your daughter wouldn't sit still"; not "Was your son yelling 'bye' all the way out?" */
export function familyMisbehaving(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'your' && tokens[i]!.text !== 'ur') return undefined;
  if (isQuestion(doc, tokens, endPastTitles(tokens, i))) return undefined;
  if (!FAMILY_WORDS.has(sentenceWord(tokens, i + 1, i) ?? '')) return undefined;
  for (let k = i + 2; k <= i + 5; k++) {
    const w = sentenceWord(tokens, k, i);
    if (w === undefined) return undefined;
    if (MISBEHAVING.has(w)) return blameSpan(tokens, i, k);
    if (REFUSING.has(w) && COOPERATE.has(sentenceWord(tokens, k + 1, i) ?? '')) return blameSpan(tokens, i, k + 1);
  }
  return undefined;
}

/** "You were seen on Monday and declined the X-rays": a fault in the reader's list of acts. */
export function coordinatedFault(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!FAULT.has(tokens[i]!.text) || !AND.has(tokens[i - 1]?.text ?? '')) return undefined;
  // Look back through the sentence; "Dr." does not end it ("You were seen by Dr. Brandt and declined…").
  for (let k = i - 2; k >= 0 && k >= i - 15; k--) {
    if (tokens[k]!.text === 'you' || tokens[k]!.text === 'u') return blameSpan(tokens, i - 1, i);
    if (tokens[k]!.breakBefore && !TITLES.has(tokens[k - 1]?.text ?? '')) break;
  }
  return undefined;
}
