// Absolutes said as slogans: "No needles. No drills. No tears." and "100%" about anything but
// money or coverage.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { HUNDRED_PERCENT_FACTS, SLOGAN_ABSENCES } from '../lexicons/tone-guarantee';
import { NEGATION_WORDS } from '../lexicons/tone-shared-classes';
import { closesSentence, opensSentence, precededBy, type ToneToken } from './tokens';

const NOT = new Set([...NEGATION_WORDS, 'hardly', 'rarely', 'seldom']);
const FACTS = new Set(HUNDRED_PERCENT_FACTS);
const ABSENCES = new Set(SLOGAN_ABSENCES);
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
export function absenceSlogan(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
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

/** "100%" about an outcome, not about money or coverage. */
export function hundredPercent(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
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
