// Superlative claims no one can back up: "the best hands in Eugene", "#1 dentist in town", "the
// highest quality available", "hands down the best office". An award the practice won is not one.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { CARE_NOUNS, SUPERLATIVE_REACH } from '../lexicons/tone-guarantee';
import { precededBy, type ToneToken } from './tokens';

const CARE = new Set(CARE_NOUNS);
// Superlatives of care: "the gentlest dentist in Oregon" claims as much as "the best".
const TOP = new Set(['best', 'top', 'finest', 'greatest', 'leading', 'gentlest', 'kindest', 'friendliest', 'safest', 'cleanest', 'smartest', 'nicest', 'coolest', 'highest']);
const AWARDED = new Set(['voted', 'voting', 'vote', 'named', 'award', 'awarded', 'won', 'winner', 'nominated', 'crowned']);
const REACH = new Set(SUPERLATIVE_REACH);
// People a superlative may praise ("best flosser", "best patients ever"): a compliment, not a claim.
const PRAISED_PEOPLE = new Set([
  'flosser', 'flossers', 'brusher', 'brushers', 'patient', 'patients', 'kid', 'kids', 'helper', 'helpers', 'family', 'families',
  'fans', 'community', 'neighbors', 'neighbours', 'mom', 'moms', 'dad', 'dads', 'big', 'little', 'cheerleader', 'sport', 'sports',
  'listener', 'listeners', 'student', 'students', 'boss', 'coworkers', 'coworker', 'crew',
]);
const SUPERLATIVES = new Set(['best', 'highest', 'finest', 'safest', 'gentlest', 'greatest', 'top']);
// Words that can follow "the best available" when it closes a claim, not when it names a slot.
const AFTER_CLAIM = new Set(['and', 'but', 'anywhere', 'today', 'period', 'in', 'on', 'to', 'for', 'at', 'so']);

const anyClauseBreak = (tokens: readonly ToneToken[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (tokens[k]!.clauseBefore) return true;
  return false;
};

/** "the best hands in Eugene": a superlative claim about care in a place. */
export function bestIn(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
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

/** "the highest quality available", "the best anywhere", "best pediatric dentists in Oregon, hands down". */
export function superlativeReach(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SUPERLATIVES.has(tokens[i]!.text) || precededBy(tokens, i, AWARDED, 3)) continue;
    // "best flosser in 2nd grade hands down" praises a person, it claims nothing about care.
    if (PRAISED_PEOPLE.has(tokens[i + 1]?.text ?? '')) continue;
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
