// Defensiveness as structure: the practice as the subject of a claim that it acted rightly
// ("our staff acted appropriately", "our billing is completely transparent"), and the practice
// denying an accused act ("we did NOT refuse to see her", "nobody on our team was rude").
// A sentence that apologises or offers something owns the problem instead and stays quiet.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { ACCUSED_ACTS, CONDUCT_VERBS, OWNING_IT, PROPRIETY } from '../lexicons/tone-defensive';
import { PRACTICE_SIDE } from '../lexicons/tone-shared-classes';
import { anyIn, sentenceAround, toneTokens, toneWordSet, type ToneToken } from './tokens';

const US = new Set(PRACTICE_SIDE);
const RIGHT = new Set(PROPRIETY);
const CONDUCT = new Set(CONDUCT_VERBS);
const ACCUSED = new Set(ACCUSED_ACTS);
const NEGATED = new Set(['wasnt', 'werent', 'didnt', 'not', 'isnt', 'arent', 'never']);
const OWNING_WORDS = new Set(OWNING_IT.filter((w) => !NEGATED.has(w)));
const DENIAL = new Set(['not', 'never', 'didnt', 'wouldnt', 'wont']);
// "We're sorry you had a bad experience, but our fillings…": what follows "but" takes the
// apology back, so an apology only shields a claim when no "but" stands between them.
const TAKES_BACK = new Set(['but', 'however', 'yet', 'although', 'though']);

/** Whether a word of `shield` in the sentence around token `at` covers it (no "but" from it to `at`). */
function shielded(tokens: readonly ToneToken[], at: number, shield: ReadonlySet<string>): boolean {
  const { from, to } = sentenceAround(tokens, at);
  let cover = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (k < at && TAKES_BACK.has(w)) cover = false;
    if (shield.has(w)) {
      if (k >= at) return true;
      cover = true;
    }
  }
  return cover;
}

const MESSAGE = 'This argues that the practice did nothing wrong. Readers side with the reviewer; acknowledge the concern and offer to talk privately.';

/** "Our staff acted appropriately at all times", "our billing is completely transparent". */
function claimsPropriety(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!US.has(tokens[i]!.text)) continue;
    let verb = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 4 && !tokens[k]!.clauseBefore; k++) {
      if (CONDUCT.has(tokens[k]!.text)) {
        verb = k;
        break;
      }
    }
    if (verb === -1) continue;
    for (let k = verb + 1; k < tokens.length && k <= verb + 5 && !tokens[k]!.clauseBefore; k++) {
      if (!RIGHT.has(tokens[k]!.text)) continue;
      // A negation owns the claim only inside it ("our staff was not professional"); after it,
      // "…and simply do not fall out" is more of the defence.
      if (!anyIn(tokens, i, k, NEGATED) && !shielded(tokens, i, OWNING_WORDS)) found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: MESSAGE });
      i = k;
      break;
    }
  }
  return found;
}

/** "we did NOT refuse to see her", "our staff never yelled", "nobody on our team was rude". */
function deniesAccusation(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (!DENIAL.has(w)) continue;
    // The practice must be the subject, within three words before the denial.
    let subject = -1;
    for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1]!.clauseBefore; k--) {
      if (US.has(tokens[k]!.text) && tokens[k]!.text !== 'our') subject = k;
    }
    if (subject === -1) continue;
    let j = i + 1;
    if (tokens[j]?.text === 'ever' || tokens[j]?.text === 'once' || tokens[j]?.text === 'have') j++;
    // "We have never, not once, charged anyone": the aside only insists.
    const aside = tokens[j]?.text === 'not' && tokens[j + 1]?.text === 'once' && tokens[j]!.clauseBefore;
    if (aside) j += 2;
    const act = tokens[j];
    if (!act || (act.clauseBefore && !aside) || !ACCUSED.has(act.text)) continue;
    if (shielded(tokens, i, SORRY)) continue;
    found.push({ start: tokens[subject]!.start, end: act.end, message: MESSAGE });
    i = j;
  }
  return found;
}
const SORRY = new Set(['sorry', 'apologize', 'apologise', 'apologies']);

