// Confirming that someone is or was a patient. HHS treats the confirmation itself as a
// disclosure: the $50,000 settlement in 2022 was for a dentist's review reply that confirmed a
// patient relationship. Catches what pattern tools miss: "your visit", "our records show",
// "we have no record of you", "your son's checkup", "Mr. Ruiz finished chemo today".
import { findCareClauses } from '../../detectors/care-clauses';
import { findBillingPhrases, findRelationshipPhrases } from '../../detectors/care-phrases';
import { findIdNumbers } from '../../detectors/id-numbers';
import { findPatientMentions } from '../../detectors/people';
import { findBillingTies, findEncounterTies, findHealthTies, type Tie } from '../../detectors/ties';
import type { Doc } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';
import { dateRightAfter } from '../../detectors/dates';
import { FOND_NOUNS } from '../../detectors/people-roles';
import { CONTEXT_CUES, PATIENT_TITLES } from '../../lexicons/person-cues';

const MESSAGE_PHRASE = 'This confirms the person is (or was) your patient. Saying so in public is a disclosure, even if nothing else is said.';
const MESSAGE_ENCOUNTER = 'Mentioning this person’s visit, records or treatment confirms they are your patient.';
const MESSAGE_NAMED = 'This ties a named or singled-out person to care at your practice.';
const MESSAGE_CLAUSE = 'This tells of dealings between your practice and this person (a call, a visit, an appointment), which confirms they are your patient.';
const MESSAGE_BILLING = 'Mentioning this person’s bill, insurance or payments confirms they are your patient.';
const MESSAGE_CARE = 'Speaking of this person’s treatment implies your practice gave it, which confirms they are your patient.';

const MESSAGE_RECORD = 'A chart or medical record number exists only for a patient: giving it confirms the person is yours.';
// A chart, record or patient number label right before the number (a few filler words allowed).
const PATIENT_RECORD_LABEL = /\b(?:chart|charts|mrn|medical record|patient|pt|record)\b[^.!?\n\d]{0,14}$/;

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Text that confirms or implies someone is or was a patient',
  help: 'Replies like “we reviewed your chart”, “when you came in on Monday” or even “we have no record of you” confirm whether someone is a patient. Thank them, say you take concerns seriously and invite them to call the office instead.',
};

export default defineRule({
  meta: {
    id: 'phi/relationship',
    category: 'phi',
    type: 'relationship',
    severity: 'block',
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const h of findRelationshipPhrases(doc)) {
      out.push({ start: h.start, end: h.end, severity: h.score >= 0.8 ? 'block' : 'warn', message: MESSAGE_PHRASE });
    }
    for (const t of findEncounterTies(doc)) out.push(tieFinding(doc, t, MESSAGE_ENCOUNTER, 'your experience'));
    // Treatment of an identified person implies they were treated here. In a reply or comment,
    // the person's procedure or medicine ("glad the new crown is holding up") does too; in a
    // review reply, any tie to care does.
    const reply = doc.context === 'review-reply';
    for (const t of findHealthTies(doc)) {
      if (t.possessive || t.owner === 'named' || t.owner === 'person' || t.owner === 'third') out.push(tieFinding(doc, t, MESSAGE_NAMED, 'your experience with us'));
      else if (doc.context !== 'post' && (reply || t.kind !== 'condition')) out.push(tieFinding(doc, t, MESSAGE_CARE, ''));
    }
    // A person's bill, claim or insurance is on file only because they are a patient.
    for (const t of findBillingTies(doc)) out.push(tieFinding(doc, t, MESSAGE_BILLING, ''));
    if (doc.context !== 'post') {
      for (const h of findBillingPhrases(doc)) out.push({ start: h.start, end: h.end, severity: 'warn', message: MESSAGE_BILLING });
    }
    // "we called you three times", "the hygienist ran late for you", "you've never been here".
    for (const c of findCareClauses(doc)) {
      if (c.kind === 'relationship') out.push({ start: c.start, end: c.end, severity: reply ? 'block' : 'warn', message: MESSAGE_CLAUSE });
      // "the $1,240 you still owe us", "you never paid": a debt to the practice is one for care.
      else out.push({ start: c.start, end: c.end, severity: 'warn', message: MESSAGE_BILLING });
    }
    // "chart ＃JV044813", "MRN 00473921": a practice keeps charts only for its patients.
    for (const id of findIdNumbers(doc)) {
      if (!PATIENT_RECORD_LABEL.test(doc.lower.slice(Math.max(0, id.start - 28), id.start))) continue;
      out.push({ start: id.start, end: id.end, severity: 'warn', message: MESSAGE_RECORD });
    }
    // "pt Lorenzo F.", "patient Maria": the name is introduced as a patient.
    for (const m of findPatientMentions(doc)) {
      // "our longtime friend Mr. Ostrowski", "our beloved Nana June": a practice's post calls
      // its patients so (its colleagues are "our amazing Noor", "our hygienist Maria").
      const ours = doc.context === 'post' ? fondlyOursBefore(doc, m.firstWord) : undefined;
      if (ours !== undefined) out.push({ start: ours, end: m.end, severity: 'warn', message: MESSAGE_NAMED });
      const before = doc.words[m.firstWord - 1];
      if (before && (before.lower === 'pt' || before.lower === 'patient') && before.sentence === m.sentence) {
        out.push({ start: before.start, end: m.end, message: MESSAGE_PHRASE });
      }
    }
    return out;
  },
});

const FOND_ADJECTIVES = new Set(['beloved', 'dear', 'dearest', 'longtime', 'favorite', 'favourite', 'sweet', 'sweetest', 'oldest', 'youngest']);
const NAME_CUES = new Set([...PATIENT_TITLES, ...CONTEXT_CUES]);

/** Where "our" starts when fond words stand between it and the name at `first`, in its sentence. */
function fondlyOursBefore(doc: Doc, first: number): number | undefined {
  const words = doc.words;
  let fond = false;
  for (let k = first - 1; k >= 0 && k >= first - 5 && words[k]!.sentence === words[first]!.sentence; k--) {
    const w = words[k]!;
    if (w.lower === 'our') return fond ? w.start : undefined;
    if (FOND_NOUNS.has(w.base) || FOND_ADJECTIVES.has(w.lower)) fond = true;
    else if (!NAME_CUES.has(w.lower) && !(w.lower.endsWith('-time'))) return undefined;
  }
  return undefined;
}

function tieFinding(doc: Doc, t: Tie, message: string, youSuggestion: string): RawFinding {
  // "your visit on March 3" is one thought: cover the date so one suggestion fixes both.
  const date = dateRightAfter(doc, t.end);
  const end = date?.end ?? t.end;
  const finding: RawFinding = { start: t.ownerStart, end, message, severity: t.possessive || t.owner === 'named' ? 'block' : 'warn' };
  if (t.owner === 'you' && t.possessive && youSuggestion) finding.suggestion = youSuggestion;
  return finding;
}
