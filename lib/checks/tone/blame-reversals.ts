// Blame by contrast and by question, as structure: the reader set against the practice ("moved
// by you, not by us"; "Our schedule was fine. Your arrival times were not."), doubt put to the
// reader as a question ("Did you actually call?", "Did you really expect us to…?"), and a
// counterfactual about a group of patients ("if parents stopped putting kids to bed with juice
// we'd see half the cavities"). Found from one starting word per structure, a Set lookup each.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { BLAMED_GROUPS, DOUBTING_ADVERBS } from '../lexicons/tone-blaming';
import { FAMILY, PRACTICE_SIDE } from '../lexicons/tone-shared-classes';
import { isQuestion, opensClause } from './cooccurrence';
import { anyIn, precededBy, sentenceAround, type ToneToken } from './tokens';

const MESSAGE = 'This puts the blame on the reader. Say what the office can do next instead.';
const READER = new Set(['you', 'your', 'u', 'ur', 'youre', 'yours']);
const US = new Set(['us', 'ours', 'we', 'our']);
const US_SIDE = new Set(PRACTICE_SIDE);
const DOUBT = new Set(DOUBTING_ADVERBS);
const GROUPS = new Set(BLAMED_GROUPS);
const ASKING = new Set(['did', 'have', 'do', 'were', 'are']);
const ELLIPTICAL_END = new Set(['not', 'didnt', 'wasnt', 'werent', 'never', 'arent', 'isnt', 'dont', 'havent', 'hadnt']);
// "we'd see half the cavities": the main clause of an unreal condition.
const UNREAL = new Set(['wed', 'would', 'wouldnt', 'theyd', 'thered', 'wouldve', 'youd']);
const IRREGULAR_PAST = new Set(['did', 'took', 'put', 'read', 'came', 'brought', 'wore', 'gave', 'kept', 'made', 'ate', 'drank', 'cut', 'quit', 'went', 'showed']);
// In a post a counterfactual needs a pointed word; "if everyone flossed…" alone may be a wish.
const POINTED = new Set(['just', 'actually', 'only', 'simply', 'bothered', 'stopped', 'started', 'ever']);
// Adverbs of an unreal condition's if-clause ("if parents would just…", "if people actually flossed").
const IF_ADVERBS = new Set(['just', 'actually', 'only', 'simply', 'really', 'even', 'all', 'would', 'ever']);
const WARM = new Set(['thank', 'thanks', 'congrats', 'congratulations', 'love', 'yay', 'proud', 'amazing', 'awesome', 'wow', 'glad']);
const ACCEPTED = new Set([
  'get', 'got', 'receive', 'received', 'enjoy', 'enjoyed', 'like', 'liked', 'love', 'loved', 'see', 'saw', 'hear', 'heard',
  'feel', 'felt', 'have', 'had', 'need', 'needed', 'mean', 'meant', 'want', 'wanted', 'know', 'win', 'won', 'make',
]);

function span(tokens: readonly ToneToken[], from: number, to: number): RawFinding {
  return { start: tokens[from]!.start, end: tokens[to]!.end, message: MESSAGE };
}

/** "Did you actually call?", "Did you really expect us to stay open?", "Have you even tried…?" */
function doubtingQuestion(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!ASKING.has(tokens[i]!.text) || !opensClause(tokens, i)) return undefined;
  const who = tokens[i + 1];
  if (!who || who.clauseBefore || (who.text !== 'you' && who.text !== 'u')) return undefined;
  const adverb = tokens[i + 2];
  if (!adverb || adverb.clauseBefore || !DOUBT.has(adverb.text)) return undefined;
  const verb = tokens[i + 3];
  if (!verb || verb.clauseBefore || ACCEPTED.has(verb.text)) return undefined;
  const { from, to } = sentenceAround(tokens, i);
  if (!isQuestion(doc, tokens, to)) return undefined;
  // "Did you really lose your first tooth? Congrats!" is delight, not doubt.
  if (anyIn(tokens, from, Math.min(tokens.length, to + 8), WARM)) return undefined;
  return span(tokens, i, i + 3);
}

