// Web addresses, IP addresses and @handles that point to a person: a profile link, a tagged
// handle, a home IP. Links to news, public agencies or the practice's own site identify nobody
// and are left alone (the engine drops the practice's website).
import { contactSeverity } from '../../detectors/identifier-severity';
import { runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { defineRule, type RawFinding } from '../../rule';

// Profile links: the path names one person.
const PROFILE_HOST = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|tiktok\.com|linkedin\.com\/in|youtube\.com\/@|venmo\.com|cash\.app|paypal\.me|threads\.net|snapchat\.com\/add|reddit\.com\/u(?:ser)?)\/[^/?#\s]{2,}/i;
// Handles that belong to organisations rather than people.
const ORG_HANDLE = /health|clinic|county|dept|city|gov|hospital|center|centre|dental|medical|pharmacy|school|news|official|cdc|fda|team|club|foundation|org|library|police|fire|redcross|museum|church|university|college|market|park|district|state|council|ymca|hq|inc|llc|co$/i;

const URL_PATTERNS: PatternDetector = {
  minScore: 0,
  patterns: [
    { name: 'url', score: 1, regex: /\bhttps?:\/\/[^\s<>"'()]{1,2000}/g },
    { name: 'www', score: 1, regex: /\bwww\.[^\s<>"'()]{1,2000}/g },
    { name: 'bare-profile', score: 1, regex: /\b(?:facebook\.com|fb\.com|instagram\.com|tiktok\.com|linkedin\.com\/in|venmo\.com)\/[^\s<>"'()]{1,200}/g },
    { name: 'ip', score: 1, regex: /\b(?:\d{1,3}\.){3}\d{1,3}\b(?!\.\d)/g },
    { name: 'handle', score: 1, regex: /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b(?!\.(?:com|net|org|edu|gov|io|co)\b)/g },
  ],
  validate(match) {
    if (/^\d/.test(match)) return match.split('.').every((p) => Number(p) <= 255);
    return true;
  },
};

export default defineRule({
  meta: {
    id: 'phi/url',
    category: 'phi',
    type: 'url',
    severity: 'block',
    description: 'A profile link, IP address or @handle of a person',
    help: 'A link to someone’s profile, their @handle or an IP address points straight at one person. Tie it to care and you have disclosed a patient. Reply without tagging them.',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    const hits = /[/@]|\d\.\d/.test(doc.norm) ? runPatternDetector(doc, URL_PATTERNS) : [];
    for (const h of hits) {
      const text = h.text.replace(/[.,!?;:]+$/, '');
      const span = { start: h.start, end: h.start + text.length };
      if (h.name === 'handle') {
        if (ORG_HANDLE.test(text.slice(1))) continue;
        // A handle alone is a public display name; next to care it points at a patient.
        out.push({ ...span, severity: severity === 'block' ? 'block' : 'info', message: 'This @handle points to a person. Tagging them next to anything about care discloses a patient.' });
      } else if (h.name === 'ip') {
        out.push({ ...span, severity: severity === 'info' ? 'warn' : severity, message: 'This is an IP address. IP addresses can identify a person: leave it out.' });
      } else if (PROFILE_HOST.test(text)) {
        out.push({ ...span, severity: severity === 'info' ? 'warn' : severity, message: 'This links to a person’s profile. Linking to someone next to anything about care discloses a patient.' });
      }
    }
    return out;
  },
});
