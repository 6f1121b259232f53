// Guarantees as structure: a promise word near an outcome no one can promise ("we guarantee a
// perfect smile"), "forever" attached to a treatment ("implants last forever"), claims that a
// bad outcome never happens ("families who follow our plan never get cavities", "not a single
// patient has complained"), and "100%" about anything but money. Hedged or negated forms stay
// quiet ("we can't guarantee results", "almost never").
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  ABSOLUTE_OUTCOMES,
  BAD_OUTCOMES,
  CARE_NOUNS,
  FAILURE_QUIET,
  FAILURE_VERBS,
  SLOGAN_ABSENCES,
  SUPERLATIVE_REACH,
  TREATMENT_NOUNS,
  UNIVERSAL_OBJECTS,
  FOREVER_FEELINGS,
  HUNDRED_PERCENT_FACTS,
  LASTING_OUTCOMES,
  NEVER_HAPPENS,
  PROMISE_WORDS,
} from '../lexicons/tone-guarantee';
import { HEDGES, NEGATION_WORDS } from '../lexicons/tone-shared-classes';
import { cooccurrenceFindings, opensClause } from './cooccurrence';
import { anyIn, closesSentence, opensSentence, precededBy, sentenceAround, toneTokens, type ToneToken } from './tokens';

const MESSAGE = 'This promises an outcome no treatment can guarantee. Describe what patients can usually expect.';
const NOT = new Set([...NEGATION_WORDS, 'hardly', 'rarely', 'seldom']);
const HEDGED = new Set(HEDGES);
const QUIET_BEFORE = new Set([...NEGATION_WORDS, ...HEDGES, 'if', 'whether', 'hope', 'wish']);
const NEVER_VERBS = new Set(NEVER_HAPPENS);
const BAD = new Set(BAD_OUTCOMES);
const FACTS = new Set(HUNDRED_PERCENT_FACTS);
const CARE = new Set(CARE_NOUNS);
// Superlatives of care: "the gentlest dentist in Oregon" claims as much as "the best".
const TOP = new Set(['best', 'top', 'finest', 'greatest', 'leading', 'gentlest', 'kindest', 'friendliest', 'safest', 'cleanest', 'smartest', 'nicest', 'coolest', 'highest']);
const AWARDED = new Set(['voted', 'voting', 'vote', 'named', 'award', 'awarded', 'won', 'winner', 'nominated', 'crowned']);
const NEVER_QUIET = new Set(['almost', 'nearly', 'hardly', 'should', 'may', 'might', 'hopefully', 'if', 'will', 'll', 'wont']);

const promises = {
  anchors: new Set(PROMISE_WORDS),
  partners: new Set(ABSOLUTE_OUTCOMES),
  window: 8,
  eitherSide: true,
  sameClause: true,
  quietAfter: QUIET_BEFORE,
  quietInQuestions: true,
  message: MESSAGE,
};

// Anchored on the rare word ("forever", "for life", "for decades") and looking back for the
// treatment or the "will", which is cheaper than starting at every "will".
const FOR_A_SPAN = new Set(['life', 'good', 'decades', 'years']);
const forever = {
  anchors: new Set(['forever', 'permanently', 'lifetime', 'lifelong', 'life', 'good', 'decades']),
  anchorTest: (_doc: Doc, tokens: readonly ToneToken[], i: number) => !FOR_A_SPAN.has(tokens[i]!.text) || tokens[i - 1]?.text === 'for',
  partners: new Set(LASTING_OUTCOMES),
  window: 6,
  eitherSide: true,
  quietAfter: QUIET_BEFORE,
  quietIfSentenceHas: new Set([...HEDGES, ...FOREVER_FEELINGS]),
  quietInQuestions: true,
  message: 'Nothing in care lasts forever for everyone. Say how long results usually last with good care.',
};

