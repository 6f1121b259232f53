// Phone and fax numbers, however they are written to slip past filters: "(555) 014-2200",
// "555.014.2200", "5 5 5 0 1 4 2 2 0 0", fullwidth digits, digits split by zero-width characters,
// letters standing in for digits ("555-O19-22l1") and digits spelled out ("nine three seven, five
// five five…", "five5five"). Finding them is detectors/phones.ts; the practice's own numbers are
// dropped by the engine.
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import { findPatientMentions, findPeople } from '../../detectors/people';
import { findPhoneNumbers } from '../../detectors/phones';
import { sentenceAt } from '../../detectors/sentence-at';
import { RELATION_WORDS } from '../../lexicons/relations';
import type { Doc, Span } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// Capitalised words that end an organisation's name: "Oregon Board of Dentistry", "Poison
// Control", "Lane County Health Department", "Crisis Line".
const ORG_NAME_WORDS = new Set(
  `board department dept association society agency center centre hospital clinic pharmacy hotline helpline lifeline
  line services authority commission council institute foundation program programme control bureau office university
  college school district dmv`.split(/\s+/),
);
// Words that make a number someone's own, even near an organisation: "your cell", "his mom's".
const PERSONAL_OWNERS = new Set(['your', 'his', 'her', 'their', 'my', 'cell', 'mobile', 'home', 'personal', 'mom', 'dad', 'mother', 'father', 'wife', 'husband', 'son', 'daughter']);

/** "reach the Oregon Board of Dentistry at 971-673-3200", "the ADA's number is…": a number an
 *  organisation named just before it answers, which is no one's personal detail. */
function organisationsNumber(doc: Doc, span: Span): boolean {
  const words = doc.words;
  const s = sentenceAt(doc, span.start);
  // the last word before the number (binary search: words are in order)
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let org = false;
  let from = lo;
  for (let k = lo - 1; k >= 0 && k >= lo - 10 && words[k]!.sentence === s; k--) {
    const w = words[k]!;
    const acronym = /^[A-Z]{2,6}$/.test(w.text.slice(0, w.base.length));
    if (PERSONAL_OWNERS.has(w.base) || (w.cap && w.lower !== w.base && !acronym)) return false;
    // ("the OHP member, Dana, at …": an acronym counts only right before the number)
    if ((w.cap && ORG_NAME_WORDS.has(w.base)) || (acronym && k >= lo - 3)) org = true;
    from = k;
  }
  // a person named in between owns the number: "Maria from the Health Department at …"
  return org && !findPatientMentions(doc).some((m) => m.start < span.start && m.end > words[from]!.start);
}

// How far before a number a colleague's name may stand to own it: "text Sofia at …", "Dr. Lee's
// cell, …", "our office manager Trevor directly at …".
const OWNER_REACH = 30;

/** "Text Sofia at 555-201-7788", "call Dr. Tanaka's cell, …": the person named last before the
 *  number, in its sentence and close to it, is a colleague. A colleague's number is not PHI
 *  (staff are not patients), though it may be more than they want public. */
function colleaguesNumber(doc: Doc, span: Span): boolean {
  const s = sentenceAt(doc, span.start);
  let last: ReturnType<typeof findPeople>[number] | undefined;
  for (const m of findPeople(doc)) {
    if (m.end > span.start) break;
    if (m.sentence === s) last = m;
  }
  if (!last || !last.staff || span.start - last.end > OWNER_REACH) return false;
  // "Dr. Tanaka will call you at …", "Jen has your mom's number, …": someone else's number
  for (let k = last.lastWord + 1; k < doc.words.length && doc.words[k]!.end <= span.start; k++) {
    const w = doc.words[k]!;
    if (SOMEONE_ELSE.has(w.base) || RELATION_WORDS.has(w.base)) return false;
  }
  return true;
}

// Words between a colleague's name and a number that give the number to someone else.
const SOMEONE_ELSE = new Set(['you', 'your', 'yours', 'him', 'his', 'her', 'hers', 'them', 'their', 'me', 'my', 'patient', 'patients', 'family', 'families']);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A person’s phone or fax number',
  help: 'A personal phone number identifies someone, however it is written (spaced out, in words, with odd characters). Only your practice’s own numbers belong in a post.',
};

export default defineRule({
  meta: {
    id: 'phi/phone',
    category: 'phi',
    type: 'phone',
    severity: 'block',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const message = 'This looks like a person’s phone number. Phone numbers are identifiers: do not post someone’s number.';
    const out: RawFinding[] = [];
    for (const span of findPhoneNumbers(doc)) {
      if (severity === 'info' && hasContextBefore(doc, span.start, PRACTICE_CONTACT_CUES, 25)) continue;
      if (organisationsNumber(doc, span)) continue;
      if (colleaguesNumber(doc, span)) {
        out.push({ start: span.start, end: span.end, severity: 'info', message: 'This looks like a colleague’s own number. That is not patient information, but check they want it public.' });
        continue;
      }
      // (The span's fields by name, not a spread: V8 copied the spread object through its
      // runtime, the costliest line of this rule on a 280-character post.)
      out.push({ start: span.start, end: span.end, severity, message });
    }
    return out;
  },
});
