// Blame that rubs it in: the reader's input was wrong ("the policy you listed… had ended"),
// the count repeated alone ("We sent three reminder texts. Three."), told and told again ("our
// front desk reminded you three times"), and a group with no right to complain ("Parents
// who let kids sip juice all day shouldn't be surprised").
import type { RawFinding } from '../rule';
import { blameSpan } from './blame-structure';
import { US_SIDE } from './contrast-questions';
import { GROUPS, READER_INPUT } from './counterfactuals';
import { anyIn, precededBy, sentenceAround, type ToneToken } from './tokens';

const NO_RIGHT = new Set(['shouldnt', 'cant', 'cannot']);
const NO_RIGHT_TO = new Set(['surprised', 'shocked', 'complain', 'blame', 'upset', 'angry']);

const SUPPOSING = new Set(['if', 'whether', 'unless', 'when', 'case', 'maybe', 'perhaps']);
const INPUT_NOUNS = new Set([...READER_INPUT, 'number', 'address', 'phone', 'plan', 'id', 'member', 'group', 'carrier', 'insurer', 'dob', 'name']);
const PROVIDED = new Set(['listed', 'gave', 'provided', 'entered', 'wrote', 'put', 'submitted', 'supplied', 'brought', 'sent', 'used', 'showed', 'filled', 'typed']);
const INPUT_FAULTS = new Set([
  'expired', 'inactive', 'lapsed', 'outdated', 'invalid', 'incorrect', 'wrong', 'ended', 'terminated', 'cancelled', 'canceled',
  'incomplete', 'missing', 'illegible', 'unreadable', 'mismatched', 'didnt', 'old', 'disconnected', 'bounced',
]);

export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'thrice', '2', '3', '4', '5', '6'];
const NUMBER_SET = new Set([...NUMBER_WORDS, '7', '8', '9', '10', 'four', 'five', 'multiple', 'several']);
const CONTACTED = new Set(['sent', 'called', 'texted', 'emailed', 'mailed', 'reminded', 'told', 'left', 'asked', 'explained', 'warned', 'notified', 'messaged']);

const STAFF = new Set(['we', 'i', 'hygienist', 'doctor', 'dentist', 'dr', 'desk', 'staff', 'team', 'office', 'receptionist', 'assistant', 'billing', 'she', 'he', 'they', 'manager']);
export const TOLD = new Set(['explained', 'told', 'reminded', 'warned', 'called', 'texted', 'emailed', 'mailed', 'sent', 'mentioned', 'asked', 'offered', 'showed', 'went', 'reviewed', 'messaged', 'left']);
const REPEATED = new Set(['twice', 'thrice', 'repeatedly', 'multiple', 'several', 'numerous', 'countless']);
const OFFERING = new Set(['sorry', 'apologize', 'apologise', 'love', 'please', 'happy', 'glad', 'hope', 'still', 'will', 'll', 'thank', 'thanks']);

/** "Parents who let kids sip juice all day shouldn't be surprised by the results." */
export function noRightToComplain(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!GROUPS.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const { to } = sentenceAround(tokens, i);
  for (let k = i + 1; k < to && k <= i + 12; k++) {
    if (!NO_RIGHT.has(tokens[k]!.text)) continue;
    let n = k + 1;
    if (tokens[n]?.text === 'be' || tokens[n]?.text === 'act' || tokens[n]?.text === 'really') n++;
    if (n < to && NO_RIGHT_TO.has(tokens[n]!.text)) return blameSpan(tokens, i - 1, n);
    return undefined;
  }
  return undefined;
}

/** "the policy you listed on your intake form had ended in January": the reader's input was wrong. */
export function readerInputWrong(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!INPUT_NOUNS.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const verb = tokens[i + 1];
  if (!verb || verb.clauseBefore || !PROVIDED.has(verb.text)) return undefined;
  // "If the number you typed was wrong, …" only supposes it.
  if (precededBy(tokens, i - 1, SUPPOSING, 4)) return undefined;
  const { to } = sentenceAround(tokens, i);
  for (let k = i + 2; k < to && k <= i + 10; k++) {
    if (INPUT_FAULTS.has(tokens[k]!.text)) return blameSpan(tokens, i - 1, k);
  }
  return undefined;
}

/** "We sent three reminder texts. Three.": the count repeated alone, to rub it in. */
export function numberEcho(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const t = tokens[i]!;
  if (!t.breakBefore || !(i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) return undefined;
  const { from, to } = sentenceAround(tokens, i - 1);
  let said = false;
  let contacted = false;
  for (let k = from; k < to; k++) {
    said ||= tokens[k]!.text === t.text;
    contacted ||= CONTACTED.has(tokens[k]!.text);
  }
  if (!said || !contacted || !anyIn(tokens, from, to, US_SIDE)) return undefined;
  return blameSpan(tokens, from, i);
}

/** "the hygienist explained twice that…", "our front desk reminded you three times": told, and told again. */
export function toldRepeatedly(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!STAFF.has(tokens[i - 1]?.text ?? '') && !STAFF.has(tokens[i - 2]?.text ?? '')) return undefined;
  const { from, to } = sentenceAround(tokens, i);
  for (let k = i + 1; k < to && k <= i + 6; k++) {
    const w = tokens[k]!.text;
    const times = w === 'times' && k > i + 1 && (NUMBER_SET.has(tokens[k - 1]!.text) || tokens[k - 1]!.text === 'many');
    if (REPEATED.has(w) || times) {
      if (anyIn(tokens, from, to, OFFERING)) return undefined;
      return blameSpan(tokens, i, k);
    }
  }
  return undefined;
}
