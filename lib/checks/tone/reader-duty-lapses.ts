// Blame without a "you": the reader's own task named as a thing that went undone, in the passive
// or impersonal voice that polite, formal and non-native replies use ("the forms were not filled
// before visit as requested", "the antibiotics were not finished as prescribed", "aftercare
// instructions aren't followed", "had the medical history been complete…", "the appointment
// was missed"). It starts at a word for one of the reader's duties and looks a few words ahead,
// in the same clause, for a form of "be" and then a negated act of compliance or a lapse.
// A condition ("if the forms are not filled…") or the office owning it ("our", "we forgot")
// keeps it quiet; blame-structures.ts drops it when the sentence apologises.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { COMPLIED_PARTICIPLES, LAPSED_DUTY, READER_DUTIES } from '../lexicons/tone-blaming';
import { blameSpan } from './blame-structure';
import { sentenceAround, type ToneToken } from './tokens';

const DUTIES = new Set(READER_DUTIES);
const COMPLIED = new Set(COMPLIED_PARTICIPLES);
const LAPSED = new Set(LAPSED_DUTY);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'wasnt', 'werent', 'isnt', 'arent', 'get', 'got', 'gets']);
const NEGATED_BE = new Set(['wasnt', 'werent', 'isnt', 'arent']);
const NOT = new Set(['not', 'never']);
// Words between the duty and its verb that keep it the reader's ("the forms on file", "the medical history form").
const BRIDGE = new Set(['on', 'file', 'form', 'forms', 'card', 'cards', 'instructions', 'sheet', 'history', 'we', 'you', 'sent', 'gave', 'had', 'have', 'has', 'still', 'also', 'again', 'all', 'both', 'then']);
// A condition or a general rule, or the office's own part, before the duty in its sentence.
const RESULT_OF = new Set(['happens', 'happen', 'happened', 'expected', 'normal', 'typical', 'common']);
const QUIET_BEFORE = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once', 'until', 'our', 'we', 'us', 'make', 'sure', 'ensure', 'please']);

/** "the forms were not filled", "aftercare instructions aren't followed", "the appointment was missed". */
export function dutyLapse(_doc: Doc, tokens: readonly ToneToken[], i: number): RawFinding | undefined {
  if (!DUTIES.has(tokens[i]!.text)) return undefined;
  const { from } = sentenceAround(tokens, i);
  // Only the duty's own clause: "We understand you are frustrated, however the forms…" is not the office's act.
  let ifHadBeen = false;
  for (let k = i - 1; k >= from; k--) {
    // "…what happens when aftercare instructions aren't followed" is the blame, not a condition.
    // "…would not have happened if the copay had been paid": a past counterfactual is the blame.
    const pastIf = tokens[k]!.text === 'if' && tokens[i + 1]?.text === 'had' && tokens[i + 2]?.text === 'been';
    ifHadBeen ||= pastIf;
    if (QUIET_BEFORE.has(tokens[k]!.text) && !RESULT_OF.has(tokens[k - 1]?.text ?? '') && !pastIf) return undefined;
    if (tokens[k]!.clauseBefore) break;
  }
  // "had the (medical) history been complete": the counterfactual puts "had" before the duty.
  let had = -1;
  for (let k = i - 2; k >= from && k >= i - 4; k--) if (tokens[k]!.text === 'had' && (tokens[k + 1]!.text === 'the' || tokens[k + 1]!.text === 'your')) had = k;
  const counterfactual = had !== -1 || ifHadBeen;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.clauseBefore) return undefined;
    if (!BE.has(t.text)) {
      if (BRIDGE.has(t.text)) continue;
      return undefined;
    }
    const negated = NEGATED_BE.has(t.text);
    let j = k + 1;
    const neg = negated || NOT.has(tokens[j]?.text ?? '');
    if (!negated && NOT.has(tokens[j]?.text ?? '')) j++;
    if (tokens[j]?.text === 'fully' || tokens[j]?.text === 'properly' || tokens[j]?.text === 'ever') j++;
    const verb = tokens[j];
    if (!verb || verb.clauseBefore) return undefined;
    if ((neg || (counterfactual && t.text === 'been')) && COMPLIED.has(verb.text)) return blameSpan(tokens, had !== -1 ? had : i, j);
    if (!neg && LAPSED.has(verb.text)) return blameSpan(tokens, i, j);
    return undefined;
  }
  return undefined;
}
