// Phone and fax numbers, however they are written to slip past filters: "(555) 014-2200",
// "555.014.2200", "5 5 5 0 1 4 2 2 0 0", fullwidth digits, digits split by zero-width characters,
// letters standing in for digits ("555-O19-22l1") and digits spelled out ("nine three seven, five
// five five…", "five5five"). Finding them is detectors/phones.ts; the practice's own numbers are
// dropped by the engine.
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import { findPhoneNumbers } from '../../detectors/phones';
import { defineRule, type RawFinding } from '../../rule';

export default defineRule({
  meta: {
    id: 'phi/phone',
    category: 'phi',
    type: 'phone',
    severity: 'block',
    description: 'A person’s phone or fax number',
    help: 'A personal phone number identifies someone, however it is written (spaced out, in words, with odd characters). Only your practice’s own numbers belong in a post.',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const message = 'This looks like a person’s phone number. Phone numbers are identifiers: do not post someone’s number.';
    const out: RawFinding[] = [];
    for (const span of findPhoneNumbers(doc)) {
      if (severity === 'info' && hasContextBefore(doc, span.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ ...span, severity, message });
    }
    return out;
  },
});