/** "There was no error on our part", "nothing wrong by our staff": a denial that ends on us. */
function noFaultOfOurs(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    const ours = (OUR_SIDE.has(w) && tokens[i - 1]?.text === 'our' && (tokens[i - 2]?.text === 'on' || tokens[i - 2]?.text === 'by'));
    if (!ours || tokens[i - 1]!.clauseBefore || tokens[i]!.clauseBefore) continue;
    for (let k = i - 3; k >= 0 && k >= i - 8; k--) {
      if (tokens[k + 1]!.clauseBefore) break;
      if (!FAULT_DENIAL.has(tokens[k]!.text)) continue;
      if (!shielded(tokens, k, SORRY)) found.push({ start: tokens[k]!.start, end: tokens[i]!.end, message: MESSAGE });
      break;
    }
  }
  return found;
}
const OUR_SIDE = new Set(['part', 'end', 'side', 'staff', 'team', 'office']);
const FAULT_DENIAL = new Set(['no', 'not', 'never', 'nothing', 'without', 'wasnt', 'werent']);

const DOTTED_SUBJECT = new Set(['we', 'were', 'our', 'i', 'im', 'nobody', 'this', 'that', 'it']);
const DOTTED_DENIAL = new Set(['not', 'never', 'nothing', 'didnt', 'no', 'arent', 'isnt', 'wasnt', 'dont', 'wont']);

/** "We have never lost a crown. Not. One.": a dotted "not"/"never" after the practice's claim. */
function deniesAfterUs(tokens: readonly ToneToken[], i: number): boolean {
  if (!DOTTED_DENIAL.has(tokens[i]!.text)) return false;
  const { from, to } = sentenceAround(tokens, i - 1);
  return anyIn(tokens, from, to, US);
}

/** Whether every word of tokens [i, end) stands in the sentence just before token i. */
function echoesSentenceBefore(tokens: readonly ToneToken[], i: number, end: number): boolean {
  const { from, to } = sentenceAround(tokens, i - 1);
  for (let k = i; k < end; k++) {
    let seen = false;
    for (let j = from; j < to && !seen; j++) seen = tokens[j]!.text === tokens[k]!.text;
    if (!seen) return false;
  }
  return true;
}

/** "WE. ARE. NOT. A. SCAM.", "We. Did. Nothing. Wrong.": a denial spelled one word per sentence. */
function dottedDenial(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  const words = toneWordSet(doc);
  const reassuring = REASSURING.some((w) => words.has(w));
  let i = 0;
  while (i < tokens.length) {
    let end = i;
    // A run of one-word sentences starting at i.
    while (end < tokens.length && (end === 0 || tokens[end]!.breakBefore) && (end + 1 === tokens.length || tokens[end + 1]!.breakBefore)) end++;
    if (end - i >= 3 && DOTTED_SUBJECT.has(tokens[i]!.text) && anyIn(tokens, i, end, DOTTED_DENIAL)) {
      found.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, message: MESSAGE });
    } else if (end - i >= 2 && i > 0 && !reassuring && (echoesSentenceBefore(tokens, i, end) || deniesAfterUs(tokens, i))) {
      // "…leaves pain-free. Every. Single. One.": the claim said again, a word at a time.
      found.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, message: MESSAGE });
    }
    i = end > i ? end : i + 1;
  }
  return found;
}

const INSIST = new Set(['period', 'ever', 'never', 'none', 'nope', 'no', 'stop']);
const REASSURING = [
  'privacy', 'private', 'hipaa', 'safe', 'secure', 'protect', 'protected', 'confidential', 'thank', 'thanks', 'love', 'glad',
  'happy', 'welcome', 'promise', 'sorry',
];

/**
 * "Our hygienists are gentle, period." / "We don't overbook. Ever.": a claim closed by a word that
 * forbids reply, after a comma or as its own one-word sentence after a denial.
 */
function insistingCloser(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  // "We never share your information. Ever." reassures; so does any warm reply.
  const words = toneWordSet(doc);
  if (REASSURING.some((w) => words.has(w))) return found;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!INSIST.has(t.text) || !(i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) continue;
    const { from } = sentenceAround(tokens, i - 1);
    // "…medically necessary, full stop."
    const fullStop = t.text === 'stop' && tokens[i - 1]!.text === 'full' && tokens[i - 1]!.clauseBefore && !tokens[i - 1]!.breakBefore;
    // The claim is about the practice, or says something was right ("medically necessary, full stop").
    const claim = anyIn(tokens, from, i, US) || anyIn(tokens, from, i, RIGHT);
    if (fullStop) {
      if (claim) found.push({ start: tokens[from]!.start, end: t.end, message: MESSAGE });
    } else if (t.text === 'period' && t.clauseBefore && !t.breakBefore) {
      // "…, period." after such a claim ("the grace period." has no comma).
      if (claim) found.push({ start: tokens[from]!.start, end: t.end, message: MESSAGE });
    } else if (t.breakBefore && t.text !== 'period' && anyIn(tokens, from, i, US) && anyIn(tokens, from, i, DOTTED_DENIAL)) {
      // "We don't overbook. Ever."
      found.push({ start: tokens[from]!.start, end: t.end, message: MESSAGE });
    }
  }
  return found;
}

