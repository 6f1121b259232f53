// Guarantees as structure: a promise word near an outcome no one can promise ("we guarantee a
// perfect smile"), "forever" attached to a treatment ("implants last forever"), claims that a
// bad outcome never happens ("families who follow our plan never get cavities", "not a single
// patient has complained"), and "100%" about anything but money. Hedged or negated forms stay
// quiet ("we can't guarantee results", "almost never").
// The structures without a partner word are in never-claims.ts, best-claims.ts and
// absolute-slogans.ts; the promise and "forever" co-occurrences are here.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { ABSOLUTE_OUTCOMES, FOREVER_FEELINGS, LASTING_OUTCOMES, PROMISE_WORDS } from '../lexicons/tone-guarantee';
import { HEDGES, NEGATION_WORDS } from '../lexicons/tone-shared-classes';
import { absenceSlogan, hundredPercent } from './absolute-slogans';
import { bestIn, superlativeReach } from './best-claims';
import { cooccurrenceFindings } from './cooccurrence';
import { failureDenied, neverAnyone, neverHappens, noOneEver, OUTCOME_PROMISE_MESSAGE } from './never-claims';
import { toneTokens, type ToneToken } from './tokens';

const QUIET_BEFORE = new Set([...NEGATION_WORDS, ...HEDGES, 'if', 'whether', 'hope', 'wish']);

const promises = {
  anchors: new Set(PROMISE_WORDS),
  partners: new Set(ABSOLUTE_OUTCOMES),
  window: 8,
  eitherSide: true,
  sameClause: true,
  quietAfter: QUIET_BEFORE,
  quietInQuestions: true,
  message: OUTCOME_PROMISE_MESSAGE,
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
