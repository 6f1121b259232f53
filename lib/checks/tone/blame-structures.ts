// Blame as structure rather than phrases: the reader ("you", "your son") as the subject of a
// fault ("you ignored", "you never called", "you should have read"), counterfactuals that put
// the cause on them ("had you called", "because your forms were incomplete"), and corrections
// aimed at them ("next time, try…"). Each is found from the word that starts it, with a Set
// lookup per word and a look at the next few words.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { APOLOGY, FAMILY, SECOND_PERSON } from '../lexicons/tone-shared-classes';
import {
  BLAME_ADVERBS,
  COMPLIANCE_VERBS,
  CONDITIONALS,
  FAULT_NOUNS,
  FAULT_STATES,
  FAULT_VERBS,
  GERUND_FAULTS,
  MISBEHAVIOUR,
  NEXT_TIME_CORRECTIONS,
  PAST_FAULT_NOUNS,
  SELF_RECEIVED,
  SOFT_FAULT_VERBS,
  UNCOOPERATIVE,
  UNDONE_BY_US,
} from '../lexicons/tone-blaming';
import { anyIn, precededBy, sentenceAround, toneTokens, type ToneToken } from './tokens';
import { isQuestion, opensClause } from './cooccurrence';
import { snideSuggestion } from './sarcasm-structures';
import { REVERSAL_STARTS } from './blame-reversals';

const YOU = new Set(SECOND_PERSON.filter((w) => w !== 'yourself'));
const SORRY = new Set(APOLOGY);
const IF = new Set(CONDITIONALS);
const ADVERB = new Set(BLAME_ADVERBS);
const FAULT = new Set(FAULT_VERBS);
const SOFT_FAULT = new Map(Object.entries(SOFT_FAULT_VERBS).map(([verb, next]) => [verb, new Set(next)]));
const RECEIVED = new Set(SELF_RECEIVED);
const BY_US = new Set(UNDONE_BY_US);
const FAMILY_WORDS = new Set(FAMILY);
const MISBEHAVING = new Set(MISBEHAVIOUR);
const REFUSING = new Set(['wouldnt', 'couldnt', 'wont', 'cant', 'didnt', 'refused']);
const COOPERATE = new Set(UNCOOPERATIVE);
const STATES = new Set(FAULT_STATES);
const FAULTS = new Set(FAULT_NOUNS);
const PAST_FAULTS = new Set(PAST_FAULT_NOUNS);
const CORRECTIONS = new Set(NEXT_TIME_CORRECTIONS);
const NOT = new Set(['didnt', 'never', 'not', 'wouldnt', 'couldnt']);
const COMPLIANCE = new Set(COMPLIANCE_VERBS);
// "the whole team remembers you yelling at Trevor": the reader caught in the act.
const GERUND_FAULT = new Set(GERUND_FAULTS);
const AND = new Set(['and', 'then', 'but', 'yet', 'still', 'also']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st']);
// "You only remembered…", "you suddenly decided…": the adverb makes any act a pointed one.
const POINTED = new Set(['only', 'suddenly', 'conveniently', 'magically', 'somehow']);
// Before "on you": what makes it "that's on you", not "we count on you".
const ON_YOU_LEAD = new Set(['thats', 'its', 'ones', 'is', 's', 'was', 'all', 'entirely', 'squarely', 'totally', 'completely', 'this', 'that', 'fully', 'solely']);
const SHOULD = new Set(['should', 'could', 'shouldve', 'couldve', 'shouldnt']);
const CAUSE = new Set(['because', 'since', 'bc', 'cuz', 'cause', 'due']);
const COPULA_PAST = new Set(['was', 'were']);
const COPULA = new Set(['is', 's', 'was', 'were', 'its', 'thats']);
const OFFER = new Set(['well', 'wed', 'happy', 'glad', 'free', 'welcome', 'love', 'gladly']);
const SOFTENERS = new Set(['please', 'maybe', 'perhaps', 'just', 'kindly', 'simply']);
const MESSAGE = 'This puts the blame on the reader. Say what the office can do next instead.';

function word(tokens: readonly ToneToken[], i: number, sentenceFrom: number): string | undefined {
  const t = tokens[i];
  if (!t || (i > sentenceFrom && t.breakBefore)) return undefined;
  return t.text;
}

function span(tokens: readonly ToneToken[], from: number, to: number): RawFinding {
  return { start: tokens[from]!.start, end: tokens[to]!.end, message: MESSAGE };
}

/** "you ignored", "you never called", "you should have read", "you can't expect us to". */
function secondPersonFault(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const at = (k: number) => word(tokens, k, i);
  // "if you actually flossed": the doubt is the accusation.
  if (tokens[i - 1]?.text === 'if' && (at(i + 1) === 'actually' || at(i + 1) === 'ever' || at(i + 1) === 'even') && COMPLIANCE.has(at(i + 2) ?? '')) {
    return span(tokens, i - 1, i + 2);
  }
  if (precededBy(tokens, i, IF, 3) || precededBy(tokens, i, SORRY, 4)) return undefined;
  let j = i + 1;
  while (ADVERB.has(at(j) ?? '') && j < i + 3) j++;
  const w = at(j);
  if (!w) return undefined;
  if (FAULT.has(w) || (j === i + 1 && GERUND_FAULT.has(w))) return span(tokens, i, j);
  if (j > i + 1 && POINTED.has(tokens[j - 1]!.text) && w.endsWith('ed') && !RECEIVED.has(w)) return span(tokens, i, j);
  const next = SOFT_FAULT.get(w);
  if (next && next.has(at(j + 1) ?? '')) return span(tokens, i, j + 1);
  // "you'll never grind again" is a promise about the future, not a past fault.
  if ((NOT.has(w) || (w === 'did' && at(j + 1) === 'not')) && (tokens[i]!.text === 'you' || tokens[i]!.text === 'u')) {
    const v = w === 'did' ? j + 2 : j + 1;
    const verb = at(v);
    // "you never got a call back" is the office's failure, not the reader's.
    if (!verb || RECEIVED.has(verb) || w === 'not' || BY_US.has(verb)) return undefined;
    if (verb === 'have' || verb === 'need' || verb === 'had') return undefined;
    return span(tokens, i, v);
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
      return span(tokens, i, k + 1);
    }
    if (!verb || RECEIVED.has(verb)) return undefined;
    // "you shouldn't have had to wait" is an apology.
    if (w === 'shouldnt' && (verb === 'had' || verb === 'needed' || verb === 'been')) return undefined;
    return span(tokens, i, k);
  }
  if ((w === 'cant' || w === 'cannot') && (at(j + 1) === 'expect' || at(j + 1) === 'blame')) return span(tokens, i, j + 1);
  return undefined;
}

