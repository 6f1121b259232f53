// Person names. A patient's name is the first Safe Harbor identifier; a name next to any sign
// of care ("Welcome back, Dimitra! After her mastectomy…") discloses who the patient is. A
// name with no tie to care (a reviewer's public display name, "Thanks, Gideon!") is only
// advice. Staff and public figures in the news are not patients (see detectors/people.ts).
import { docTiesToCare } from '../../detectors/care-sentences';
import { findPatientMentions } from '../../detectors/people';
import { defineRule, type RawFinding } from '../../rule';

export default defineRule({
  meta: {
    id: 'phi/name',
    category: 'phi',
    type: 'name',
    severity: 'block',
    description: 'Names of patients or of people tied to care',
    help: 'A name together with anything about care (a visit, a treatment, a date) tells the world who your patient is. Leave names out of posts and replies; greet reviewers without using their name.',
  },
  detect(doc) {
    const tied = docTiesToCare(doc);
    const out: RawFinding[] = [];
    for (const m of findPatientMentions(doc)) {
      const lone = m.kind === 'first' || m.kind === 'greeting';
      if (!tied && lone) continue;
      const greeting = m.kind === 'greeting';
      out.push({
        start: m.start,
        end: m.end,
        severity: tied ? (m.kind === 'first' ? 'warn' : 'block') : 'info',
        message: tied
          ? 'This names a person in a post that also mentions their care. Together that identifies a patient: leave the name out.'
          : 'This looks like a person’s name. Fine on its own, but do not add anything about their visit or care.',
        ...(greeting && tied ? { suggestion: 'there' } : {}),
      });
    }
    return out;
  },
});
