// Numbers that identify one person: Social Security, medical record, member and policy,
// account, claim, licence, plate and device serial numbers. An SSN is found by its shape (with
// Presidio's invalid groups thrown out); the others by the words that introduce them
// ("MRN", "member ID", "claim #"), since their shapes vary by payer.
import { runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { defineRule, type RawFinding } from '../../rule';

const SSN_DETECTOR: PatternDetector = {
  minScore: 0.5,
  context: ['ssn', 'social security', 'social', 'ss#', 'ss #', 'tax id', 'tin'],
  contextWindow: 30,
  contextBoost: 0.5,
  patterns: [
    { name: 'ssn-dashed', score: 0.6, regex: /\b\d{3}-\d{2}-\d{4}\b(?!-\d)/g },
    { name: 'ssn-spaced', score: 0.4, regex: /\b\d{3}[ .]\d{2}[ .]\d{4}\b(?![ .-]?\d)/g },
    { name: 'ssn-bare', score: 0.1, regex: /\b\d{9}\b/g },
  ],
  // SSA never issues area 000, 666 or 900–999, group 00 or serial 0000; all-same digits and the
  // textbook 123-45-6789 are placeholders.
  invalidate(match) {
    const d = match.replace(/\D/g, '');
    const area = d.slice(0, 3);
    return area === '000' || area === '666' || area[0] === '9' || d.slice(3, 5) === '00' || d.slice(5) === '0000' ||
      /^(\d)\1{8}$/.test(d) || d === '123456789';
  },
};

const ID_WORDS = String.raw`(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|chart (?:number|no\.?|#)|patient (?:id|number|no\.?|#)|member (?:id|number|no\.?|#)|member|subscriber (?:id|number|#)|policy(?: number| no\.?| #| id)?|group(?: number| no\.?| #)?|account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|claim(?: number| no\.?| #| id)?|case (?:number|no\.?|#)|licen[sc]e(?: number| no\.?| #| plate)?|driver'?s licen[sc]e|dl|plate(?: number| #)?|tag (?:number|#)|serial(?: number| no\.?| #)?|device (?:id|number|serial)|imei|vin|medicare (?:number|id|#)|medicaid (?:number|id|#)|insurance (?:id|number|#)|id(?: number| no\.?| #)?|rx(?: number| no\.?| #)?|prescription (?:number|#)|card (?:number|#))`;

const CONTEXT_ID_DETECTOR: PatternDetector = {
  lower: true,
  minScore: 0,
  patterns: [
    {
      name: 'introduced',
      score: 1,
      group: 1,
      regex: new RegExp(String.raw`\b${ID_WORDS}[ :#]{0,4}(?:is |was |of |ending in |ends in |number )?([a-z0-9][a-z0-9-]{3,24})\b`, 'g'),
    },
    {
      // digits spaced out to slip past filters: "policy number 0 0 7 - 4 4 1 - 9 2 8"
      name: 'introduced-spaced',
      score: 1,
      group: 1,
      regex: new RegExp(String.raw`\b${ID_WORDS}[ :#]{0,4}(?:is |was |of )?((?:\d[ -]{1,3}){4,16}\d)\b`, 'g'),
    },
    // "the Visa ending 4417", "account ending in 3391"
    { name: 'card-ending', score: 1, regex: /\b(?:visa|mastercard|amex|discover|card|account|acct|carecredit|hsa|fsa|checking|savings)(?: card| account)? (?:ending|ending in|ends in|last four|last 4|x{2,4}|\*{2,4}) ?\d{4}\b/g },
    { name: 'hash-id', score: 0.8, group: 1, regex: /(?:^|[\s(])(#[a-z]{0,4}-?\d{5,14})\b/g },
  ],
  // An identifier has digits: "member since" or "policy changes" are words.
  validate: (match) => (match.match(/\d/g)?.length ?? 0) >= 3 && !/^\d{1,2}(?:am|pm)$/.test(match),
};

// Card numbers: 13–19 digits that pass the Luhn checksum.
const CARD_DETECTOR: PatternDetector = {
  minScore: 0,
  patterns: [{ name: 'card', score: 1, regex: /\b(?:\d[ -]?){12,18}\d\b/g }],
  validate: (match) => luhn(match.replace(/\D/g, '')),
};

export default defineRule({
  meta: {
    id: 'phi/identifier',
    category: 'phi',
    type: 'identifier',
    severity: 'block',
    description: 'SSN, record, member, account, claim, licence, plate or device numbers',
    help: 'Social Security, chart, member, policy, account, claim, licence, plate and device numbers each point to one person. Never post them, not even in part.',
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const h of runPatternDetector(doc, SSN_DETECTOR)) {
      out.push({ start: h.start, end: h.end, message: 'This looks like a Social Security number. Never post one.' });
    }
    for (const h of runPatternDetector(doc, CONTEXT_ID_DETECTOR)) {
      out.push({ start: h.start, end: h.end, message: 'This is an ID number (record, member, policy, account, claim, licence or device). It identifies one person: leave it out.' });
    }
    for (const h of runPatternDetector(doc, CARD_DETECTOR)) {
      out.push({ start: h.start, end: h.end, message: 'This looks like a payment card number. Never post one.' });
    }
    return out;
  },
});

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
