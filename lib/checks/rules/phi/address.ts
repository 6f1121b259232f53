// Street addresses and small geography. Safe Harbor removes all geography smaller than a state:
// - a numbered street ("42 Elm St, Apt 4B"), a PO box, a ZIP code, an apartment or unit number;
// - a named street said of a person ("the house on Elm St", "your Hayden Bridge Way address",
//   "you live at the Ferry Street apartments");
// - a town, school or home named next to someone ("Mrs. Whitfield from Lowell", "the Coburg
//   kindergartener", "a Bellbrook HS senior with mono", "Mr. B from Riverview Assisted Living").
// The practice's own address is dropped by the engine; venues of events and closures are kept.
import { careSentences, docTiesToCare } from '../../detectors/care-sentences';
import { eventSentences } from '../../detectors/event-sentences';
import { contactSeverity, PRACTICE_CONTACT_CUES } from '../../detectors/identifier-severity';
import { hasContextBefore, runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { findPeople, publicSentences } from '../../detectors/people';
import { personSentences } from '../../detectors/person-sentences';
import { hasPersonalDetails } from '../../detectors/personal-details';
import { sentenceAt } from '../../detectors/sentence-at';
import { TakenSpans } from '../../detectors/taken-spans';
import type { Doc, Word } from '../../doc';
import { PLACE_NOT_WORDS } from '../../lexicons/place-not-words';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const SUFFIX = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|circle|cir|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|pike|square|sq|loop|run|row)`;
const CAP_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Circle|Cir|Terrace|Parkway|Pkwy|Highway|Hwy|Trail|Loop|Pike)`;
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
    { name: 'zip-word', score: 1, regex: /\b(?:zip|zipcode|postal)(?: ?code)?(?: is| was|:|#)? ?\d{5}(?:-\d{4})?\b/g },
    // "Apt 4B", "unit 12", "apartment #3C" on their own
    { name: 'unit', score: 1, regex: /\b(?:apt|apartment|unit)\.? ?#? ?\d{1,5}[a-z]?\b/g },
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

// A street named without a number: "Elm St", "Hayden Bridge Way", "Ferry Street".
const NAMED_STREET_RE = new RegExp(String.raw`\b(?:(?:[A-Z][a-z]{1,20}|\d{1,3}(?:st|nd|rd|th)) ){1,3}${CAP_SUFFIX}\b`, 'g');
// Words that make a street where a person lives or gets mail, not a direction to the office.
const RESIDENCE_WORDS = new Set(
  `live lives lived living home house apartment apartments apt address mail mailed mailing ship shipped send sent deliver
  delivered drop dropped neighbor neighbors moved move moving stay stays staying condo duplex`.split(/\s+/),
);
// Capitalised words that start a sentence before a street name: "Visit Elm St", "The Ferry Street…".
const NOT_STREET_START = new Set(
  'the on at to from near visit find send sent drop mail mailed meet our your his her their my and or by in off up down over behind past stop come go take turn head'.split(' '),
);
// "park on Oak Street", "we're on Main St", "next to us": the practice giving directions.
const DIRECTIONS_RE = /\b(?:park|parking|behind us|next to us|across from us|we're on|we are on|located|our office|our building|find us|directions)\b/;

// "Tipp City", "Bellbrook HS", "Lincoln Elementary", "Riverview Assisted Living".
const PLACE_RE = /\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:City|Township|Twp|Village|Heights|County|HS|High School|High|Middle School|Middle|Elementary|Academy|Apartments|Estates|Assisted Living|Nursing Home|Senior Living|Retirement Home|Care Center|Manor)\b/g;
const SCHOOL_OR_HOME_RE = /(?:HS|High|School|Middle|Elementary|Academy|Assisted Living|Nursing Home|Senior Living|Retirement Home|Care Center|Manor)$/;
// "from Lowell", "in Bend", "the kid from Pleasant Hill": a town said of a person.
const TOWN_AFTER_RE = /\b(?:from|in|near|outside|outside of|out in|over in|up in|down in|moved to|moving to)((?: [A-Z][a-z]{2,20}){1,3})\b/g;
// "the Coburg kindergartener": a town used as an adjective for one person.
const TOWN_BEFORE_PERSON_RE = /\bthe ([A-Z][a-z]{2,20}) (?:kindergartener|kindergartner|kid|boy|girl|teen|student|senior|junior|freshman|sophomore|grandma|grandpa|family|twins|mom|dad|lady|man|woman|gentleman|toddler|preschooler|resident|firefighter|nurse|teacher)\b/g;

// "Hope Istanbul is treating you well", "how Bend is treating the family": where someone now lives.
const TOWN_TREATING_RE = /\b(?:(?:[Hh]ope|[Tt]rust|[Bb]et) )?((?:[A-Z][a-z]{2,20} ){1,2})(?:is|has been) treating (?:you|them|him|her|y'all|your|the)\b/g;
// "a UO sorority girl", "the OSU freshman": a college by its initials, said of one student.
const STUDENT_WORDS = new Set(['sorority', 'fraternity', 'frat', 'student', 'freshman', 'sophomore', 'undergrad', 'cheerleader', 'alum', 'alumna', 'alumnus', 'dorm']);
const ONE_PERSON_DETERMINERS = new Set(['a', 'an', 'the', 'certain', 'this', 'that']);
// Initials before "student" that are a programme or a diagnosis, not a school.
const NOT_SCHOOL_ACRONYMS = new Set(['ADHD', 'ESL', 'ESOL', 'ELL', 'IEP', 'ASD', 'PE', 'STEM', 'AP', 'IB', 'VIP', 'ER', 'ICU', 'NICU', 'OT', 'PT', 'RN', 'DDS', 'DMD', 'MD', 'PHD']);

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A street address, ZIP code, or a town or school tied to a person',
  help: 'A home address, ZIP code, or even a small town, street or school named next to someone’s care narrows it down to one person. Leave the place out.',
};

export default defineRule({
  meta: {
    id: 'phi/address',
    category: 'phi',
    type: 'address',
    severity: 'block',
  },
  detect(doc) {
    const severity = contactSeverity(doc);
    const persons = personSentences(doc);
    const events = eventSentences(doc);
    const out: RawFinding[] = [];
    for (const h of runPatternDetector(doc, ADDRESS_PATTERNS)) {
      const s = sentenceAt(doc, h.start);
      if (severity !== 'block' && (hasContextBefore(doc, h.start, PRACTICE_CONTACT_CUES, 25) || events.has(s))) continue;
      if (h.name === 'unit' && !persons.has(s)) continue;
      out.push({ start: h.start, end: h.end, severity, message: 'This is an address. With a person’s care nearby it helps identify the patient: leave it out.' });
    }
    out.push(...namedStreets(doc), ...smallPlaces(doc));
    return out;
  },
});

function namedStreets(doc: Doc): RawFinding[] {
  if (!/ (?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Way|Pl|Cir|Hwy|Pkwy|Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|Circle|Terrace|Parkway|Highway|Trail|Loop|Pike)\b/.test(doc.norm)) return [];
  const persons = personSentences(doc);
  const events = eventSentences(doc);
  const tied = docTiesToCare(doc) || hasPersonalDetails(doc);
  // Per sentence, found once: a long sentence with many streets is not read again for each.
  let residenceSentences: Set<number> | undefined;
  const directions = new Map<number, boolean>();
  const out: RawFinding[] = [];
  NAMED_STREET_RE.lastIndex = 0;
  for (let m = NAMED_STREET_RE.exec(doc.norm); m; m = NAMED_STREET_RE.exec(doc.norm)) {
    const s = sentenceAt(doc, m.index);
    if (!persons.has(s) || events.has(s) || titleBeforeName(doc, m.index + m[0].length)) continue;
    if (!directions.has(s)) {
      const sentence = doc.sentences[s]!;
      directions.set(s, DIRECTIONS_RE.test(doc.lower.slice(sentence.start, sentence.end)));
    }
    if (directions.get(s)) continue;
    residenceSentences ??= new Set(doc.words.filter((w) => RESIDENCE_WORDS.has(w.base)).map((w) => w.sentence));
    const residence = residenceSentences.has(s);
    if (!tied && !residence) continue;
    // Leading words that are no part of the street ("Visit Elm St" → "Elm St").
    let start = m.index;
    let name = m[0];
    while (/^[A-Z][a-z]+ /.test(name) && NOT_STREET_START.has(name.slice(0, name.indexOf(' ')).toLowerCase())) {
      const cut = name.indexOf(' ') + 1;
      start += cut;
      name = name.slice(cut);
    }
    if (!/ /.test(name)) continue;
    out.push({ start, end: start + name.length, severity: tied ? 'block' : 'warn', message: 'This names the street a person lives on or gets mail at. Leave it out.' });
  }
  return out;
}

/** "… Dr. Ortiz", "… St. Luke's": the street word at `end` is a title before a name, not a street. */
function titleBeforeName(doc: Doc, end: number): boolean {
  const suffix = doc.norm.slice(end - 2, end);
  if (suffix !== 'Dr' && suffix !== 'St') return false;
  const m = /^\. ?([A-Z][a-z']+)/.exec(doc.norm.slice(end, end + 24));
  return !!m && !PLACE_NOT_WORDS.has(m[1]!.toLowerCase());
}

function smallPlaces(doc: Doc): RawFinding[] {
  const tiedSentences = careSentences(doc);
  // "Our patient from Creswell…": calling someone a patient ties them to care by itself.
  const tiedDoc = docTiesToCare(doc) || hasPersonalDetails(doc) || doc.words.some((w) => w.lower === 'patient' || w.lower === 'pt');
  const people = findPeople(doc);
  // Without care in the text, only a place next to a named person counts ("Ava from Lincoln
  // Elementary"): a name and a school or town together point to one child.
  const named = new Set(people.filter((p) => !p.staff && !p.public).map((p) => p.sentence));
  if (!tiedDoc && named.size === 0) return [];
  const persons = tiedDoc ? personSentences(doc) : named;
  const schoolsOnly = !tiedDoc;
  const events = eventSentences(doc);
  // Characters of names, and of places kept so far: lookups that cost a span's length, not a
  // scan of every person or place (a long text of many towns stays linear).
  let personChars: TakenSpans | undefined;
  const isPersonAt = (start: number) => {
    if (!personChars) {
      personChars = new TakenSpans(doc.norm.length);
      for (const p of people) personChars.add(p);
    }
    return personChars.overlaps({ start, end: start + 1 });
  };
  const kept = new TakenSpans(doc.norm.length);
  const out: RawFinding[] = [];
  const message = 'Naming a town, school or home next to someone’s care can identify them. Leave the place out.';
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(doc.norm); m; m = PLACE_RE.exec(doc.norm)) {
    const s = sentenceAt(doc, m.index);
    if (events.has(s) || !(tiedSentences.has(s) || persons.has(s))) continue;
    if (schoolsOnly && !SCHOOL_OR_HOME_RE.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, severity: tiedDoc ? 'block' : 'warn', message });
    kept.add(out[out.length - 1]!);
  }
  for (const school of schoolInitials(doc)) {
    const s = school.sentence;
    if (events.has(s) || !(tiedSentences.has(s) || persons.has(s))) continue;
    out.push({ start: school.start, end: school.end, severity: tiedDoc ? 'block' : 'warn', message });
    kept.add(school);
  }
  if (schoolsOnly) return out;
  const towns: Array<{ start: number; end: number }> = [];
  TOWN_TREATING_RE.lastIndex = 0;
  for (let m = doc.lower.includes(' treating ') ? TOWN_TREATING_RE.exec(doc.norm) : null; m; m = TOWN_TREATING_RE.exec(doc.norm)) {
    const start = m.index + m[0].indexOf(m[1]!);
    towns.push({ start, end: start + m[1]!.trimEnd().length });
  }
  TOWN_AFTER_RE.lastIndex = 0;
  for (let m = TOWN_AFTER_RE.exec(doc.norm); m; m = TOWN_AFTER_RE.exec(doc.norm)) {
    const end = m.index + m[0].length;
    towns.push({ start: end - m[1]!.length + 1, end });
  }
  TOWN_BEFORE_PERSON_RE.lastIndex = 0;
  for (let m = TOWN_BEFORE_PERSON_RE.exec(doc.norm); m; m = TOWN_BEFORE_PERSON_RE.exec(doc.norm)) {
    towns.push({ start: m.index + 4, end: m.index + 4 + m[1]!.length });
  }
  for (const t of towns) {
    const s = sentenceAt(doc, t.start);
    if (!persons.has(s) || events.has(s) || publicSentences(doc).has(s)) continue;
    const span = townSpan(doc, t.start, t.end);
    if (!span || isPersonAt(span.start) || kept.overlaps(span)) continue;
    out.push({ ...span, severity: tiedDoc ? 'block' : 'warn', message });
    kept.add(span);
  }
  return out;
}

/** "a UO sorority girl", "the OSU freshman": initials in capitals between a determiner and a student word. */
function schoolInitials(doc: Doc): Word[] {
  const words = doc.words;
  const out: Word[] = [];
  for (let i = 2; i < words.length; i++) {
    if (!STUDENT_WORDS.has(words[i]!.lower)) continue;
    const school = words[i - 1]!;
    const det = words[i - 2]!;
    if (det.sentence !== words[i]!.sentence || !ONE_PERSON_DETERMINERS.has(det.lower)) continue;
    if (!/^[A-Z]{2,5}$/.test(school.text) || NOT_SCHOOL_ACRONYMS.has(school.text)) continue;
    out.push(school);
  }
  return out;
}

/** The capitalised place words in [start, end), without leading words that are no place ("from
 *  Dr. …", "in March"); undefined when nothing is left or it names a business ("from Delta Dental"). */
function townSpan(doc: Doc, start: number, end: number): { start: number; end: number } | undefined {
  const words = doc.norm.slice(start, end).split(' ');
  let at = start;
  let k = 0;
  while (k < words.length && PLACE_NOT_WORDS.has(words[k]!.toLowerCase())) at += words[k++]!.length + 1;
  const kept = words.slice(k);
  if (kept.length === 0 || kept.some((w) => PLACE_NOT_WORDS.has(w.toLowerCase()))) return undefined;
  return { start: at, end: at + kept.join(' ').length };
}
