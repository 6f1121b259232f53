// Sarcasm as structure: praise aimed at a complaint ("thanks for the 1-star", "love waking up
// to a rant"), mock apologies ("sorry we're not a drive-thru"), snide suggestions ("Maybe set
// an alarm?"), pretend enjoyment ("we LOVE causing pain", "enjoy paying triple") and the /s
// marker. One pass over the words with Set lookups.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { APOLOGY } from '../lexicons/tone-shared-classes';
import {
  COMPLAINT_WORDS,
  HONEST_NOT,
  LOUD_INTENSIFIERS,
  LOW_STARS,
  PRAISE_WORDS,
  SNIDE_IMPERATIVES,
  SPITE_GERUNDS,
  SUFFERING_WORDS,
} from '../lexicons/tone-sarcastic';
import { opensClause, writtenInCaps } from './cooccurrence';
import { afterHandles } from './advice-structures';
import { anyIn, closesSentence, sentenceAround, toneTokens, type ToneToken } from './tokens';

const PRAISE = new Set(PRAISE_WORDS);
const COMPLAINT = new Set(COMPLAINT_WORDS);
const LOW = new Set(LOW_STARS);
const SORRY = new Set(APOLOGY.filter((w) => w !== 'sorry'));
const HONEST = new Set(HONEST_NOT);
const SNIDE = new Set(SNIDE_IMPERATIVES);
const SPITE = new Set(SPITE_GERUNDS);
const LOUD = new Set(LOUD_INTENSIFIERS);
const MESSAGE = 'This reads as sarcastic. In writing, sarcasm comes across as contempt; say it plainly and kindly.';

function at(tokens: readonly ToneToken[], i: number, from: number): string {
  const t = tokens[i];
  return t && (i === from || !t.breakBefore) ? t.text : '';
}

const isComplaint = (tokens: readonly ToneToken[], k: number) =>
  COMPLAINT.has(tokens[k]!.text) || ((tokens[k]!.text === 'star' || tokens[k]!.text === 'stars') && LOW.has(tokens[k - 1]?.text ?? ''));

/** Praise and a complaint or a one-star review in the same sentence, with no apology in it. */
function praisedComplaint(tokens: readonly ToneToken[], found: RawFinding[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!PRAISE.has(tokens[i]!.text)) continue;
    const { from, to } = sentenceAround(tokens, i);
    let partner = -1;
    for (let k = from; k < to; k++) if (k !== i && isComplaint(tokens, k)) partner = k;
    if (partner === -1 || anyIn(tokens, from, to, SORRY) || sorryBefore(tokens, from, to)) {
      i = to - 1;
      continue;
    }
    const a = Math.min(i, partner);
    const b = Math.max(i, partner);
    found.push({ start: tokens[a]!.start, end: tokens[b]!.end, message: MESSAGE });
    i = to - 1;
  }
}

const YOU = new Set(['you', 'ur', 'u', 'youre']);

/** A real apology ("we're sorry"), not "sorry you feel that way". */
function sorryBefore(tokens: readonly ToneToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === 'sorry' && !YOU.has(tokens[k + 1]?.text ?? '')) return true;
  return false;
}

const BE = new Set(['is', 'are', 'isnt', 'arent']);

/** "Sorry we're not a drive-thru", "sorry our doctors aren't a spa". */
function mockApology(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'sorry') return undefined;
  let j = i + 1;
  if (at(tokens, j, i) === 'that') j++;
  const who = at(tokens, j, i);
  let k: number;
  if (who === 'were') k = j + 1; // "we're" is one token, "were"
  else if (who === 'we' && (at(tokens, j + 1, i) === 'are' || at(tokens, j + 1, i) === 'arent')) k = j + 2;
  else if (who === 'our' && BE.has(at(tokens, j + 2, i))) k = j + 3;
  else return undefined;
  if (tokens[k - 1]!.text !== 'arent' && tokens[k - 1]!.text !== 'isnt') {
    if (at(tokens, k, i) !== 'not') return undefined;
    k++;
  }
  const article = at(tokens, k, i);
  if (article !== 'a' && article !== 'an' && article !== 'your') return undefined;
  const thing = at(tokens, k + 1, i);
  if (!thing || HONEST.has(thing)) return undefined;
  return { start: tokens[i]!.start, end: tokens[k + 1]!.end, message: 'A mock apology reads as sarcastic. Say what the visit involves, plainly.' };
}

