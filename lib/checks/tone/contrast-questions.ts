// Blame by contrast and by question: the reader set against the practice ("moved by you, not by
// us"; "Our schedule was fine. Your arrival times were not.") and doubt put to the reader as a
// question ("Did you actually call?", "Did you really expect us to…?").
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { DOUBTING_ADVERBS } from '../lexicons/tone-blaming';
import { PRACTICE_SIDE } from '../lexicons/tone-shared-classes';
import { blameSpan } from './blame-structure';
import { isQuestion, opensClause } from './cooccurrence';
import { anyIn, sentenceAround, type ToneToken } from './tokens';

const READER = new Set(['you', 'your', 'u', 'ur', 'youre', 'yours']);
const US = new Set(['us', 'ours', 'we', 'our']);
export const US_SIDE = new Set(PRACTICE_SIDE);
const DOUBT = new Set(DOUBTING_ADVERBS);
export const ASKING = new Set(['did', 'have', 'do', 'were', 'are']);
const ELLIPTICAL_END = new Set(['not', 'didnt', 'wasnt', 'werent', 'never', 'arent', 'isnt', 'dont', 'havent', 'hadnt']);
const WARM = new Set(['thank', 'thanks', 'congrats', 'congratulations', 'love', 'yay', 'proud', 'amazing', 'awesome', 'wow', 'glad']);
export const ACCEPTED = new Set([
  'get', 'got', 'receive', 'received', 'enjoy', 'enjoyed', 'like', 'liked', 'love', 'loved', 'see', 'saw', 'hear', 'heard',
  'feel', 'felt', 'have', 'had', 'need', 'needed', 'mean', 'meant', 'want', 'wanted', 'know', 'win', 'won', 'make',
]);

/** "Did you actually call?", "Did you really expect us to stay open?", "Have you even tried…?" */
export function doubtingQuestion(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
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
  return blameSpan(tokens, i, i + 3);
}

/** "moved by you, not by us", "from your end, not ours", "if ur kid has cavities it's the juice, not us". */
export function notUs(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'not' || !tokens[i]!.clauseBefore || tokens[i]!.breakBefore) return undefined;
  let j = i + 1;
  const prep = tokens[j]?.text;
  if (prep === 'by' || prep === 'from' || prep === 'on' || prep === 'with') j++;
  const t = tokens[j];
  if (!t || t.clauseBefore || !US.has(t.text)) return undefined;
  // The reader must be named in the clause just before the comma.
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (READER.has(tokens[k]!.text)) return blameSpan(tokens, k, j);
    if (tokens[k]!.breakBefore) break;
  }
  return undefined;
}

/** "Our schedule was fine. Your arrival times were not." / "Our team was on time. You were not." */
export function ellipticalContrast(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const w = tokens[i]!.text;
  if ((w !== 'you' && w !== 'your' && w !== 'u' && w !== 'ur') || !(i === 0 || tokens[i]!.breakBefore) || i === 0) return undefined;
  const { to } = sentenceAround(tokens, i, 7);
  if (to - i > 6 || to - i < 2 || (to < tokens.length && !tokens[to]!.breakBefore)) return undefined;
  if (!ELLIPTICAL_END.has(tokens[to - 1]!.text)) return undefined;
  // The sentence before says the practice's side was fine.
  const before = sentenceAround(tokens, i - 1);
  if (!anyIn(tokens, before.from, before.to, US_SIDE)) return undefined;
  return blameSpan(tokens, i, to - 1);
}
