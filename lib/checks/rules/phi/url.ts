// Web addresses, IP addresses and @handles that point to a person: a profile link, a fundraiser
// or blog page of theirs, a tagged handle, a home IP. Links to news, public agencies or the
// practice's own site identify nobody and are left alone (the engine drops the practice's website).
//
// A link points to a person when its host is a profile or personal-page host (facebook.com/…,
// gofundme.com/…, caringbridge.org/…), when it carries the name of a person the text mentions
// ("alejandroeats.com/…" next to "Alejandro"), or when the text calls it theirs ("your blog post
// at …", "her page: …"). A handle is a public display name; next to care (or a health word in
// its sentence) it points at a patient.
import { docTiesToCare } from '../../detectors/care-sentences';
import { contactSeverity } from '../../detectors/identifier-severity';
import { memoByDoc } from '../../detectors/memo';
import { hasContextBefore, runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { findPatientMentions } from '../../detectors/people';
import { hasPersonalDetails } from '../../detectors/personal-details';
import { sentenceAt } from '../../detectors/sentence-at';
import { findHealthTerms } from '../../detectors/ties';
import type { Doc } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// Profile links: the path names one person.
const PROFILE_HOST = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|tiktok\.com|linkedin\.com\/in|youtube\.com\/@|venmo\.com|cash\.app|paypal\.me|threads\.net|snapchat\.com\/add|reddit\.com\/u(?:ser)?|yelp\.com\/user_details|nextdoor\.com\/profile|google\.com\/maps\/contrib)[/?][^/#\s]{2,}/i;
// Pages that belong to one person: fundraisers, care journals, link pages, personal blogs.
const PERSONAL_PAGE_HOST = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)?(?:gofundme\.com|gf\.me|caringbridge\.org|mealtrain\.com|givebutter\.com|spotfund\.com|fundly\.com|linktr\.ee|patreon\.com|about\.me|medium\.com\/@|substack\.com|blogspot\.com|wordpress\.com|tumblr\.com|carrd\.co|beacons\.ai)(?:\/|$)/i;
// Handles that belong to organisations rather than people.
const ORG_HANDLE = /health|clinic|county|dept|city|gov|hospital|center|centre|dental|medical|pharmacy|school|news|official|cdc|fda|team|club|foundation|org|library|police|fire|redcross|museum|church|university|college|market|park|district|state|council|ymca|hq|inc|llc|co$/i;
// Handles of clinicians talking shop in public ("@drjen_peds", "@dr.kim", "@smiles_rdh"): a
// colleague's professional account, not a patient's.
const CLINICIAN_HANDLE = /^(?:dr|doc|doctor)[._]|(?:^|[._])(?:dds|dmd|rdh|md|peds|ortho|endo|perio|dentist|hygienist)(?:[._]|$)|dds$|dmd$|rdh$/i;
// Words before a link that make it someone's own: "your blog post at", "her page:", "his site".
const OWNED_LINK_CUES = ['your blog', 'your post', 'your page', 'your site', 'your website', 'your video', 'your profile', 'your channel', 'your fundraiser', 'your gofundme', 'her blog', 'her page', 'her site', 'her profile', 'her fundraiser', 'his blog', 'his page', 'his site', 'his profile', 'his fundraiser', 'their page', 'their fundraiser'];

