// Dismissal and veiled threats as structure: pointing the reader to other practices ("maybe
// another practice would suit you better", "there are plenty of other dentists in town", "we
// wish you the best with your next dentist"), and warning that speaking up "has consequences".
// Each starts at a word found by one Set lookup, then looks a few words around it.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { ELSEWHERE_PROVIDERS, FIT_WORDS, HELPING_WORDS, SPEECH_WORDS, WARM_WORDS } from '../lexicons/tone-hostile';
import { APOLOGY } from '../lexicons/tone-shared-classes';
import { anyIn, sentenceAround, toneTokens, type ToneToken } from './tokens';

const PROVIDER = new Set(ELSEWHERE_PROVIDERS);
const FIT = new Set(FIT_WORDS);
// Referring, sending records or sharing names is help, not a brush-off; so is an apology.
const HELPING = new Set([...HELPING_WORDS, ...APOLOGY]);
const WARM = new Set(WARM_WORDS);
const POINTED_FIT = new Set(['standards', 'expectations', 'tolerate', 'tolerates', 'willing', 'patience', 'demands', 'specific']);
const SPEECH = new Set(SPEECH_WORDS);
const OTHER = new Set(['another', 'other', 'different', 'new', 'next']);
// "We'd suggest finding a provider who…": a search for any provider at all.
const FIND = new Set(['find', 'finding', 'seek', 'seeking', 'look', 'looking', 'choose', 'choosing', 'pick', 'try', 'trying']);
const VISIT = new Set(['visit', 'see', 'choose', 'go', 'try', 'pick', 'find', 'use', 'end']);
const GLAD = new Set(['glad', 'happy', 'relieved', 'thrilled', 'pleased', 'grateful']);
const NOT_RETURNING = new Set(['wont', 'not', 'never', 'no']);
const RETURNING = new Set(['returning', 'return', 'back', 'coming', 'again']);
// "glad you won't have to come back" is good news about treatment.
const NEEDED = new Set(['have', 'need', 'needs', 'needing']);
const READER = new Set(['you', 'your', 'youre', 'youll', 'youd', 'u', 'ur', 'yourself']);
const THERE_ARE = new Set(['theres', 'are', 'r', 'many']);
const PLENTY = new Set(['plenty', 'lots', 'tons', 'loads', 'bunch', 'dozens']);
const FAREWELL = new Set(['wish', 'luck', 'best', 'hope', 'enjoy']);
// "Posting your smile selfie has consequences: it makes our whole team grin" is a joke.
const CHEERFUL = new Set(['smile', 'smiles', 'selfie', 'grin', 'happy', 'love', 'fun', 'great', 'awesome', 'joy', 'thank', 'thanks', 'laugh']);
const HAS = new Set(['has', 'have', 'carries', 'carry', 'be', 'face', 'facing', 'bring', 'brings']);
const HAS_QUALIFIER = new Set(['real', 'serious', 'legal', 'its', 'their']);
const LEAVE = 'Pointing the reader to another practice reads as showing them the door. Invite them to call instead.';
const THREAT = 'Warning of "consequences" reads as a threat. Threatening a reviewer can make things much worse; take it offline.';