/** "Had you called ahead, …": the inverted conditional only ever counterfactualises the reader. */
function hadYou(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'had' || !opensClause(tokens, i) || !YOU.has(word(tokens, i + 1, i) ?? '')) return undefined;
  const verb = word(tokens, i + 2, i);
  if (!verb || verb === 'any' || RECEIVED.has(verb)) return undefined;
  if (isQuestion(doc, tokens, endPastTitles(tokens, i))) return undefined;
  return span(tokens, i, i + 2);
}

/** Where the sentence holding token `i` ends, not counting the full stop of "Dr." or "Mrs.". */
function endPastTitles(tokens: readonly ToneToken[], i: number): number {
  let to = sentenceAround(tokens, i).to;
  while (to < tokens.length && TITLES.has(tokens[to - 1]!.text)) to = sentenceAround(tokens, to).to;
  return to;
}

/** "your son screamed", "your daughter wouldn't sit still"; not "Was your son yelling 'bye' all the way out?" */
function familyMisbehaving(doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'your' && tokens[i]!.text !== 'ur') return undefined;
  if (isQuestion(doc, tokens, endPastTitles(tokens, i))) return undefined;
  if (!FAMILY_WORDS.has(word(tokens, i + 1, i) ?? '')) return undefined;
  for (let k = i + 2; k <= i + 5; k++) {
    const w = word(tokens, k, i);
    if (w === undefined) return undefined;
    if (MISBEHAVING.has(w)) return span(tokens, i, k);
    if (REFUSING.has(w) && COOPERATE.has(word(tokens, k + 1, i) ?? '')) return span(tokens, i, k + 1);
  }
  return undefined;
}

/** "because your forms were incomplete", "due to your lateness". */
function causeIsReader(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!CAUSE.has(tokens[i]!.text)) return undefined;
  let j = i + 1;
  if (tokens[i]!.text === 'due') {
    if (word(tokens, j, i) !== 'to') return undefined;
    j++;
  }
  if (word(tokens, j, i) === 'of') j++;
  const who = word(tokens, j, i);
  if (who !== 'you' && who !== 'your' && who !== 'u' && who !== 'ur' && who !== 'youre') return undefined;
  for (let k = j + 1; k <= j + 5; k++) {
    const t = tokens[k];
    if (!t || t.clauseBefore) return undefined;
    if (STATES.has(t.text) || FAULTS.has(t.text)) return span(tokens, i, k);
  }
  return undefined;
}

/** "It was entirely your doing", "that was your choice". */
function yourDoing(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!COPULA.has(tokens[i]!.text)) return undefined;
  let j = i + 1;
  while (ADVERB.has(word(tokens, j, i) ?? '') && j < i + 3) j++;
  if (word(tokens, j, i) !== 'your') return undefined;
  let k = j + 1;
  if (word(tokens, k, i) === 'own') k++;
  const noun = word(tokens, k, i) ?? '';
  if (FAULTS.has(noun) || (PAST_FAULTS.has(noun) && COPULA_PAST.has(tokens[i]!.text))) return span(tokens, i, k);
  return undefined;
}