const QUOTE_DENIAL = new Set(['not', 'no', 'never', 'didnt', 'nobody', 'one', 'isnt', 'wasnt', 'werent', 'dont', 'doesnt', 'nothing']);

/**
 * 'Dr. Brandt did not "botch" anything', 'No one "yelled."': the reader's own word in scare
 * quotes right after a denial, which mocks it as it denies it.
 */
function scareQuotedDenial(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = doc.norm.charCodeAt(t.start - 1);
    // " “ (and ' only when it opens a quote after a space)
    const prev = doc.norm.charCodeAt(t.start - 2);
    const opens = before === 34 || before === 0x201c || (before === 39 && (prev === 32 || prev === 10 || Number.isNaN(prev)));
    if (!opens) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (tokens[k + 1]!.breakBefore) break;
      if (QUOTE_DENIAL.has(tokens[k]!.text) && (tokens[k]!.text !== 'one' || tokens[k - 1]?.text === 'no')) {
        const from = tokens[k]!.text === 'one' ? k - 1 : k;
        found.push({ start: tokens[from]!.start, end: t.end, message: MESSAGE });
        break;
      }
    }
  }
  return found;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const PARTICLES = new Set(['out', 'up', 'in', 'through', 'over', 'off']);
const DONE_RIGHT = new Set(['correctly', 'properly', 'appropriately', 'accurately', 'precisely']);
// Irregular participles of the acts a practice is accused of doing wrong ("was done", "was put").
const IRREGULAR_DONE = new Set(['done', 'made', 'taken', 'given', 'sent', 'written', 'set', 'put', 'fit', 'cut', 'paid', 'told', 'shown', 'run', 'read', 'drawn', 'worn', 'seen']);
// An instruction or a condition ("make sure it is worn properly", "if it was placed correctly").
const NOT_A_CLAIM = new Set(['if', 'sure', 'ensure', 'make', 'how', 'whether', 'unless', 'check', 'to', 'must', 'needs', 'need']);

/**
 * "Your daughter's varnish was applied correctly", "the claim was coded properly": the work
 * declared right in the passive, with nobody named. A participle between a form of "be" and a
 * word of correctness; negation, an apology or an offer in the sentence owns it instead.
 */
function passivePropriety(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!DONE_RIGHT.has(tokens[k]!.text) || tokens[k]!.clauseBefore) continue;
    // "carried out correctly", "filled in properly": a particle after the participle.
    const at = PARTICLES.has(tokens[k - 1]!.text) && k >= 3 ? k - 2 : k - 1;
    const p = tokens[at]!;
    if (p.clauseBefore || tokens[k - 1]!.clauseBefore || !(IRREGULAR_DONE.has(p.text) || (p.text.length > 4 && p.text.endsWith('ed')))) continue;
    // "was applied", "was all done", "were both placed"
    let be = -1;
    for (let j = at - 1; j >= 0 && j >= at - 2 && !tokens[j + 1]!.clauseBefore; j--) if (BE.has(tokens[j]!.text)) be = j;
    if (be === -1) continue;
    const { from } = sentenceAround(tokens, k);
    if (anyIn(tokens, Math.max(from, be - 4), k, NEGATED) || anyIn(tokens, from, k, NOT_A_CLAIM) || shielded(tokens, k, OWNING_WORDS)) continue;
    found.push({ start: tokens[be]!.start, end: tokens[k]!.end, message: MESSAGE });
  }
  return found;
}

export function defenseStructures(doc: Doc): RawFinding[] {
  if (doc.context === 'post') return [];
  const tokens = toneTokens(doc);
  return [...claimsPropriety(tokens), ...deniesAccusation(tokens), ...noFaultOfOurs(tokens), ...dottedDenial(doc, tokens), ...insistingCloser(doc, tokens), ...scareQuotedDenial(doc, tokens), ...passivePropriety(tokens)];
}
