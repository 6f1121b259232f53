// Email addresses, including ones spelled out to slip past filters ("rvillalobos at outlook
// dot com", "name [at] gmail [dot] com"). Found by scanning from each "@" rather than with one
// big regex, so a long run of letters cannot make the search quadratic.
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import type { Doc, Span } from '../../doc';
import { defineRule, type RawFinding } from '../../rule';

// Mailboxes that belong to an office, not a person: "care@", "billing@".
const ROLE_MAILBOXES = new Set(
  `info care hello office billing appointments appointment frontdesk front.desk contact admin support hr jobs careers
  team reception scheduling schedule referrals records noreply no-reply marketing press media help questions staff
  mail inquiries enquiries`.split(/\s+/),
);

// The part of a disguised address from the "at" on: "at outlook dot com", "[at] gmail.com",
// " @ comcast . net". Matching starts at the separator, not at every word, and the mailbox
// name before it is taken by a bounded scan to the left.
const TLD = '(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\\b';
const DISGUISED_TAIL = new RegExp(
  String.raw`(?:\s?(?:[([{]at[)\]}]|\bat\b)\s?|\s@\s?|@\s)[a-z0-9][a-z0-9-]{0,39}\s?(?:[([{]dot[)\]}]|\bdot\b|\.)\s?${TLD}` +
    String.raw`|@[a-z0-9][a-z0-9-]{0,39}(?:\s?[([{]dot[)\]}]\s?|\s\bdot\b\s|\s\.\s?|\.\s)${TLD}`,
  'g',
);

function disguisedEmails(doc: Doc): Span[] {
  const s = doc.lower;
  const out: Span[] = [];
  DISGUISED_TAIL.lastIndex = 0;
  for (let m = DISGUISED_TAIL.exec(s); m; m = DISGUISED_TAIL.exec(s)) {
    let a = m.index;
    while (a > 0 && a > m.index - 40 && isLocal(s.charCodeAt(a - 1))) a--;
    if (a === m.index) continue; // no mailbox name before "at"
    // "at" with a real dot is plain English ("meet at home.com"?) unless a "dot" or bracket is spelled
    const tail = m[0];
    if (/^\s?at\s/.test(tail) && !/dot|[([{]/.test(tail)) continue;
    out.push({ start: a, end: m.index + tail.length });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'phi/email',
    category: 'phi',
    type: 'email',
    severity: 'block',
    description: 'A person’s email address',
    help: 'A personal email address identifies someone, even written as “name at gmail dot com”. Only your practice’s own addresses belong in a post.',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    const message = 'This is a person’s email address. Email addresses are identifiers: do not post them.';
    for (const span of plainEmails(doc)) {
      const local = doc.lower.slice(span.start, doc.lower.indexOf('@', span.start));
      if (ROLE_MAILBOXES.has(local)) continue;
      if (severity === 'info' && hasContextBefore(doc, span.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ ...span, severity, message });
    }
    // The spelled-out forms need a spelled "dot"/"at" or a spaced "@"/"." to exist at all: check
    // that first, so ordinary text skips three word-by-word scans.
    for (const h of disguisedEmails(doc)) {
      if (out.some((f) => h.start < f.end && f.start < h.end)) continue;
      out.push({ start: h.start, end: h.end, severity: severity === 'info' ? 'warn' : severity, message: 'This is an email address spelled out to avoid filters. It still identifies the person: leave it out.' });
    }
    return out;
  },
});

const isLocal = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;

function plainEmails(doc: Doc): Span[] {
  const s = doc.norm;
  const out: Span[] = [];
  let lastEnd = 0;
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let a = at;
    while (a > lastEnd && a > at - 64 && isLocal(s.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < s.length && b < at + 256 && isDomain(s.charCodeAt(b))) b++;
    while (b > at + 1 && (s[b - 1] === '.' || s[b - 1] === '-')) b--; // "email me at a@b.com."
    while (a < at && (s[a] === '.' || s[a] === '-')) a++;
    const domain = s.slice(at + 1, b);
    if (a === at || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/i.test(domain)) continue;
    out.push({ start: a, end: b });
    lastEnd = b;
  }
  return out;
}
