// Street addresses and small geography: a street and number, a ZIP code, or a town or school
// next to someone's care ("Mrs. Q (Tipp City, 3rd pregnancy…)", "a Bellbrook HS senior with
// mono"). Safe Harbor removes all geography smaller than a state. The practice's own address
// is dropped by the engine.
import { careSentences } from '../../detectors/care-sentences';
import { sentenceAt } from '../../detectors/sentence-at';
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore, runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { publicSentences } from '../../detectors/people';
import { sentenceOwnerOf } from '../../detectors/ties';
import type { Doc } from '../../doc';
import { COMMON_WORDS } from '../../lexicons/common-words';
import { defineRule, type RawFinding } from '../../rule';

const SUFFIX = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|circle|cir|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|pike|square|sq|loop|run|row)`;
const STATES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR`.split(' '),
);
// Small words that cannot be part of a street name: "at 3 on the way" is not an address.
const NOT_STREET_WORDS = new Set(
  `the a an my your our his her their this that on in at to of for with and or by is was are be it we you i me us them
  he she they am pm minutes mins hours days weeks months years kids patients people times`.split(/\s+/),
);

const ADDRESS_PATTERNS: PatternDetector = {
  lower: true,
  minScore: 0,
  patterns: [
    { name: 'street', score: 1, regex: new RegExp(String.raw`\b\d{1,6}(?: [a-z0-9.'-]{1,25}){1,4} ${SUFFIX}\b\.?(?:,? (?:apt|apartment|unit|suite|ste|#) ?[a-z0-9-]{1,6})?`, 'g') },
    { name: 'po-box', score: 1, regex: /\bp\.? ?o\.? box \d{1,6}\b/g },
    { name: 'zip', score: 1, regex: /\b[a-z]{2},? \d{5}(?:-\d{4})?\b(?!-?\d)/g },
    { name: 'zip-word', score: 1, regex: /\bzip(?: code)?:? \d{5}(?:-\d{4})?\b/g },
  ],
  validate(match, doc, span) {
    if (/^[a-z]{2},? \d/.test(match)) return STATES.has(doc.norm.slice(span.start, span.start + 2));
    if (/^\d/.test(match)) {
      const words = match.split(/[ ,]+/);
      const inner = words.slice(1, -1);
      if (inner.some((w) => NOT_STREET_WORDS.has(w))) return false;
      // "Dr. Ortiz", "St. Luke's": a title after a number, not a street.
      const last = words[words.length - 1]!.replace(/\.$/, '');
      if ((last === 'dr' || last === 'st') && /^\.? [A-Z]/.test(doc.norm.slice(span.end - (match.endsWith('.') ? 1 : 0), span.end + 3))) return false;
    }
    return true;
  },
};

// "Tipp City", "Bellbrook HS", "Lincoln Elementary": a town or school, written with capitals.
// "You live two blocks away on Polk Street": a street named as where someone lives.
const LIVES_ON_RE = /\b(?:[Ll]ives?|[Ll]iving|[Ll]ived) (?:[a-z]{1,10} ){0,4}(?:on|off|at|near) ([A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Place|Circle))\b/g;
// "the Nakamura kids from Veneta": a home town, said next to someone's care.
const FROM_TOWN_RE = /\bfrom ([A-Z][a-z]{2,20})\b(?! [A-Z])/g;
const PLACE_RE = /\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:City|Township|Twp|Village|Heights|County|HS|High School|High|Middle School|Middle|Elementary|Academy|Apartments|Estates)\b/g;

export default defineRule({
  meta: {
    id: 'phi/address',
    category: 'phi',
    type: 'address',
    severity: 'block',
    description: 'A street address, ZIP code, or a town or school tied to a person',
    help: 'A home address, ZIP code, or even a small town or school named next to someone’s care narrows it down to one person. Leave the place out.',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const out: RawFinding[] = [];
    for (const h of runPatternDetector(doc, ADDRESS_PATTERNS)) {
      if (severity === 'info' && hasContextBefore(doc, h.start, PRACTICE_CONTACT_CUES, 25)) continue;
      out.push({ start: h.start, end: h.end, severity, message: 'This is an address. With a person’s care nearby it helps identify the patient: leave it out.' });
    }
    out.push(...smallPlaces(doc));
    LIVES_ON_RE.lastIndex = 0;
    for (let m = LIVES_ON_RE.exec(doc.norm); m; m = LIVES_ON_RE.exec(doc.norm)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, severity: severity === 'info' ? 'warn' : severity, message: 'This says which street a person lives on. Leave it out.' });
    }
    return out;
  },
});

function smallPlaces(doc: Doc): RawFinding[] {
  const tied = careSentences(doc);
  const out: RawFinding[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(doc.norm); m; m = PLACE_RE.exec(doc.norm)) {
    const s = sentenceAt(doc, m.index);
    if (!tied.has(s)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, message: 'Naming a town or school next to someone’s care can identify them. Leave the place out.' });
  }
  FROM_TOWN_RE.lastIndex = 0;
  for (let m = FROM_TOWN_RE.exec(doc.norm); m; m = FROM_TOWN_RE.exec(doc.norm)) {
    const town = m[1]!;
    const s = sentenceAt(doc, m.index);
    if (COMMON_WORDS.has(town.toLowerCase()) || !tied.has(s) || !sentenceOwnerOf(doc, s) || publicSentences(doc).has(s)) continue;
    const start = m.index + m[0].length - town.length;
    out.push({ start, end: start + town.length, message: 'Naming where a person is from next to their care can identify them. Leave the place out.' });
  }
  return out;
}