/** "another practice would suit you better", "plenty of other dentists", "best with your next dentist". */
function otherPractice(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  // tokens[i] is a provider word; the word before it (or two before) says "another"/"other".
  let o = i - 1;
  if (!OTHER.has(tokens[o]?.text ?? '') && OTHER.has(tokens[i - 2]?.text ?? '') && !tokens[i - 1]!.clauseBefore) o = i - 2;
  // "finding a provider who will tolerate…" counts as "another" when a fit word follows.
  const found = tokens[i - 1]?.text === 'a' && FIND.has(tokens[i - 2]?.text ?? '') && !tokens[i - 1]!.clauseBefore;
  if (found) o = i - 2;
  else if (!OTHER.has(tokens[o]?.text ?? '') || tokens[o + 1]!.clauseBefore) return undefined;
  const { from, to } = sentenceAround(tokens, i);
  // Help (records, referrals) always quiets it; warmth does, unless a pointed word follows
  // ("We thank you and wish you luck finding a practice that meets your very specific standards").
  if (anyIn(tokens, from, to, HELPING)) return undefined;
  if (anyIn(tokens, from, to, WARM) && !anyIn(tokens, i + 1, to, POINTED_FIT)) return undefined;
  // "Treat our team with respect or find another office."
  if (!found && tokens[o - 2]?.text === 'or' && FIND.has(tokens[o - 1]?.text ?? '')) return { start: tokens[o - 2]!.start, end: tokens[i]!.end, message: LEAVE };
  // "plenty of other dentists", "there's other dentists in town"
  // ("Plenty of other offices close early, but we're open" compares; it needs "there are" or the reader.)
  const existential = THERE_ARE.has(tokens[o - 3]?.text ?? '') || anyIn(tokens, from, to, READER);
  if (!found && existential && tokens[o]!.text === 'other' && tokens[o - 1]?.text === 'of' && PLENTY.has(tokens[o - 2]?.text ?? '')) {
    return { start: tokens[o - 2]!.start, end: tokens[i]!.end, message: LEAVE };
  }
  if (!found && tokens[o]!.text === 'other' && THERE_ARE.has(tokens[o - 1]?.text ?? '')) {
    return { start: tokens[o - 1]!.start, end: tokens[i]!.end, message: LEAVE };
  }
  // The rest need the reader in the sentence ("the new office has better parking" is news),
  // unless the search is for any provider at all ("finding a provider willing to tolerate…").
  if (!found && !anyIn(tokens, from, to, READER)) return undefined;
  // "would suit you better", "a better fit", "happier elsewhere"
  for (let k = i + 1; k < to && k <= i + 8; k++) {
    if (FIT.has(tokens[k]!.text)) return { start: tokens[o]!.start, end: tokens[k]!.end, message: LEAVE };
  }
  // "We wish you the best with your next dentist", "wish you luck finding a practice that…"
  for (let k = o - 1; k >= from && k >= o - 7; k--) {
    if (FAREWELL.has(tokens[k]!.text)) return { start: tokens[k]!.start, end: tokens[i]!.end, message: LEAVE };
  }
  if (found) return undefined;
  // "…in your file for the next office you visit."
  const next = tokens[i + 1];
  if (next && !next.clauseBefore && READER.has(next.text) && VISIT.has(tokens[i + 2]?.text ?? '')) {
    return { start: tokens[o]!.start, end: tokens[i + 2]!.end, message: LEAVE };
  }
  return undefined;
}

/** "Frankly, we're relieved you won't be returning." */
function gladYouWontReturn(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const { to } = sentenceAround(tokens, i);
  let you = -1;
  for (let k = i + 1; k < to && k <= i + 3; k++) {
    if (READER.has(tokens[k]!.text)) {
      you = k;
      break;
    }
  }
  if (you === -1) return undefined;
  let negated = false;
  for (let k = you + 1; k < to && k <= you + 5; k++) {
    const w = tokens[k]!.text;
    if (NEEDED.has(w)) return undefined;
    if (NOT_RETURNING.has(w)) negated = true;
    else if (negated && RETURNING.has(w)) return { start: tokens[i]!.start, end: tokens[k]!.end, message: LEAVE, severity: 'block' };
  }
  return undefined;
}

/** "Posting things like this about a small business has consequences." */
function hasConsequences(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  let k = i - 1;
  if (HAS_QUALIFIER.has(tokens[k]?.text ?? '')) k--;
  if (!HAS.has(tokens[k]?.text ?? '') || tokens[k + 1]!.clauseBefore) return undefined;
  // Only about speaking up: "skipping cleanings has consequences" is health advice.
  const { from, to } = sentenceAround(tokens, i);
  if (!anyIn(tokens, from, to, SPEECH) || anyIn(tokens, from, Math.min(tokens.length, to + 12), CHEERFUL)) return undefined;
  return { start: tokens[k]!.start, end: tokens[i]!.end, message: THREAT, severity: 'block' };
}

export function dismissalStructures(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  const replying = doc.context !== 'post';
  const found: RawFinding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    let hit: RawFinding | undefined;
    if (replying && PROVIDER.has(w)) hit = otherPractice(tokens, i);
    else if (w === 'consequences') hit = hasConsequences(tokens, i);
    else if (replying && GLAD.has(w)) hit = gladYouWontReturn(tokens, i);
    if (hit) found.push(hit);
  }
  return found;
}
