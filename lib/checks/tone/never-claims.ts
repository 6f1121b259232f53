// Claims that a bad outcome never happens: "families who follow our plan never get cavities",
// "not a single patient has complained", "our crowns simply do not crack", "we have never
// charged anyone…". Hedged forms ("almost never", "make sure it doesn't crack") stay quiet.
import type { RawFinding } from '../rule';
import { BAD_OUTCOMES, FAILURE_QUIET, FAILURE_VERBS, NEVER_HAPPENS, TREATMENT_NOUNS, UNIVERSAL_OBJECTS } from '../lexicons/tone-guarantee';
import { HEDGES } from '../lexicons/tone-shared-classes';
import { opensClause } from './cooccurrence';
import { anyIn, precededBy, sentenceAround, type ToneToken } from './tokens';

export const OUTCOME_PROMISE_MESSAGE = 'This promises an outcome no treatment can guarantee. Describe what patients can usually expect.';
const HEDGED = new Set(HEDGES);
const NEVER_VERBS = new Set(NEVER_HAPPENS);
const BAD = new Set(BAD_OUTCOMES);
const NEVER_QUIET = new Set(['almost', 'nearly', 'hardly', 'should', 'may', 'might', 'hopefully', 'if', 'will', 'll', 'wont']);
const TREATMENTS = new Set(TREATMENT_NOUNS);
const FAILS = new Set(FAILURE_VERBS);
const FAILURE_HEDGED = new Set([...FAILURE_QUIET, ...HEDGES, 'almost', 'hardly', 'virtually']);
const DENIED = new Set(['not', 'dont', 'doesnt', 'wont', 'cant', 'cannot', 'never']);
const EVERYONE = new Set(UNIVERSAL_OBJECTS);
const ONE_PERSON = new Set(['she', 'he', 'shes', 'hes', 'i', 'im']);
const PRACTICE_WE = new Set(['we', 'weve', 'our', 'office', 'practice', 'team', 'staff', 'dr', 'doctor', 'dentist', 'hygienists']);

/** "never get cavities", "our veneers never chip", "never had a single complaint". */
export function neverHappens(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'never' || opensClause(tokens, i)) continue;
    if (precededBy(tokens, i, NEVER_QUIET, 2)) continue;
    // "she never complained once": one person's story, not a promise about care.
    if (ONE_PERSON.has(tokens[i - 1]?.text ?? '')) continue;
    let j = i + 1;
    if (tokens[j]?.text === 'ever') j++;
    if (tokens[j]?.text === 'had' || tokens[j]?.text === 'have' || tokens[j]?.text === 'has') {
      // "never had a (single) complaint"
      for (let k = j + 1; k < tokens.length && k <= j + 4 && !tokens[k]!.clauseBefore; k++) {
        if (BAD.has(tokens[k]!.text)) {
          found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: OUTCOME_PROMISE_MESSAGE });
          break;
        }
      }
      continue;
    }
    const verb = tokens[j];
    if (!verb || verb.clauseBefore || !NEVER_VERBS.has(verb.text)) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (anyIn(tokens, from, to, HEDGED)) continue;
    found.push({ start: tokens[i]!.start, end: verb.end, message: OUTCOME_PROMISE_MESSAGE });
  }
  return found;
}

/** "Nobody has ever left unhappy", "not a single patient complained". */
export function noOneEver(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    let j: number;
    if (w === 'nobody' || (w === 'no' && tokens[i + 1]?.text === 'one')) j = w === 'no' ? i + 2 : i + 1;
    else if (w === 'not' && tokens[i + 1]?.text === 'a' && tokens[i + 2]?.text === 'single') j = i + 3;
    else if (w === 'not' && tokens[i + 1]?.text === 'one') j = i + 2;
    else continue;
    // "not a single patient has …", "no one has ever …"
    for (let k = j; k < tokens.length && k <= j + 4 && !tokens[k]!.clauseBefore; k++) {
      const t = tokens[k]!.text;
      if (t === 'ever' || (NEVER_VERBS.has(t) && t !== 'need' && t !== 'get' && t !== 'gets' && t !== 'got')) {
        found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: OUTCOME_PROMISE_MESSAGE });
        i = k;
        break;
      }
    }
  }
  return found;
}

/** "Our crowns simply do not crack", "fillings placed by Dr. Brandt do not fall out": a treatment that never fails. */
export function failureDenied(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DENIED.has(tokens[i]!.text)) continue;
    const verb = tokens[i + 1]?.text === 'ever' ? i + 2 : i + 1;
    if (!FAILS.has(tokens[verb]?.text ?? '') || tokens[verb]!.clauseBefore) continue;
    // "come" and "pop" fail only with "off", "out" or "loose"; "wear" only with "out" or "down".
    const w = tokens[verb]!.text;
    if ((w === 'come' || w === 'pop' || w === 'wear') && !/^(off|out|loose|down)$/.test(tokens[verb + 1]?.text ?? '')) continue;
    const { from, to } = sentenceAround(tokens, i);
    let subject = -1;
    for (let k = i - 1; k >= from && k >= i - 12; k--) if (TREATMENTS.has(tokens[k]!.text)) subject = k;
    // A condition or a tip before the denial makes it advice ("make sure it doesn't crack");
    // after it, it only says whose work is meant ("do not fall out when placed by Dr. Brandt").
    if (subject === -1 || anyIn(tokens, from, i, FAILURE_HEDGED)) continue;
    found.push({ start: tokens[i]!.start, end: tokens[verb]!.end, message: OUTCOME_PROMISE_MESSAGE });
    i = verb;
  }
  return found;
}

/** "We have never, not once, charged anyone…": a record claim about everyone the office has seen. */
export function neverAnyone(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'never') continue;
    const aux = tokens[i - 1]!.text;
    if (aux !== 'have' && aux !== 'has' && aux !== 'weve' && aux !== 'had') continue;
    const { from, to } = sentenceAround(tokens, i);
    if (!anyIn(tokens, from, i, PRACTICE_WE) || anyIn(tokens, from, to, HEDGED)) continue;
    for (let k = i + 1; k < to && k <= i + 8; k++) {
      const t = tokens[k]!.text;
      const single = (t === 'single' && tokens[k - 1]?.text === 'a') || (t === 'patient' && tokens[k - 1]?.text === 'any');
      if (EVERYONE.has(t) || single) {
        found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: OUTCOME_PROMISE_MESSAGE });
        i = k;
        break;
      }
    }
  }
  return found;
}