const URL_PATTERNS: PatternDetector = {
  minScore: 0,
  patterns: [
    { name: 'url', score: 1, regex: /\bhttps?:\/\/[^\s<>"'()]{1,2000}/g },
    { name: 'www', score: 1, regex: /\bwww\.[^\s<>"'()]{1,2000}/g },
    // a bare domain with a path: "gofundme.com/f/ama-jaw-surgery", "alejandroeats.com/dentist-nightmare"
    { name: 'bare-path', score: 1, regex: /(?<![\w@./])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){0,3}\.(?:com|net|org|me|io|co|us|info|blog|site|page|link|ly|ee|ai|app)\/[^\s<>"'()]{1,200}/gi, requires: /\.(?:com|net|org|me|io|co|us|info|blog|site|page|link|ly|ee|ai|app)\//i },
    // a personal page host with no path: "jakesmiles.blogspot.com", "ellie.wordpress.com"
    { name: 'bare-personal', score: 1, regex: /(?<![\w@./])[a-z0-9][a-z0-9-]{0,62}\.(?:blogspot|wordpress|tumblr|substack|carrd|weebly|wixsite)\.(?:com|co)\b/gi, requires: /\.(?:blogspot|wordpress|tumblr|substack|carrd|weebly|wixsite)\.(?:com|co)\b/i },
    { name: 'ip', score: 1, regex: /\b(?:\d{1,3}\.){3}\d{1,3}\b(?!\.\d)/g },
    { name: 'handle', score: 1, regex: /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b(?!\.(?:com|net|org|edu|gov|io|co)\b)/g },
  ],
  validate(match, doc, span) {
    if (/^\d/.test(match)) {
      // "version 2.0.1.5" is no address
      if (/\b(?:version|ver|v|build|release)\.? ?$/i.test(doc.norm.slice(Math.max(0, span.start - 10), span.start))) return false;
      return match.split('.').every((p) => Number(p) <= 255);
    }
    return true;
  },
};

/** Name parts (lower-case, 3+ letters) of the patients the text mentions: "alejandro". */
const mentionedNameParts = memoByDoc((doc: Doc): string[] => {
  const parts: string[] = [];
  for (const m of findPatientMentions(doc)) {
    for (let k = m.firstWord; k <= m.lastWord; k++) {
      const base = doc.words[k]!.base;
      if (base.length >= 3 && /^[a-z]+$/.test(base) && !['mr', 'mrs', 'ms', 'miss'].includes(base)) parts.push(base);
    }
  }
  return parts;
});

const healthSentences = memoByDoc((doc: Doc) => new Set(findHealthTerms(doc).map((t) => doc.words[t.first]!.sentence)));

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A profile link, IP address or @handle of a person',
  help: 'A link to someone’s profile, fundraiser or blog, their @handle or an IP address points straight at one person. Tie it to care and you have disclosed a patient. Reply without tagging or linking them.',
};

export default defineRule({
  meta: {
    id: 'phi/url',
    category: 'phi',
    type: 'url',
    severity: 'block',
  },
  detect(doc) {
    const hits = /[/@]|\d\.\d|\.(?:blogspot|wordpress|tumblr|substack|carrd|weebly|wixsite)\./i.test(doc.norm) ? runPatternDetector(doc, URL_PATTERNS) : [];
    if (hits.length === 0) return [];
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    // Hits come in order of start, so a hit overlaps an earlier finding exactly when it starts
    // before the furthest end so far (one comparison, not a scan: "@a @a @a …" stays linear).
    let reach = -1;
    for (const h of hits) {
      const text = h.text.replace(/[.,!?;:]+$/, '');
      const span = { start: h.start, end: h.start + text.length };
      if (span.start < reach) continue;
      const before = out.length;
      if (h.name === 'handle') {
        if (ORG_HANDLE.test(text.slice(1)) || CLINICIAN_HANDLE.test(text.slice(1))) continue;
        // A handle alone is a public display name; next to care it points at a patient.
        const nearCare = healthSentences(doc).has(sentenceAt(doc, h.start)) || hasPersonalDetails(doc);
        const handleSeverity = docTiesToCare(doc) ? 'block' : nearCare ? 'warn' : 'info';
        // (The span's fields by name, not a spread: see phone.ts.)
        out.push({ start: span.start, end: span.end, severity: handleSeverity, message: 'This @handle points to a person. Tagging them next to anything about care discloses a patient.' });
      } else if (h.name === 'ip') {
        out.push({ start: span.start, end: span.end, severity: severity === 'info' ? 'warn' : severity, message: 'This is an IP address. IP addresses can identify a person: leave it out.' });
      } else if (PROFILE_HOST.test(text) || PERSONAL_PAGE_HOST.test(text) || namesAPerson(doc, text) || hasContextBefore(doc, h.start, OWNED_LINK_CUES, 30)) {
        out.push({ start: span.start, end: span.end, severity: severity === 'info' ? 'warn' : severity, message: 'This links to a person’s own page (a profile, fundraiser or blog). Linking to someone next to anything about care discloses a patient.' });
      }
      if (out.length > before) reach = Math.max(reach, span.end);
    }
    return out;
  },
});

/** Does the link carry the name of a person the text mentions ("alejandroeats.com" and "Alejandro")? */
function namesAPerson(doc: Doc, url: string): boolean {
  const lower = url.toLowerCase();
  return mentionedNameParts(doc).some((p) => lower.includes(p));
}
