// Person names. A patient's name is the first Safe Harbor identifier; a name next to any sign
// of care ("Welcome back, Dimitra! After her mastectomy…") discloses who the patient is. So does
// a name next to another personal detail (their phone, an ID number, a birthday, an age over 89)
// or one called a patient ("our longtime patient Harold Pettigrew"): from a medical practice that
// alone says the person is a patient. A name with none of these (a reviewer's public display
// name, "Thanks, Gideon!") is only advice. Staff and public figures in the news are not patients
// (see detectors/people.ts).
import { docTiesToCare } from '../../detectors/care-sentences';
import { namesAProp, usedAsVerb } from '../../detectors/care-word-senses';
import { memoByDoc } from '../../detectors/memo';
import { findPatientMentions, type PersonMention } from '../../detectors/people';
import { hasPersonalDetails } from '../../detectors/personal-details';
import { findEncounterTerms, findHealthTerms } from '../../detectors/ties';
import type { Doc } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// Sentences with a health or visit word ("Aiyana … six checkups with zero cavities"): a name
// there is about care even when no possessive ties the word to the person.
const careWordSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const t of findHealthTerms(doc)) if (!namesAProp(doc, t.first)) set.add(doc.words[t.first]!.sentence);
  // ("for having Dr. Tanaka and Trevor visit today": a visit word that is a verb is no one's visit)
  for (const t of findEncounterTerms(doc)) if (!usedAsVerb(doc, t.first, t.count)) set.add(doc.words[t.first]!.sentence);
  return set;
});

const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts', 'client']);

/** "our longtime patient Harold Pettigrew", "Kiki's grandma, one of our patients": called a patient. */
function calledPatient(doc: Doc, m: PersonMention): boolean {
  const words = doc.words;
  for (let k = Math.max(0, m.firstWord - 4); k <= Math.min(words.length - 1, m.lastWord + 5); k++) {
    const w = words[k]!;
    if (w.sentence === m.sentence && PATIENT_WORDS.has(w.base)) return true;
  }
  return false;
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Names of patients or of people tied to care',
  help: 'A name together with anything about care (a visit, a treatment, a date), or with a phone number, ID number, birthday or great age, tells the world who your patient is. Leave names out of posts and replies; greet reviewers without using their name.',
};

export default defineRule({
  meta: {
    id: 'phi/name',
    category: 'phi',
    type: 'name',
    severity: 'block',
  },
  detect(doc) {
    const tied = docTiesToCare(doc);
    const out: RawFinding[] = [];
    for (const m of findPatientMentions(doc)) {
      const lone = m.kind === 'first' || m.kind === 'greeting';
      const identified = !tied && (hasPersonalDetails(doc) || calledPatient(doc, m) || careWordSentences(doc).has(m.sentence));
      if (!tied && !identified && lone) continue;
      const greeting = m.kind === 'greeting';
      out.push({
        start: m.start,
        end: m.end,
        severity: tied ? (m.kind === 'first' ? 'warn' : 'block') : identified ? 'warn' : 'info',
        message: tied
          ? 'This names a person in a post that also mentions their care. Together that identifies a patient: leave the name out.'
          : identified
            ? 'This names a person next to other details about them (a number, a birthday, an age, or that they are a patient). Together that identifies a patient: leave the name out.'
            : 'This looks like a person’s name. Fine on its own, but do not add anything about their visit or care.',
        ...(greeting && (tied || identified) ? { suggestion: 'there' } : {}),
      });
    }
    return out;
  },
});
