// A care word said as what the person has or had: "girl that's def a dry socket", "bro its a
// filling not open heart surgery". In a comment or reply the "that"/"it" points at what the person
// described, so the word names back their condition or procedure. Explanations to anyone ("it's a
// cavity when the enamel breaks down", "it's a filling material called composite") go on after the
// word, so the word must end its clause.
import type { Doc } from '../doc';

const OPENERS = new Set(["that's", 'thats', "it's", 'its']);
const OPENER_SUBJECTS = new Set(['that', 'it', 'this']);
const OPENER_VERBS = new Set(['is', 'was', 'sounds', 'looks']);
// "just"/"only" are left out: "it's just a cleaning" shrugs at a kind of care, it diagnoses no one.
const HEDGES = new Set(['def', 'defo', 'definitely', 'probably', 'prob', 'prolly', 'likely', 'totally', 'clearly', 'obviously', 'literally', 'classic', 'like']);
const ARTICLES = new Set(['a', 'an']);
// Words that may follow the care word and still end the clause: "a filling not open heart surgery".
const CLAUSE_ENDERS = new Set(['not', 'lol', 'lmao', 'tho', 'bro', 'girl', 'imo', 'honestly', 'fr', 'for', 'and', 'but', 'or', 'so', 'babe', 'hun', 'friend']);

/** Is the care phrase at words `first`…`last` said as the person's diagnosis ("that's def a dry
 *  socket")? Only in comments and replies, where "that" is what the person described. */
export function saidAsDiagnosis(doc: Doc, first: number, last: number): boolean {
  if (doc.context === 'post') return false;
  const words = doc.words;
  const sentence = words[first]!.sentence;
  let k = first - 1;
  if (ARTICLES.has(words[k]?.lower ?? '')) k--;
  while (k >= first - 4 && HEDGES.has(words[k]?.lower ?? '')) k--;
  if (words[k]?.lower === 'just' || words[k]?.lower === 'only') return false;
  const w = words[k];
  if (!w || w.sentence !== sentence) return false;
  const opener = OPENERS.has(w.lower) || (OPENER_VERBS.has(w.lower) && OPENER_SUBJECTS.has(words[k - 1]?.lower ?? '') && words[k - 1]!.sentence === sentence);
  if (!opener) return false;
  const next = words[last + 1];
  if (!next || next.sentence !== sentence) return true;
  return /[,.;:!?)\u2014\u2013-]/.test(doc.norm.slice(words[last]!.end, next.start)) || CLAUSE_ENDERS.has(next.lower);
}