/** "Maybe set an alarm?", "Perhaps reconsider the one star." (blame too: see blame-structures). */
export function snideSuggestion(tokens: readonly ToneToken[], i: number, vocative?: ReadonlySet<number>): RawFinding | undefined {
  const w = tokens[i]!.text;
  if ((w !== 'maybe' && w !== 'perhaps') || !(opensClause(tokens, i) || vocative?.has(i))) return undefined;
  let j = i + 1;
  if (at(tokens, j, i) === 'just' || at(tokens, j, i) === 'next') j += at(tokens, j, i) === 'next' ? 2 : 1;
  if (at(tokens, j, i) === 'dont') j++;
  if (!SNIDE.has(at(tokens, j, i)) && !(at(tokens, j - 1, i) === 'dont' && at(tokens, j, i) !== '')) return undefined;
  return { start: tokens[i]!.start, end: tokens[j]!.end, message: 'A "maybe try…" aimed at the reader reads as sarcastic. Say what the office can do next.' };
}

/** "we LOVE causing pain", "Enjoy paying triple", "have fun finding…". */
function pretendEnjoyment(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const w = tokens[i]!.text;
  const loudLove = (w === 'love' || w === 'enjoy' || w === 'adore') && writtenInCaps(doc, tokens[i]!);
  const enjoyOrder = (w === 'enjoy' && opensClause(tokens, i)) || (w === 'fun' && tokens[i - 1]?.text === 'have');
  if (!loudLove && !enjoyOrder) return undefined;
  const next = at(tokens, i + 1, i);
  if (!SPITE.has(next)) return undefined;
  return { start: tokens[i]!.start, end: tokens[i + 1]!.end, message: MESSAGE };
}

const MOCK_AGREEMENT = new Set(['yeah', 'yes', 'sure', 'right', 'oh', 'ah', 'riiight', 'yep', 'well', 'of', 'course']);

/** "yeah because…", "sure, because…" at the start of a sentence. */
function mockBecause(tokens: readonly ToneToken[], i: number, vocative?: ReadonlySet<number>): RawFinding | undefined {
  if (!opensClause(tokens, i) && !vocative?.has(i)) return undefined;
  let j = i;
  while (j < i + 3 && MOCK_AGREEMENT.has(at(tokens, j, i))) j++;
  if (j === i) return undefined;
  const w = at(tokens, j, i);
  if (w !== 'because' && w !== 'cause' && w !== 'bc' && w !== 'cuz') return undefined;
  return { start: tokens[i]!.start, end: tokens[j]!.end, message: MESSAGE };
}

/** A thank-you with a capitalised intensifier and a calm ending: "Thanks SO much for the review." */
function loudThanks(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!LOUD.has(tokens[i]!.text) || !writtenInCaps(doc, tokens[i]!)) return undefined;
  const { from, to } = sentenceAround(tokens, i);
  let praise = -1;
  for (let k = from; k < to; k++) {
    if ((PRAISE.has(tokens[k]!.text) || tokens[k]!.text === 'appreciated') && (praise === -1 || Math.abs(k - i) < Math.abs(praise - i))) praise = k;
  }
  if (praise === -1) return undefined;
  // Real delight ends with "!" or an emoji; mock thanks ends flat.
  const endAt = tokens[to - 1]!.end;
  const tail = doc.norm.slice(endAt, to < tokens.length ? tokens[to]!.start : Math.min(doc.norm.length, endAt + 6));
  if (/[!\u{1F300}-\u{1FAFF}\u2764]/u.test(tail)) return undefined;
  return { start: tokens[Math.min(i, praise)]!.start, end: tokens[Math.max(i, praise)]!.end, message: MESSAGE };
}

