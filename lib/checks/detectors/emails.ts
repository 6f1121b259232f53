// Email addresses, including ones spelled out to slip past filters ("rvillalobos at outlook
// dot com", "name [at] gmail [dot] com", "amara dot okafor at gmail dot com", "jo (at) aol (dot)
// com", "maria_g @ hotmail . com", "dana at gmail"). Found by scanning from each "@" or spelled
// "at" rather than with one big regex, so a long run of letters cannot make the search quadratic.
import type { Doc, Span } from '../doc';
import { memoByDoc } from './memo';
import { TakenSpans } from './taken-spans';

export interface EmailHit extends Span {
  /** Written with "at"/"dot" words, brackets or spaces instead of a plain address. */
  disguised: boolean;
  /** The mailbox name (before the @ or "at"), lower-case. */
  local: string;
}

const TLD = '(?:com|net|org|edu|gov|us|io|co|me|info|biz|uk|ca|it|de|fr|es|nl|au|in|mx|br|jp|ie|nz|ch|se|dk|pl|ru)\\b';
const AT = String.raw`(?:\s?[([{<]\s?at\s?[)\]}>]\s?|\s(?:at)\s|\s?@\s?)`;
const DOT = String.raw`(?:\s?[([{<]\s?dot\s?[)\]}>]\s?|\sdot\s|\s?\.\s?)`;
// Webmail providers are known by name alone: "dana at gmail" needs no ".com" to be an address.
const PROVIDERS = '(?:gmail|yahoo|hotmail|outlook|aol|icloud|protonmail|proton|comcast|msn|live|ymail|gmx)';
// The part of a disguised address from the "at" on: "at outlook dot com", "[at] gmail.com",
// " @ comcast . net", " at gmail". Matching starts at the separator, not at every word.
const DISGUISED_TAIL = new RegExp(
  String.raw`${AT}[a-z0-9][a-z0-9-]{0,39}(?:${DOT}[a-z0-9-]{1,40}){0,2}?${DOT}${TLD}|\sat\s${PROVIDERS}\b`,
  'g',
);
// A mailbox name spelled with "dot" before the "at": "amara dot okafor", "giulia [dot] bianchi".
const LOCAL_DOT_BEFORE = /[a-z0-9_]{1,30}(?:\s?[([{<]\s?dot\s?[)\]}>]\s?|\sdot\s)$/;

const isLocal = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;

export const findEmails = memoByDoc((doc: Doc): EmailHit[] => {
  const out = plainEmails(doc);
  // The spelled-out forms need a spelled "at", a bracket or a spaced "@": most posts have none.
  if (/\bat\b|\s@|@\s|@[a-z0-9-]{1,40}[\s([{<]/.test(doc.lower)) {
    const kept = new TakenSpans(doc.lower.length);
    for (const f of out) kept.add(f);
    for (const h of disguisedEmails(doc)) {
      if (kept.overlaps(h)) continue;
      out.push(h);
      kept.add(h);
    }
  }
  return out.sort((a, b) => a.start - b.start);
});

function disguisedEmails(doc: Doc): EmailHit[] {
  const s = doc.lower;
  const out: EmailHit[] = [];
  DISGUISED_TAIL.lastIndex = 0;
  for (let m = DISGUISED_TAIL.exec(s); m; m = DISGUISED_TAIL.exec(s)) {
    let a = m.index;
    while (a > 0 && a > m.index - 40 && isLocal(s.charCodeAt(a - 1))) a--;
    if (a === m.index) continue; // no mailbox name before "at"
    // "r a y . k i m @ yahoo . com": a mailbox name spelled out one character at a time
    if (a === m.index - 1) {
      while (a >= 2 && a > m.index - 80 && s.charCodeAt(a - 1) === 32 && isLocal(s.charCodeAt(a - 2)) && !isLocal(s.charCodeAt(a - 3))) a -= 2;
    }
    const tail = m[0];
    // "at" with a plain dot ("meet at home.com"?) is English unless "dot" or a bracket is spelled,
    // or the domain is a webmail provider.
    const plainAt = /^\s?at\s/.test(tail);
    if (plainAt && !/dot|[([{<]/.test(tail) && !new RegExp(`^\\s?at\\s${PROVIDERS}\\b`).test(tail)) continue;
    // "meet at gmail" style: the word before "at" must look like a mailbox (not "look", "call", "us").
    const local = s.slice(a, m.index);
    if (plainAt && NOT_MAILBOX.has(local)) continue;
    // Extend left over a spelled dot: "amara dot okafor at gmail dot com".
    for (let k = 0; k < 3; k++) {
      const before = LOCAL_DOT_BEFORE.exec(s.slice(Math.max(0, a - 40), a));
      if (!before) break;
      a -= before[0].length;
    }
    out.push({ start: a, end: m.index + tail.length, disguised: true, local: s.slice(a, m.index).trim() });
  }
  return out;
}

// Words that stand before "at" in ordinary sentences: "look at gmail's new feature", "we're at
// live music night".
const NOT_MAILBOX = new Set(
  'look looking looked be is are was were we us me you him her them it at call text email emailed mail mailed send sent write reach found find sign signed log logged stop meet'.split(' '),
);

function plainEmails(doc: Doc): EmailHit[] {
  const s = doc.norm;
  const out: EmailHit[] = [];
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
    out.push({ start: a, end: b, disguised: false, local: doc.lower.slice(a, at) });
    lastEnd = b;
  }
  return out;
}
