// Email addresses, including ones spelled out to slip past filters ("rvillalobos at outlook
// dot com", "name [at] gmail [dot] com", "dana at gmail"). Finding them is detectors/emails.ts;
// the practice's own addresses are dropped by the engine, office mailboxes ("care@") and
// colleagues' addresses at the practice's own domain here.
import { findEmails } from '../../detectors/emails';
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import { ROLE_MAILBOXES } from '../../lexicons/role-mailboxes';
import type { Doc, Span } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';
import type { PracticeProfile } from '../../types';

const domainCache = new WeakMap<PracticeProfile, ReadonlySet<string>>();
/** The practice's own mail domains: its website's and those of its listed addresses. */
function practiceDomains(profile: PracticeProfile): ReadonlySet<string> {
  let set = domainCache.get(profile);
  if (!set) {
    const hosts = [profile.website, ...(profile.emails ?? []).map((e) => e.slice(e.indexOf('@') + 1))];
    set = new Set(hosts.filter((h): h is string => !!h).map((h) => h.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '')).filter(Boolean));
    domainCache.set(profile, set);
  }
  return set;
}

/** The domain of an address as written, plain or spelled out ("sofia at juniper dot com"). */
function domainOf(doc: Doc, span: Span): string {
  const text = doc.lower.slice(span.start, span.end).replace(/\s*[([{<]?\s*\bdot\b\s*[)\]}>]?\s*/g, '.').replace(/\s*[([{<]?\s*\bat\b\s*[)\]}>]?\s*/g, '@').replace(/\s+/g, '');
  return text.slice(text.lastIndexOf('@') + 1);
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A person’s email address',
  help: 'A personal email address identifies someone, even written as “name at gmail dot com”. Only your practice’s own addresses belong in a post.',
};

export default defineRule({
  meta: {
    id: 'phi/email',
    category: 'phi',
    type: 'email',
    severity: 'block',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    const ours = practiceDomains(doc.profile);
    for (const h of findEmails(doc)) {
      // "info@", and a colleague's own address at the practice's domain ("sofia.m@ourpractice.com")
      if (ROLE_MAILBOXES.has(h.local) || (ours.size > 0 && ours.has(domainOf(doc, h)))) continue;
      if (h.disguised) {
        out.push({ start: h.start, end: h.end, severity: severity === 'info' ? 'warn' : severity, message: 'This is an email address spelled out to avoid filters. It still identifies the person: leave it out.' });
        continue;
      }
      if (severity === 'info' && hasContextBefore(doc, h.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ start: h.start, end: h.end, severity, message: 'This is a person’s email address. Email addresses are identifiers: do not post them.' });
    }
    return out;
  },
});