/** "never get cavities", "our veneers never chip", "never had a single complaint". */
function neverHappens(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'never' || opensClause(tokens, i)) continue;
    if (precededBy(tokens, i, NEVER_QUIET, 2)) continue;
    let j = i + 1;
    if (tokens[j]?.text === 'ever') j++;
    if (tokens[j]?.text === 'had' || tokens[j]?.text === 'have' || tokens[j]?.text === 'has') {
      // "never had a (single) complaint"
      for (let k = j + 1; k < tokens.length && k <= j + 4 && !tokens[k]!.clauseBefore; k++) {
        if (BAD.has(tokens[k]!.text)) {
          found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: MESSAGE });
          break;
        }
      }
      continue;
    }
    const verb = tokens[j];
    if (!verb || verb.clauseBefore || !NEVER_VERBS.has(verb.text)) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (anyIn(tokens, from, to, HEDGED)) continue;
    found.push({ start: tokens[i]!.start, end: verb.end, message: MESSAGE });
  }
  return found;
}

/** "Nobody has ever left unhappy", "not a single patient complained". */
function noOneEver(tokens: readonly ToneToken[]): RawFinding[] {
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
        found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: MESSAGE });
        i = k;
        break;
      }
    }
  }
  return found;
}

/** "100%" about an outcome, not about money or coverage. */
function hundredPercent(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '100%') continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1]?.text ?? '';
    if (!next || next.breakBefore || FACTS.has(next.text) || FACTS.has(prev) || prev === 'at' || prev === 'pays' || prev === 'pay') continue;
    if (precededBy(tokens, i, NOT, 3)) continue;
    found.push({ start: tokens[i]!.start, end: next.end, message: 'No treatment is 100% anything. Describe what patients can usually expect instead.' });
  }
  return found;
}

const anyClauseBreak = (tokens: readonly ToneToken[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (tokens[k]!.clauseBefore) return true;
  return false;
};

/** "the best hands in Eugene": a superlative claim about care in a place. */
function bestIn(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    // "best", "top", "finest", or "#1" ("#" is not part of a word).
    if (!TOP.has(w) && !(w === '1' && doc.norm[tokens[i]!.start - 1] === '#')) continue;
    // "voted us Best Family Dentist in…" names an award the practice won.
    if (precededBy(tokens, i, AWARDED, 3)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && !tokens[k]!.clauseBefore; k++) {
      // "best dentist in Eugene", or "best office for kids in Lane County".
      let at = tokens[k + 1]?.text === 'in' ? k + 1 : -1;
      if (at === -1 && tokens[k + 1]?.text === 'for') for (let m = k + 2; m <= k + 4 && m < tokens.length; m++) if (tokens[m]!.text === 'in') at = m;
      if (CARE.has(tokens[k]!.text) && at !== -1 && !anyClauseBreak(tokens, k + 1, at + 1)) {
        found.push({ start: tokens[i]!.start, end: tokens[at]!.end, message: 'A "best in town" claim cannot be backed up. Say what patients like about the practice instead.' });
        break;
      }
      if (tokens[k]!.text === 'of') break;
    }
  }
  return found;
}

const TREATMENTS = new Set(TREATMENT_NOUNS);
const FAILS = new Set(FAILURE_VERBS);
const FAILURE_HEDGED = new Set([...FAILURE_QUIET, ...HEDGES, 'almost', 'hardly', 'virtually']);
const DENIED = new Set(['not', 'dont', 'doesnt', 'wont', 'cant', 'cannot', 'never']);
const ABSENCES = new Set(SLOGAN_ABSENCES);
const REACH = new Set(SUPERLATIVE_REACH);
const SUPERLATIVES = new Set(['best', 'highest', 'finest', 'safest', 'gentlest', 'greatest', 'top']);
const EVERYONE = new Set(UNIVERSAL_OBJECTS);
// Words that can follow "the best available" when it closes a claim, not when it names a slot.
const AFTER_CLAIM = new Set(['and', 'but', 'anywhere', 'today', 'period', 'in', 'on', 'to', 'for', 'at', 'so']);
const PRACTICE_WE = new Set(['we', 'weve', 'our', 'office', 'practice', 'team', 'staff', 'dr', 'doctor', 'dentist', 'hygienists']);

/** "Our crowns simply do not crack", "fillings placed by Dr. Brandt do not fall out": a treatment that never fails. */
function failureDenied(tokens: readonly ToneToken[]): RawFinding[] {
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
    found.push({ start: tokens[i]!.start, end: tokens[verb]!.end, message: MESSAGE });
    i = verb;
  }
  return found;
}

