// Identifiers found by their shape alone: Social Security numbers (with a label nearby or in a
// shape only an SSN has), card numbers that pass the Luhn checksum, and "#"-marked IDs.
import type { Doc } from '../doc';
import type { IdHit } from './id-numbers';
import { runPatternDetector, type PatternDetector } from './pattern';

const SSN_AFTER = /^[^.!?\n]{0,22}\b(?:ssn|social|ss#|ss #)/;

const SSN_DETECTOR: PatternDetector = {
  minScore: 0.4,
  context: ['ssn', 'social security', 'social', 'ss#', 'ss #', 'tax id', 'tin', 'itin'],
  contextWindow: 50,
  contextBoost: 0.5,
  patterns: [
    { name: 'ssn-dashed', score: 0.6, regex: /\b\d{3}-\d{2}-\d{4}\b(?!-\d)/g },
    { name: 'ssn-spaced', score: 0.4, regex: /\b\d{3}(?: ?[-./_] ?| {1,2})\d{2}(?: ?[-./_] ?| {1,2})\d{4}\b(?![ .-]?\d)/g },
    { name: 'ssn-bare', score: 0.1, regex: /\b\d{9}\b/g },
    // masked but for the last four: "***-**-4471", "XXX-XX-4471"
    { name: 'ssn-masked', score: 0.6, regex: /(?:\*{3}|\b[xX]{3})[- ]?(?:\*{2}|[xX]{2})[- ]?\d{4}\b/g },
    // each digit of a group spaced apart, groups split by a dash: "5 1 2-44-0981", "5 1 2 - 4 4 - 0 9 8 1"
    { name: 'ssn-digit-spaced', score: 0.4, regex: /\b\d(?: \d){2} ?- ?\d ?\d ?- ?\d(?: ?\d){3}\b(?![ .-]?\d)/g },
  ],
  // SSA never issues area 000, 666 or 900–999, group 00 or serial 0000; all-same digits and the
  // textbook 123-45-6789 are placeholders.
  invalidate(match) {
    const d = match.replace(/\D/g, '');
    if (d.length === 4) return d === '0000'; // masked but for the last four
    const area = d.slice(0, 3);
    return area === '000' || area === '666' || area[0] === '9' || d.slice(3, 5) === '00' || d.slice(5) === '0000' ||
      /^(\d)\1{8}$/.test(d) || d === '123456789';
  },
};

// Card numbers: 13–19 digits that pass the Luhn checksum.
const CARD_DETECTOR: PatternDetector = {
  minScore: 0,
  patterns: [{ name: 'card', score: 1, regex: /\b(?:\d[ -]?){12,18}\d\b/g }],
  validate: (match) => luhn(match.replace(/\D/g, '')),
};

// Words before "#123456" that number things: orders, parts, models, issues, routes.
const THING_NUMBER_WORDS = /\b(?:order|orders|po|item|sku|model|part|episode|issue|version|batch|route|bus|flight|pr|bug|room|table)\s*$/;
// "#MM-55091827", "(#A-12345)": a number marked with # and letters, with no label word.
const HASH_ID = /(?:^|[\s(])(#[a-z]{0,4}-?\d{5,14})\b/gi;

/** SSNs: a strong shape, or a weaker one with "SSN"/"social" just after it. */
export function findSsnNumbers(doc: Doc): IdHit[] {
  const out: IdHit[] = [];
  for (const h of runPatternDetector(doc, SSN_DETECTOR)) {
    // "078 05 1120 for his social": the label may come after the number.
    if (h.score >= 0.5 || (h.score >= 0.4 && SSN_AFTER.test(doc.lower.slice(h.end, h.end + 30)))) out.push({ start: h.start, end: h.end, kind: 'ssn' });
  }
  return out;
}

export function findCardNumbers(doc: Doc): IdHit[] {
  const out: IdHit[] = [];
  for (const h of runPatternDetector(doc, CARD_DETECTOR)) out.push({ start: h.start, end: h.end, kind: 'card' });
  return out;
}

export function findHashIds(doc: Doc): IdHit[] {
  const out: IdHit[] = [];
  if (doc.norm.includes('#')) {
    HASH_ID.lastIndex = 0;
    for (let m = HASH_ID.exec(doc.norm); m; m = HASH_ID.exec(doc.norm)) {
      const start = m.index + m[0].indexOf(m[1]!);
      // "Order #48812 of toothbrushes", "route #41": a number of things, not of a person
      if (THING_NUMBER_WORDS.test(doc.lower.slice(Math.max(0, start - 12), start))) continue;
      out.push({ start, end: start + m[1]!.length, kind: 'labelled' });
    }
  }
  return out;
}

function luhn(digits: string): boolean {
  if (digits.length < 13 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
