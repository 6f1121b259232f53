// Turning phrase matches into findings: the common path of every phrase-based tone rule, with
// the few shared exceptions (a negation just before, a word that turns the phrase harmless
// just after) declared on the entry, so lexicons stay data.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import type { PhraseEntry, PhraseMatch, PhraseSet } from './phrase-set';
import { inCaseOf } from './suggestion-case';
import { anyIn, closesSentence, opensSentence, precededBy, sentenceAround, toneTokens, toneWordSet } from './tokens';

export interface ToneEntry extends PhraseEntry {
  /** Skip when one of these words is among the three words before ("we can't guarantee"). */
  notAfter?: readonly string[];
  /** Skip when the next word is one of these ("don't come back until…" is advice, not a threat). */
  notBefore?: readonly string[];
  /** Skip when the sentence holding the phrase has one of these words. */
  unlessSentenceHas?: readonly string[];
  /** Skip when the whole text has one of these words. */
  unlessTextHas?: readonly string[];
  /** Only when the phrase is a sentence on its own ("Period.", "Wow."). */
  wholeSentence?: boolean;
  /** Only when the phrase opens its sentence ("Listen, …"). */
  sentenceStart?: boolean;
  /** Not when an exclamation mark follows ("Wow!" is delight, "Wow." is not). */
  calmEnding?: boolean;
}

export const NEGATIONS: readonly string[] = [
  'not', 'no', 'never', 'cant', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', 'arent',
  'wasnt', 'werent', 'shouldnt', 'wouldnt', 'couldnt', 'nobody', 'nothing', 'without', 'nor',
];

const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function asSet(words: readonly string[]): ReadonlySet<string> {
  let s = setCache.get(words);
  if (!s) setCache.set(words, (s = new Set(words)));
  return s;
}

/** Matches of a tone lexicon that survive their entries' exceptions. */
export function keptMatches<E extends ToneEntry>(doc: Doc, set: PhraseSet<E>): PhraseMatch<E>[] {
  const tokens = toneTokens(doc);
  return set.find(doc).filter(({ entry, from, to }) => {
    if (entry.notAfter && precededBy(tokens, from, asSet(entry.notAfter), 3)) return false;
    if (entry.notBefore) {
      const next = tokens[to];
      if (next && !next.breakBefore && asSet(entry.notBefore).has(next.text)) return false;
    }
    if ((entry.wholeSentence || entry.sentenceStart) && !opensSentence(tokens, from)) return false;
    if (entry.wholeSentence && !closesSentence(tokens, to)) return false;
    if (entry.calmEnding && /^\s*!/.test(doc.norm.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 3))) return false;
    if (entry.unlessSentenceHas) {
      const { from: s, to: e } = sentenceAround(tokens, from);
      if (anyIn(tokens, s, e, asSet(entry.unlessSentenceHas))) return false;
    }
    if (entry.unlessTextHas) {
      const words = toneWordSet(doc);
      if (entry.unlessTextHas.some((w) => words.has(w))) return false;
    }
    return true;
  });
}

export function toFinding(doc: Doc, m: PhraseMatch<ToneEntry>, defaultMessage: string): RawFinding {
  const finding: RawFinding = { start: m.start, end: m.end, message: m.entry.message ?? defaultMessage };
  if (m.entry.severity) finding.severity = m.entry.severity;
  if (m.entry.suggestion !== undefined) finding.suggestion = inCaseOf(doc.norm.slice(m.start, m.end), m.entry.suggestion);
  return finding;
}

/** The usual rule body: every kept match becomes a finding. */
export function phraseFindings(doc: Doc, set: PhraseSet<ToneEntry>, defaultMessage: string): RawFinding[] {
  return keptMatches(doc, set).map((m) => toFinding(doc, m, defaultMessage));
}