/** "moved by you, not by us", "from your end, not ours", "if ur kid has cavities it's the juice, not us". */
function notUs(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'not' || !tokens[i]!.clauseBefore || tokens[i]!.breakBefore) return undefined;
  let j = i + 1;
  const prep = tokens[j]?.text;
  if (prep === 'by' || prep === 'from' || prep === 'on' || prep === 'with') j++;
  const t = tokens[j];
  if (!t || t.clauseBefore || !US.has(t.text)) return undefined;
  // The reader must be named in the clause just before the comma.
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (READER.has(tokens[k]!.text)) return span(tokens, k, j);
    if (tokens[k]!.breakBefore) break;
  }
  return undefined;
}

/** "Our schedule was fine. Your arrival times were not." / "Our team was on time. You were not." */
function ellipticalContrast(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const w = tokens[i]!.text;
  if ((w !== 'you' && w !== 'your' && w !== 'u' && w !== 'ur') || !(i === 0 || tokens[i]!.breakBefore) || i === 0) return undefined;
  const { to } = sentenceAround(tokens, i, 7);
  if (to - i > 6 || to - i < 2 || (to < tokens.length && !tokens[to]!.breakBefore)) return undefined;
  if (!ELLIPTICAL_END.has(tokens[to - 1]!.text)) return undefined;
  // The sentence before says the practice's side was fine.
  const before = sentenceAround(tokens, i - 1);
  if (!anyIn(tokens, before.from, before.to, US_SIDE)) return undefined;
  return span(tokens, i, to - 1);
}

/** "if parents stopped putting kids to bed with juice we'd see half the cavities we do" */
function groupCounterfactual(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'if') return undefined;
  let j = i + 1;
  if (tokens[j]?.text === 'more' || tokens[j]?.text === 'some' || tokens[j]?.text === 'all') j++;
  if (!GROUPS.has(tokens[j]?.text ?? '') || tokens[j]!.clauseBefore) return undefined;
  let v = j + 1;
  let pointed = false;
  let would = false;
  while (v <= j + 2 && IF_ADVERBS.has(tokens[v]?.text ?? '')) {
    pointed = true;
    would ||= tokens[v]!.text === 'would';
    v++;
  }
  const verb = tokens[v];
  if (!verb || verb.clauseBefore || ACCEPTED.has(verb.text)) return undefined;
  // "if parents stopped…", "if people would just floss…"
  if (!would && !(verb.text.endsWith('ed') || IRREGULAR_PAST.has(verb.text))) return undefined;
  pointed ||= POINTED.has(verb.text);
  if (doc.context === 'post' && !pointed) return undefined;
  const { to } = sentenceAround(tokens, i);
  if (!anyIn(tokens, v + 1, to, UNREAL)) return undefined;
  return span(tokens, i, v);
}

const FAMILY_WORDS = new Set(FAMILY);
// Things the reader supplies, whose lack a passive counterfactual blames ("Had the forms been completed…").
const READER_INPUT = new Set([
  'forms', 'form', 'paperwork', 'card', 'information', 'info', 'insurance', 'balance', 'deposit', 'referral', 'bill', 'payment',
  'copay', 'estimate', 'email', 'texts', 'reminder', 'reminders', 'instructions', 'policy', 'letter', 'statement', 'retainer',
]);
const RECEIVED_PASSIVE = new Set(['told', 'given', 'sent', 'called', 'offered', 'explained', 'shown', 'informed', 'notified']);

/** "If your son had worn his retainer…, we wouldn't be…": a relative's counterfactual. */
function familyCounterfactual(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'if' || (tokens[i + 1]?.text !== 'your' && tokens[i + 1]?.text !== 'ur')) return undefined;
  if (!FAMILY_WORDS.has(tokens[i + 2]?.text ?? '')) return undefined;
  let v = i + 3;
  const aux = tokens[v]?.text;
  if (aux === 'had' || aux === 'hadnt') v++;
  else if (aux === 'would' && tokens[v + 1]?.text === 'have') v += 2;
  else return undefined;
  if (tokens[v]?.text === 'just' || tokens[v]?.text === 'actually' || tokens[v]?.text === 'only') v++;
  const verb = tokens[v];
  if (!verb || verb.clauseBefore || ACCEPTED.has(verb.text) || verb.text === 'been') return undefined;
  if (!unrealFollows(tokens, v + 1)) return undefined;
  return span(tokens, i, v);
}