// "…, just saying." tacked onto a jab: the tail that says the writer knows it stings.
const TAIL_ONE = new Set(['saying', 'sayin', 'asking', 'sayn']);
const TAIL_TWO = new Set(['thought', 'suggestion', 'observation', 'fyi', 'reminder']);

/** "just saying." / "just a thought." closing a sentence of its own or a jab before it. */
function tailJab(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'just' || !opensClause(tokens, i)) return undefined;
  let end = -1;
  if (TAIL_ONE.has(at(tokens, i + 1, i))) end = i + 1;
  else if ((at(tokens, i + 1, i) === 'a' || at(tokens, i + 1, i) === 'an') && TAIL_TWO.has(at(tokens, i + 2, i))) end = i + 2;
  if (end === -1 || !closesSentence(tokens, end + 1)) return undefined;
  return { start: tokens[i]!.start, end: tokens[end]!.end, message: '"Just saying" after a remark makes it a jab. Leave the remark out, or say it kindly.' };
}

const GLAD = new Set(['happy', 'glad', 'good', 'nice', 'great', 'thrilled', 'delighted', 'lovely', 'pleased']);
const LEARN = new Set(['hear', 'know', 'see', 'learn', 'read']);
const SUFFERING = new Set(SUFFERING_WORDS);
const UNSAID = new Set(['not', 'wasnt', 'werent', 'isnt', 'arent', 'no', 'never', 'less', 'nothing', 'without']);

/** "Happy to hear the 5 minutes in our waiting room were so traumatic": gladness at suffering. */
function gladOfSuffering(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!GLAD.has(tokens[i]!.text) || tokens[i + 1]?.text !== 'to' || !LEARN.has(tokens[i + 2]?.text ?? '')) return undefined;
  const { to } = sentenceAround(tokens, i);
  for (let k = i + 3; k < to && k <= i + 16; k++) {
    if (UNSAID.has(tokens[k]!.text)) return undefined; // "glad to hear it wasn't as traumatic"
    if (SUFFERING.has(tokens[k]!.text)) return { start: tokens[i]!.start, end: tokens[k]!.end, message: MESSAGE };
  }
  return undefined;
}

/** "/s", the written mark of sarcasm, as its own word. */
function sarcasmMark(doc: Doc, found: RawFinding[]): void {
  const s = doc.norm;
  for (let k = s.indexOf('/s'); k !== -1; k = s.indexOf('/s', k + 2)) {
    const before = k === 0 ? ' ' : s[k - 1]!;
    const after = s[k + 2] ?? ' ';
    if (/\s/.test(before) && !/[A-Za-z0-9]/.test(after)) found.push({ start: k, end: k + 2, message: 'The /s marks this as sarcasm. Say it plainly instead.' });
  }
}

// Every finder pushes into one array, in the order the findings were always returned (word by
// word, then praised complaints, then /s): no array spread at the end, which V8 de-optimised
// this function on, and no throwaway arrays per call.
export function sarcasmStructures(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  const found: RawFinding[] = [];
  const inReply = doc.context !== 'post';
  // "@critic maybe find a hobby": a reply's opening @handle is a vocative, so a clause starts after it.
  const vocative = inReply && doc.norm.includes('@') ? afterHandles(doc) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const hit =
      mockApology(tokens, i) ??
      pretendEnjoyment(doc, tokens, i) ??
      tailJab(tokens, i) ??
      (inReply
        ? (snideSuggestion(tokens, i, vocative) ?? mockBecause(tokens, i, vocative) ?? loudThanks(doc, tokens, i) ?? gladOfSuffering(tokens, i))
        : undefined);
    if (hit) found.push(hit);
  }
  praisedComplaint(tokens, found);
  sarcasmMark(doc, found);
  return found;
}
