// Counterfactuals that put the cause on the reader or on a group of patients: "if parents
// stopped putting kids to bed with juice we'd see half the cavities", "If your son had worn his
// retainer…", "Had the forms been completed…", "Had your daughter told us sooner…".
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { BLAMED_GROUPS } from '../lexicons/tone-blaming';
import { FAMILY } from '../lexicons/tone-shared-classes';
import { blameSpan } from './blame-structure';
import { opensClause } from './cooccurrence';
import { ACCEPTED } from './contrast-questions';
import { anyIn, sentenceAround, type ToneToken } from './tokens';

export const GROUPS = new Set(BLAMED_GROUPS);
// "we'd see half the cavities": the main clause of an unreal condition.
const UNREAL = new Set(['wed', 'would', 'wouldnt', 'theyd', 'thered', 'wouldve', 'youd']);
const IRREGULAR_PAST = new Set(['did', 'took', 'put', 'read', 'came', 'brought', 'wore', 'gave', 'kept', 'made', 'ate', 'drank', 'cut', 'quit', 'went', 'showed']);
// In a post a counterfactual needs a pointed word; "if everyone flossed…" alone may be a wish.
const POINTED = new Set(['just', 'actually', 'only', 'simply', 'bothered', 'stopped', 'started', 'ever']);
// Adverbs of an unreal condition's if-clause ("if parents would just…", "if people actually flossed").
const IF_ADVERBS = new Set(['just', 'actually', 'only', 'simply', 'really', 'even', 'all', 'would', 'ever']);
const FAMILY_WORDS = new Set(FAMILY);
// Things the reader supplies, whose lack a passive counterfactual blames ("Had the forms been completed…").
export const READER_INPUT = new Set([
  'forms', 'form', 'paperwork', 'card', 'information', 'info', 'insurance', 'balance', 'deposit', 'referral', 'bill', 'payment',
  'copay', 'estimate', 'email', 'texts', 'reminder', 'reminders', 'instructions', 'policy', 'letter', 'statement', 'retainer',
]);
const RECEIVED_PASSIVE = new Set(['told', 'given', 'sent', 'called', 'offered', 'explained', 'shown', 'informed', 'notified']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'drs']);

/** "if parents stopped putting kids to bed with juice we'd see half the cavities we do" */
export function groupCounterfactual(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
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
  return blameSpan(tokens, i, v);
}

/** "If your son had worn his retainer…, we wouldn't be…": a relative's counterfactual. */
export function familyCounterfactual(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
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
  return blameSpan(tokens, i, v);
}

/**
 * "Had the forms been completed ahead of time, check-in would have taken five minutes.",
 * "if the forms had been filled out at home, the morning would have gone smoother."
 */
export function passiveCounterfactual(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
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
    return blameSpan(tokens, i, b + 1);
  }
  return undefined;
}

/** "Had your daughter told us about the pain sooner, …": the inverted conditional about a relative. */
export function hadRelative(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'had' || !opensClause(tokens, i) || (tokens[i + 1]?.text !== 'your' && tokens[i + 1]?.text !== 'ur')) return undefined;
  if (!FAMILY_WORDS.has(tokens[i + 2]?.text ?? '')) return undefined;
  const verb = tokens[i + 3];
  if (!verb || verb.clauseBefore || ACCEPTED.has(verb.text) || verb.text === 'been') return undefined;
  return blameSpan(tokens, i, i + 3);
}

/** Whether an unreal main clause ("we'd", "would") follows token `from` in its sentence ("Dr." does not end it). */
function unrealFollows(tokens: readonly ToneToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 25; k++) {
    if (k > from && tokens[k]!.breakBefore && !TITLES.has(tokens[k - 1]!.text)) return false;
    if (UNREAL.has(tokens[k]!.text)) return true;
  }
  return false;
}
