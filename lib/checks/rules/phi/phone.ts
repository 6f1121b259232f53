// Phone and fax numbers, however they are written to slip past filters: "(555) 014-2200",
// "555.014.2200", "5 5 5 0 1 4 2 2 0 0", fullwidth digits (folded by doc.ts), digits split by
// zero-width characters (removed by doc.ts) and digits spelled out ("nine three seven, five
// five five…"). The practice's own numbers are dropped by the engine.
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore } from '../../detectors/pattern';
import type { Doc, Span } from '../../doc';
import { defineRule, type RawFinding } from '../../rule';

const PHONE_CUES = ['call', 'text', 'phone', 'cell', 'mobile', 'fax', 'tel', 'number', 'reach', 'at', '#'];
const ID_CUES = ['ssn', 'social', 'mrn', 'record', 'member', 'policy', 'account', 'acct', 'claim', 'license', 'plate', 'serial', 'id', 'group', 'case', 'rx', 'card'];
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['oh', 0], ['o', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9],
]);

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
    for (const span of [...digitPhones(doc), ...spelledPhones(doc)]) {
      if (hasContextBefore(doc, span.start, ID_CUES, 20)) continue; // an account or claim number
      if (severity === 'info' && hasContextBefore(doc, span.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ ...span, severity, message });
    }
    return out;
  },
});

/** Runs of 7, 10 or 11 digits with phone separators between them (space . - ( ) +). */
function digitPhones(doc: Doc): Span[] {
  const s = doc.norm;
  const out: Span[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) || isAlnum(s.charCodeAt(i - 1))) {
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
      if (isDigit(d)) {
        digits++;
        lastDigit = j;
        sepRun = 0;
      } else if (d === 32 || d === 46 || d === 45 || d === 40 || d === 41) {
        if (++sepRun > 3) break;
      } else break;
      j++;
    }
    const end = lastDigit + 1;
    const after = s.charCodeAt(end);
    const lead = s[i] === '1';
    const ok =
      !isAlnum(after) && after !== 47 /* / */ && after !== 37 /* % */ &&
      (digits === 10 || (digits === 11 && lead) || (digits === 7 && hasContextBefore(doc, start, PHONE_CUES, 20)));
    // 3-2-4 digits is an SSN, which the identifier rule reports.
    if (ok && !/^\d{3}-\d{2}-\d{4}$/.test(s.slice(start, end))) out.push({ start, end });
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Seven or more digits written as words, with commas, dashes or spaces between them. */
function spelledPhones(doc: Doc): Span[] {
  const words = doc.words;
  const out: Span[] = [];
  let i = 0;
  while (i < words.length) {
    const lower = words[i]!.lower;
    if (!DIGIT_WORDS.has(lower) || lower === 'oh' || lower === 'o') {
      i++;
      continue;
    }
    let digits = 0;
    let j = i;
    while (j < words.length) {
      const w = words[j]!;
      const gap = j === i ? '' : doc.norm.slice(words[j - 1]!.end, w.start);
      if (j > i && !/^[\s,.-]{1,3}$/.test(gap)) break;
      if (DIGIT_WORDS.has(w.lower)) digits++;
      else if (/^\d{1,4}$/.test(w.text)) digits += w.text.length;
      else break;
      j++;
    }
    if (digits === 7 || digits === 10 || digits === 11) out.push({ start: words[i]!.start, end: words[j - 1]!.end });
    i = Math.max(j, i + 1);
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
