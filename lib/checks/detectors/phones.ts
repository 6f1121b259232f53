// Phone and fax numbers, however they are written to slip past filters: "(555) 014-2200",
// "555.014.2200", "555/014/2200", "555-014-2200 ext. 22", "5 5 5 0 1 4 2 2 0 0", "555-O14-22l0" (letters that look like
// digits), fullwidth digits and zero-width characters (folded by doc.ts) and digits spelled out or mixed ("five five five…", "five5five 0one4…").
import type { Doc, Span } from '../doc';
import { findIdNumbers } from './id-numbers';
import { memoByDoc } from './memo';
import { hasContextBefore } from './pattern';
import { findSpelledDigitRuns } from './spelled-digits';

const PHONE_CUES = ['call', 'text', 'phone', 'cell', 'mobile', 'fax', 'tel', 'number', 'reach', 'at', '#', 'ph', 'home', 'work'];
// A number after one of these is an account, claim or order number, which the identifier rule reports.
const ID_CUES = [
  'ssn', 'social', 'mrn', 'record', 'member', 'policy', 'account', 'acct', 'claim', 'license', 'plate', 'serial', 'id',
  'group', 'case', 'rx', 'card', 'authorization', 'auth', 'preauth', 'invoice', 'tracking', 'order', 'confirmation',
  'reference', 'ref', 'npi', 'dea', 'ein', 'tin', 'routing', 'subscriber', 'medicare', 'medicaid', 'pa',
];

// Words right before a number that make it a phone whatever came earlier ("the case says call 541…").
const CALL_WORDS = ['call', 'text', 'cell', 'phone', 'mobile', 'fax', 'reach', 'dial'];

/** An ID word shortly before the number, and no call word closer to it. */
const labelledAsId = (doc: Doc, start: number) => hasContextBefore(doc, start, ID_CUES, 24) && !hasContextBefore(doc, start, CALL_WORDS, 9);

export const findPhoneNumbers = memoByDoc((doc: Doc): Span[] => {
  const out: Span[] = [];
  for (const span of digitPhones(doc)) if (!labelledAsId(doc, span.start)) out.push(span);
  for (const run of findSpelledDigitRuns(doc)) {
    if ((run.digits === 7 || run.digits === 10 || run.digits === 11) && !labelledAsId(doc, run.start)) {
      out.push({ start: run.start, end: run.end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // A number stated after a label in the sentence before ("member #… The one on file is 108 223
  // 4419") is an ID number, which the identifier rule reports.
  if (out.length === 0) return out;
  const ids = findIdNumbers(doc);
  return ids.length === 0 ? out : out.filter((p) => !ids.some((id) => id.start < p.end && p.start < id.end));
});

/** Runs of 7, 10 or 11 digits with phone separators between them (space . - / _ ( ) +). */
function digitPhones(doc: Doc): Span[] {
  const s = doc.norm;
  const out: Span[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) {
      // On to the next digit: a regex scan for one character class runs in native code, several
      // times faster than testing each character here (most of a post is no digit).
      NEXT_DIGIT.lastIndex = i + 1;
      if (!NEXT_DIGIT.test(s)) break;
      i = NEXT_DIGIT.lastIndex - 1;
      continue;
    }
    if (isAlnum(s.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let start = i;
    if (s[i - 1] === '(') start = i - 1;
    if (s[start - 1] === '+') start--;
    let digits = 0;
    let j = i;
    let lastDigit = i;
    let sepRun = 0;
    while (j < len && digits <= 15) {
      const d = s.charCodeAt(j);
      if (isDigit(d) || (lookAlike(d) && digits > 0 && !isLetter(s.charCodeAt(j - 1)) && !isLetter(s.charCodeAt(j + 1)) && digitNear(s, j))) {
        digits++;
        lastDigit = j;
        sepRun = 0;
      } else if (d === 32 || d === 46 || d === 45 || d === 40 || d === 41 || d === 47 || d === 95 /* _ */) {
        if (++sepRun > 3) break;
      } else break;
      j++;
    }
    const end = lastDigit + 1;
    const after = s.charCodeAt(end);
    const lead = s[i] === '1';
    const ok =
      !isAlnum(after) && after !== 47 /* / */ && after !== 37 /* % */ &&
      (digits === 10 || (digits === 11 && lead) || (digits === 7 && hasContextBefore(doc, start, PHONE_CUES, 20)) ||
        // an international number: "+44 20 7946 0958"
        (s[start] === '+' && digits >= 8 && digits <= 15));
    // 3-2-4 digits is an SSN and d/d/d a date, which other rules report.
    if (ok) {
      const text = s.slice(start, end);
      if (!/^\d{3}-\d{2}-\d{4}$/.test(text) && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) out.push({ start, end });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

const NEXT_DIGIT = /[0-9]/g;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isDigit(c) || isLetter(c);
/** O, o, l and I written for 0 and 1 inside a run of digits ("555-O19-22l1"). */
const lookAlike = (c: number) => c === 79 || c === 111 || c === 108 || c === 73;
/** A real digit right before or after position j (possibly across one separator). */
const digitNear = (s: string, j: number) =>
  isDigit(s.charCodeAt(j - 1)) || isDigit(s.charCodeAt(j + 1)) || isDigit(s.charCodeAt(j - 2)) || isDigit(s.charCodeAt(j + 2));