/** "Next time, try showing up on time", "next time you should read the email". */
function nextTime(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'next' || word(tokens, i + 1, i) !== 'time' || !opensClause(tokens, i)) return undefined;
  let j = i + 2;
  while (SOFTENERS.has(word(tokens, j, i) ?? '') && j < i + 4) j++;
  const w = word(tokens, j, i);
  if (!w) return undefined;
  // "Next time call us and we'll reschedule free" is an offer.
  const { to } = sentenceAround(tokens, i);
  if (anyIn(tokens, i, to, OFFER)) return undefined;
  if (CORRECTIONS.has(w)) return span(tokens, i, j);
  if (w === 'you' || w === 'u') {
    const modal = word(tokens, j + 1, i);
    if (modal === 'should' || modal === 'might' || modal === 'could' || modal === 'need' || modal === 'must' || modal === 'may')
      return span(tokens, i, j + 1);
  }
  return undefined;
}

/** "Maybe set an alarm?": a snide suggestion tells the reader what they should have done. */
function snideAsBlame(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  const hit = snideSuggestion(tokens, i);
  return hit ? { ...hit, message: MESSAGE } : undefined;
}

/** "that one's on you", "it's on YOU, not us": the fault placed on the reader. */
function onYou(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (tokens[i]!.text !== 'on' || !ON_YOU_LEAD.has(tokens[i - 1]?.text ?? '') || tokens[i]!.clauseBefore) return undefined;
  const who = word(tokens, i + 1, i);
  if (who !== 'you' && who !== 'u' && who !== 'yall' && who !== 'the' && who !== 'parents' && who !== 'patients') return undefined;
  if (who === 'the' && word(tokens, i + 2, i) !== 'patient' && word(tokens, i + 2, i) !== 'parent') return undefined;
  return span(tokens, i - 1, who === 'the' ? i + 2 : i + 1);
}

/** "You were seen on Monday and declined the X-rays": a fault in the reader's list of acts. */
function coordinatedFault(tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!FAULT.has(tokens[i]!.text) || !AND.has(tokens[i - 1]?.text ?? '')) return undefined;
  // Look back through the sentence; "Dr." does not end it ("You were seen by Dr. Brandt and declined…").
  for (let k = i - 2; k >= 0 && k >= i - 15; k--) {
    if (tokens[k]!.text === 'you' || tokens[k]!.text === 'u') return span(tokens, i - 1, i);
    if (tokens[k]!.breakBefore && !TITLES.has(tokens[k - 1]?.text ?? '')) break;
  }
  return undefined;
}

const NON_APOLOGY = new Set(['mad', 'upset', 'angry', 'feel', 'felt', 'think', 'unhappy', 'disappointed', 'frustrated', 'offended', 'see', 'so']);

/** An apology in tokens [from, to), not "sorry ur mad" or "sorry you feel that way". */
function sincereApology(tokens: readonly ToneToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!SORRY.has(tokens[k]!.text)) continue;
    const who = tokens[k + 1]?.text ?? '';
    const what = tokens[k + (who === 'that' ? 3 : 2)]?.text ?? '';
    const reader = who === 'ur' || who === 'youre' || who === 'you' || who === 'u' || who === 'that';
    if (!(reader && NON_APOLOGY.has(what))) return true;
  }
  return false;
}

type Structure = (doc: Doc, tokens: readonly ToneToken[], i: number) => RawFinding | undefined;

// Each structure starts at one of a few words: one Map lookup per word picks the structures to
// try, so most words cost a single lookup. The second element says whether it runs in posts.
const STARTS = new Map<string, Array<readonly [Structure, boolean]>>();
function startsAt(words: Iterable<string>, structure: Structure, inPosts: boolean): void {
  for (const w of words) {
    const list = STARTS.get(w) ?? [];
    list.push([structure, inPosts]);
    STARTS.set(w, list);
  }
}
startsAt(YOU, secondPersonFault, true);
startsAt(['had'], hadYou, true);
startsAt(['your', 'ur'], familyMisbehaving, false);
startsAt(CAUSE, (_d, t, i) => causeIsReader(t, i), true);
startsAt(COPULA, (_d, t, i) => yourDoing(t, i), true);
startsAt(['next'], (_d, t, i) => nextTime(t, i), false);
startsAt(['on'], (_d, t, i) => onYou(t, i), true);
startsAt(['maybe', 'perhaps'], (_d, t, i) => snideAsBlame(t, i), false);
startsAt(FAULT, (_d, t, i) => coordinatedFault(t, i), true);
for (const [words, structure, inPosts] of REVERSAL_STARTS) startsAt(words, structure, inPosts);

export function blameStructures(doc: Doc): RawFinding[] {
  // A post speaks to everyone: corrections and a child's behaviour there are general advice.
  const post = doc.context === 'post';
  const tokens = toneTokens(doc);
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const structures = STARTS.get(tokens[i]!.text);
    if (!structures) continue;
    let hit: RawFinding | undefined;
    for (const [structure, inPosts] of structures) {
      if (post && !inPosts) continue;
      hit = structure(doc, tokens, i);
      if (hit) break;
    }
    if (!hit) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (sincereApology(tokens, from, to)) continue;
    found.push(hit);
  }
  return found;
}
