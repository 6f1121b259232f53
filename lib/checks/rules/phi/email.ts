// Email addresses, including ones spelled out to slip past filters ("rvillalobos at outlook
// dot com", "name [at] gmail [dot] com"). Found by scanning from each "@" rather than with one
// big regex, so a long run of letters cannot make the search quadratic.
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore, runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import type { Doc, Span } from '../../doc';
import { defineRule, type RawFinding } from '../../rule';

// Mailboxes that belong to an office, not a person: "care@", "billing@".
const ROLE_MAILBOXES = new Set(
  `info care hello office billing appointments appointment frontdesk front.desk contact admin support hr jobs careers
  team reception scheduling schedule referrals records noreply no-reply marketing press media help questions staff
  mail inquiries enquiries`.split(/\s+/),
);

const SPELLED_EMAIL: PatternDetector = {
  lower: true,
  minScore: 0,
  patterns: [
    {
      name: 'spelled',
      score: 1,
      regex: /\b[a-z0-9][a-z0-9._-]{0,39} ?(?:\(at\)|\[at\]|\{at\}|\bat\b|@) ?[a-z0-9][a-z0-9-]{0,39} ?(?:\(dot\)|\[dot\]|\{dot\}|\bdot\b) ?(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\b/g,
    },
    {
      // "naomi.goldberg @ comcast . net": spaces around the @ and the dot
      name: 'spaced',
      score: 1,
      regex: /\b[a-z0-9][a-z0-9._-]{0,39} @ ?[a-z0-9][a-z0-9-]{0,39} ?\. ?(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\b|\b[a-z0-9][a-z0-9._-]{0,39} ?@ [a-z0-9][a-z0-9-]{0,39} ?\. ?(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\b|\b[a-z0-9][a-z0-9._-]{0,39}@[a-z0-9][a-z0-9-]{0,39} \. ?(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\b/g,
    },
    {
      name: 'bracketed-at',
      score: 1,
      regex: /\b[a-z0-9][a-z0-9._-]{0,39} ?(?:\(at\)|\[at\]|\{at\}) ?[a-z0-9][a-z0-9-]{0,39}\.(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca)\b/g,
    },
  ],
};

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
    for (const h of runPatternDetector(doc, SPELLED_EMAIL)) {
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