/**
 * "Had the forms been completed ahead of time, check-in would have taken five minutes.",
 * "if the forms had been filled out at home, the morning would have gone smoother."
 */
function passiveCounterfactual(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const lead = tokens[i]!.text;
  if ((lead !== 'had' && lead !== 'if') || (lead === 'had' && !opensClause(tokens, i))) return undefined;
  const det = tokens[i + 1]?.text;
  if (det !== 'the' && det !== 'your' && det !== 'ur') return undefined;
  for (let b = i + 2; b <= i + 5; b++) {
    const t = tokens[b];
    if (!t || t.clauseBefore) return undefined;
    if (t.text !== 'been') continue;
    if (lead === 'if' && tokens[b - 1]!.text !== 'had') return undefined;
    // The noun must be the reader's input, unless it is "your …".
    if (det === 'the' && !anyIn(tokens, i + 2, b, READER_INPUT)) return undefined;
    const verb = tokens[b + 1];
    if (!verb || verb.clauseBefore || RECEIVED_PASSIVE.has(verb.text)) return undefined;
    if (!unrealFollows(tokens, b + 2)) return undefined;
    return span(tokens, i, b + 1);
  }
  return undefined;
}

const NO_RIGHT = new Set(['shouldnt', 'cant', 'cannot']);
const NO_RIGHT_TO = new Set(['surprised', 'shocked', 'complain', 'blame', 'upset', 'angry']);

/** "Parents who let kids sip juice all day shouldn't be surprised by the results." */
function noRightToComplain(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!GROUPS.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const { to } = sentenceAround(tokens, i);
  for (let k = i + 1; k < to && k <= i + 12; k++) {
    if (!NO_RIGHT.has(tokens[k]!.text)) continue;
    let n = k + 1;
    if (tokens[n]?.text === 'be' || tokens[n]?.text === 'act' || tokens[n]?.text === 'really') n++;
    if (n < to && NO_RIGHT_TO.has(tokens[n]!.text)) return span(tokens, i - 1, n);
    return undefined;
  }
  return undefined;
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'drs']);

const SUPPOSING = new Set(['if', 'whether', 'unless', 'when', 'case', 'maybe', 'perhaps']);
const INPUT_NOUNS = new Set([...READER_INPUT, 'number', 'address', 'phone', 'plan', 'id', 'member', 'group', 'carrier', 'insurer', 'dob', 'name']);
const PROVIDED = new Set(['listed', 'gave', 'provided', 'entered', 'wrote', 'put', 'submitted', 'supplied', 'brought', 'sent', 'used', 'showed', 'filled', 'typed']);
const INPUT_FAULTS = new Set([
  'expired', 'inactive', 'lapsed', 'outdated', 'invalid', 'incorrect', 'wrong', 'ended', 'terminated', 'cancelled', 'canceled',
  'incomplete', 'missing', 'illegible', 'unreadable', 'mismatched', 'didnt', 'old', 'disconnected', 'bounced',
]);

/** "the policy you listed on your intake form had ended in January": the reader's input was wrong. */
function readerInputWrong(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!INPUT_NOUNS.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const verb = tokens[i + 1];
  if (!verb || verb.clauseBefore || !PROVIDED.has(verb.text)) return undefined;
  // "If the number you typed was wrong, …" only supposes it.
  if (precededBy(tokens, i - 1, SUPPOSING, 4)) return undefined;
  const { to } = sentenceAround(tokens, i);
  for (let k = i + 2; k < to && k <= i + 10; k++) {
    if (INPUT_FAULTS.has(tokens[k]!.text)) return span(tokens, i - 1, k);
  }
  return undefined;
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'thrice', '2', '3', '4', '5', '6'];
const NUMBER_SET = new Set([...NUMBER_WORDS, '7', '8', '9', '10', 'four', 'five', 'multiple', 'several']);
const CONTACTED = new Set(['sent', 'called', 'texted', 'emailed', 'mailed', 'reminded', 'told', 'left', 'asked', 'explained', 'warned', 'notified', 'messaged']);

