// The fault set on the reader by other means: a cause ("because your forms were incomplete"),
// "your doing", "that's on you", a correction ("next time, try…") and a snide suggestion
// ("Maybe set an alarm?").
import type { RawFinding } from '../rule';
import { FAULT_NOUNS, FAULT_STATES, NEXT_TIME_CORRECTIONS, PAST_FAULT_NOUNS } from '../lexicons/tone-blaming';
import { BLAME_MESSAGE, blameSpan, sentenceWord } from './blame-structure';
import { opensClause } from './cooccurrence';
import { ADVERB } from './reader-faults';
import { snideSuggestion } from './sarcasm-structures';
import { anyIn, sentenceAround, type ToneToken } from './tokens';

const STATES = new Set(FAULT_STATES);
const FAULTS = new Set(FAULT_NOUNS);
const PAST_FAULTS = new Set(PAST_FAULT_NOUNS);
const CORRECTIONS = new Set(NEXT_TIME_CORRECTIONS);
// Before "on you": what makes it "that's on you", not "we count on you".
const ON_YOU_LEAD = new Set(['thats', 'its', 'ones', 'is', 's', 'was', 'all', 'entirely', 'squarely', 'totally', 'completely', 'this', 'that', 'fully', 'solely']);
export const CAUSE = new Set(['because', 'since', 'bc', 'cuz', 'cause', 'due']);
const COPULA_PAST = new Set(['was', 'were']);
export const COPULA = new Set(['is', 's', 'was', 'were', 'its', 'thats']);
const OFFER = new Set(['well', 'wed', 'happy', 'glad', 'free', 'welcome', 'love', 'gladly']);
const SOFTENERS = new Set(['please', 'maybe', 'perhaps', 'just', 'kindly', 'simply']);

/** "because your forms were incomplete", "due to your lateness". */
export function causeIsReader(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!CAUSE.has(tokens[i]!.text)) return undefined;
  let j = i + 1;
  if (tokens[i]!.text === 'due') {
    if (sentenceWord(tokens, j, i) !== 'to') return undefined;
    j++;
  }
  if (sentenceWord(tokens, j, i) === 'of') j++;
  const who = sentenceWord(tokens, j, i);
  if (who !== 'you' && who !== 'your' && who !== 'u' && who !== 'ur' && who !== 'youre') return undefined;
  for (let k = j + 1; k <= j + 5; k++) {
    const t = tokens[k];
    if (!t || t.clauseBefore) return undefined;
    if (STATES.has(t.text) || FAULTS.has(t.text)) return blameSpan(tokens, i, k);
  }
  return undefined;
}

/** "It was entirely your doing", "that was your choice". */
export function yourDoing(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!COPULA.has(tokens[i]!.text)) return undefined;
  let j = i + 1;
  while (ADVERB.has(sentenceWord(tokens, j, i) ?? '') && j < i + 3) j++;
  if (sentenceWord(tokens, j, i) !== 'your') return undefined;
  let k = j + 1;
  if (sentenceWord(tokens, k, i) === 'own') k++;
  const noun = sentenceWord(tokens, k, i) ?? '';
  if (FAULTS.has(noun) || (PAST_FAULTS.has(noun) && COPULA_PAST.has(tokens[i]!.text))) return blameSpan(tokens, i, k);
  return undefined;
}

/** "Next time, try showing up on time", "next time you should read the email". */
export function nextTime(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'next' || sentenceWord(tokens, i + 1, i) !== 'time' || !opensClause(tokens, i)) return undefined;
  let j = i + 2;
  while (SOFTENERS.has(sentenceWord(tokens, j, i) ?? '') && j < i + 4) j++;
  const w = sentenceWord(tokens, j, i);
  if (!w) return undefined;
  // "Next time call us and we'll reschedule free" is an offer.
  const { to } = sentenceAround(tokens, i);
  if (anyIn(tokens, i, to, OFFER)) return undefined;
  if (CORRECTIONS.has(w)) return blameSpan(tokens, i, j);
  if (w === 'you' || w === 'u') {
    const modal = sentenceWord(tokens, j + 1, i);
    if (modal === 'should' || modal === 'might' || modal === 'could' || modal === 'need' || modal === 'must' || modal === 'may')
      return blameSpan(tokens, i, j + 1);
  }
  return undefined;
}

/** "Maybe set an alarm?": a snide suggestion tells the reader what they should have done. */
export function snideAsBlame(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const hit = snideSuggestion(tokens, i);
  return hit ? { ...hit, message: BLAME_MESSAGE } : undefined;
}

/** "that one's on you", "it's on YOU, not us": the fault placed on the reader. */
export function onYou(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'on' || !ON_YOU_LEAD.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const who = sentenceWord(tokens, i + 1, i);
  if (who !== 'you' && who !== 'u' && who !== 'yall' && who !== 'the' && who !== 'parents' && who !== 'patients') return undefined;
  if (who === 'the' && sentenceWord(tokens, i + 2, i) !== 'patient' && sentenceWord(tokens, i + 2, i) !== 'parent') return undefined;
  return blameSpan(tokens, i - 1, who === 'the' ? i + 2 : i + 1);
}