/** "We have never, not once, charged anyone…": a record claim about everyone the office has seen. */
function neverAnyone(tokens: readonly ToneToken[]): RawFinding[] {
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
        found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: MESSAGE });
        i = k;
        break;
      }
    }
  }
  return found;
}

const SLOGAN_TURN = new Set(['just', 'only', 'all', 'guaranteed', 'ever', 'period', 'promise', 'nothing']);

/**
 * Whether a list of "no …" items goes on from token `at` and ends as a slogan does: at the end
 * of the sentence or on "just smiles" ("No needles, no drills, just smiles!"), not on an account
 * of a day ("No drills, no shots: today was just a cleaning day").
 */
function sloganList(tokens: readonly ToneToken[], at: number): boolean {
  let k = at;
  let items = 0;
  while (k + 1 < tokens.length && !tokens[k]!.breakBefore && tokens[k]!.clauseBefore && (tokens[k]!.text === 'no' || tokens[k]!.text === 'zero') && ABSENCES.has(tokens[k + 1]!.text)) {
    k += 2;
    items++;
  }
  if (items === 0) return false;
  return closesSentence(tokens, k) || SLOGAN_TURN.has(tokens[k]!.text);
}

/** "No needles. No drills. No tears.": a slogan promising none of a bad experience. */
function absenceSlogan(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.text;
    if ((w !== 'no' && w !== 'zero') || !opensSentence(tokens, i)) continue;
    let k = i + 1;
    if (tokens[k]!.text === 'more') k++;
    if (!ABSENCES.has(tokens[k]?.text ?? '')) continue;
    // A sentence of its own ("No pain."), or a list of them ("No pain, no tears, just smiles").
    if (!closesSentence(tokens, k + 1) && !sloganList(tokens, k + 1)) continue;
    if (doc.norm.slice(tokens[k]!.end, tokens[k]!.end + 2).includes('?')) continue;
    found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: 'A slogan of "no pain" promises what no visit can. Say how you keep kids comfortable instead.' });
  }
  return found;
}

/** "the highest quality available", "the best anywhere", "best pediatric dentists in Oregon, hands down". */
function superlativeReach(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SUPERLATIVES.has(tokens[i]!.text) || precededBy(tokens, i, AWARDED, 3)) continue;
    // "hands down the best office": the closer may also come first.
    const h = tokens[i - 2]?.text === 'down' ? i - 2 : tokens[i - 3]?.text === 'down' ? i - 3 : -1;
    if (h > 0 && tokens[h - 1]!.text === 'hands' && !tokens[h + 1]!.breakBefore) {
      found.push({ start: tokens[h - 1]!.start, end: tokens[i]!.end, message: 'A "best anywhere" claim cannot be backed up. Say what patients like about the practice instead.' });
      continue;
    }
    // "hands down" and "bar none" may close a longer claim than the other reaches.
    for (let k = i + 1; k <= i + 8 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      const t = tokens[k]!.text;
      const closer = (t === 'down' && tokens[k - 1]!.text === 'hands') || (t === 'none' && tokens[k - 1]!.text === 'bar');
      if (k > i + 4 && !closer) continue;
      // "available" closes the claim ("the best available."), not "the best available time".
      const reach = (REACH.has(t) && (t !== 'available' || tokens[k + 1]?.clauseBefore !== false || AFTER_CLAIM.has(tokens[k + 1]!.text))) ||
        closer || (t === 'buy' && tokens[k - 1]!.text === 'can');
      if (!reach) continue;
      found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: 'A "best anywhere" claim cannot be backed up. Say what patients like about the practice instead.' });
      i = k;
      break;
    }
  }
  return found;
}

export function promiseStructures(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  return [
    ...failureDenied(tokens),
    ...neverAnyone(tokens),
    ...absenceSlogan(doc, tokens),
    ...superlativeReach(doc, tokens),
    ...cooccurrenceFindings(doc, promises),
    ...cooccurrenceFindings(doc, forever),
    ...neverHappens(tokens),
    ...noOneEver(tokens),
    ...hundredPercent(doc, tokens),
    ...bestIn(doc, tokens),
  ];
}
