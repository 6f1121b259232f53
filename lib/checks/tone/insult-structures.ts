// Attacks on others in the practice's voice: accusing other dentists of cheating patients, and
// an insult said of one person ("she's such a diva").
import type { RawFinding } from '../rule';
import { CHEATING_PHRASE_HEADS, CHEATING_WORDS, ONE_PERSON, PERSON_INSULTS } from '../lexicons/tone-unprofessional';
import { anyIn, sentenceAround, type ToneToken } from './tokens';

const CHEATING = new Set(CHEATING_WORDS);
const RIP = new Set(CHEATING_PHRASE_HEADS);
const WE_AS_SUBJECT = new Set(['we', 'were', 'weve', 'us', 'our', 'i', 'im', 'ive']);
const NOT_NEAR = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'wont', 'nobody', 'accused', 'accusing', 'calling', 'called']);

/** "Any dentist who says otherwise is padding the bill", "y'all are getting robbed": accusing others of cheating. */
export function cheatingClaims(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    let cheat = CHEATING.has(w) ? i : -1;
    // "ripping off families", "ripping families off".
    for (let k = i + 1; RIP.has(w) && k <= i + 3 && k < tokens.length && !tokens[k]!.clauseBefore; k++) if (tokens[k]!.text === 'off') cheat = k;
    if (cheat === -1) continue;
    // "padding" is a cheat only as "padding the bill"; a denial or a quote of an accusation is defence.
    if (w === 'padding' && !/^(the|their|your|bills?)$/.test(tokens[i + 1]?.text ?? '')) continue;
    const { from, to } = sentenceAround(tokens, i);
    let ours = false;
    // Also the few words before, across full stops: "WE. ARE. NOT. A. SCAM." is one denial.
    for (let k = Math.min(from, Math.max(0, i - 5)); k < to && !ours; k++) ours = WE_AS_SUBJECT.has(tokens[k]!.text) || NOT_NEAR.has(tokens[k]!.text);
    if (ours) continue;
    found.push({ start: tokens[i]!.start, end: tokens[cheat]!.end, message: 'Accusing others of cheating patients looks petty and can be slander. Say what your office does instead.' });
  }
  return found;
}

const INSULTING = new Set(PERSON_INSULTS);
const PERSON = new Set(ONE_PERSON);
const IS_WAS = new Set(['is', 'was', 'are', 'were', 'being', 'acting', 'been', 'hes', 'shes', 'youre', 's']);
// "can be a handful", "toddlers are a handful": what a stage of life is like, said of no one.
// "crazy about", "crazy busy", "nuts for": fondness or busyness, not an insult.
const CRAZY = new Set(['crazy', 'insane', 'nuts']);
const FOND_AFTER = new Set(['about', 'busy', 'for', 'good', 'fast', 'proud', 'cute', 'talented', 'strong', 'brave']);
const HEDGED_BE = new Set(['can', 'may', 'might', 'sometimes', 'not', 'never', 'isnt', 'wasnt', 'arent', 'werent']);

/** "Your son was a nightmare in the chair", "she's such a diva": an insult said of one person. */
export function personInsults(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (!INSULTING.has(tokens[i]!.text)) continue;
    // Back over "a", "an", "such a", "an absolute", "a total" to the verb, then the person.
    let k = i - 1;
    while (k >= 0 && i - k <= 4 && !IS_WAS.has(tokens[k]!.text) && !tokens[k + 1]!.clauseBefore) k--;
    if (k < 0 || !IS_WAS.has(tokens[k]!.text) || tokens[k + 1]!.clauseBefore) continue;
    const verb = tokens[k]!.text;
    const subject = verb === 'hes' || verb === 'shes' || verb === 'youre' ? k : k - 1;
    if (subject < 0 || !PERSON.has(tokens[subject]!.text) || HEDGED_BE.has(tokens[k - 1]?.text ?? '')) continue;
    if (anyIn(tokens, k + 1, i, HEDGED_BE)) continue; // "was not a handful"
    if (CRAZY.has(tokens[i]!.text) && FOND_AFTER.has(tokens[i + 1]?.text ?? '')) continue; // "she's crazy about her new braces"
    found.push({ start: tokens[subject]!.start, end: tokens[i]!.end, message: 'This insults a person. Whoever it is about, it looks unprofessional on the practice\'s page.' });
  }
  return found;
}