/** "We sent three reminder texts. Three.": the count repeated alone, to rub it in. */
function numberEcho(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
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
  return span(tokens, from, i);
}

/** Whether an unreal main clause ("we'd", "would") follows token `from` in its sentence ("Dr." does not end it). */
function unrealFollows(tokens: readonly ToneToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 25; k++) {
    if (k > from && tokens[k]!.breakBefore && !TITLES.has(tokens[k - 1]!.text)) return false;
    if (UNREAL.has(tokens[k]!.text)) return true;
  }
  return false;
}

const STAFF = new Set(['we', 'i', 'hygienist', 'doctor', 'dentist', 'dr', 'desk', 'staff', 'team', 'office', 'receptionist', 'assistant', 'billing', 'she', 'he', 'they', 'manager']);
const TOLD = new Set(['explained', 'told', 'reminded', 'warned', 'called', 'texted', 'emailed', 'mailed', 'sent', 'mentioned', 'asked', 'offered', 'showed', 'went', 'reviewed', 'messaged', 'left']);
const REPEATED = new Set(['twice', 'thrice', 'repeatedly', 'multiple', 'several', 'numerous', 'countless']);
const OFFERING = new Set(['sorry', 'apologize', 'apologise', 'love', 'please', 'happy', 'glad', 'hope', 'still', 'will', 'll', 'thank', 'thanks']);

/** "the hygienist explained twice that…", "our front desk reminded you three times": told, and told again. */
function toldRepeatedly(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!STAFF.has(tokens[i - 1]?.text ?? '') && !STAFF.has(tokens[i - 2]?.text ?? '')) return undefined;
  const { from, to } = sentenceAround(tokens, i);
  for (let k = i + 1; k < to && k <= i + 6; k++) {
    const w = tokens[k]!.text;
    const times = w === 'times' && k > i + 1 && (NUMBER_SET.has(tokens[k - 1]!.text) || tokens[k - 1]!.text === 'many');
    if (REPEATED.has(w) || times) {
      if (anyIn(tokens, from, to, OFFERING)) return undefined;
      return span(tokens, i, k);
    }
  }
  return undefined;
}

/** "Had your daughter told us about the pain sooner, …": the inverted conditional about a relative. */
function hadRelative(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'had' || !opensClause(tokens, i) || (tokens[i + 1]?.text !== 'your' && tokens[i + 1]?.text !== 'ur')) return undefined;
  if (!FAMILY_WORDS.has(tokens[i + 2]?.text ?? '')) return undefined;
  const verb = tokens[i + 3];
  if (!verb || verb.clauseBefore || ACCEPTED.has(verb.text) || verb.text === 'been') return undefined;
  return span(tokens, i, i + 3);
}

type Structure = (doc: Doc, tokens: readonly ToneToken[], i: number) => RawFinding | undefined;

/** Structures of blame by contrast, question and counterfactual, keyed by their first word. */
export const REVERSAL_STARTS: ReadonlyArray<readonly [Iterable<string>, Structure, boolean]> = [
  [ASKING, doubtingQuestion, false],
  [['not'], (_d, t, i) => notUs(t, i), true],
  [['you', 'your', 'u', 'ur'], (_d, t, i) => ellipticalContrast(t, i), true],
  [['if'], groupCounterfactual, true],
  [['if'], (_d, t, i) => familyCounterfactual(t, i), false],
  [['had', 'if'], (_d, t, i) => passiveCounterfactual(t, i), false],
  [['you', 'u'], (_d, t, i) => readerInputWrong(t, i), false],
  [NUMBER_WORDS, (_d, t, i) => numberEcho(t, i), false],
  [TOLD, (_d, t, i) => toldRepeatedly(t, i), false],
  [['had'], (_d, t, i) => hadRelative(t, i), false],
  [['who'], (_d, t, i) => noRightToComplain(t, i), false],
];
