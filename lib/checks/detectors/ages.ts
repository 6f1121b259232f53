// Ages of 90 and over, in every way they are written: "94-year-old", "94 yo", "aged 95",
// "turns 93", "is 99", "Ruth, 96,", "ninety-four years young", "turns ninety-three", "her 95th",
// "in his nineties", "born in 1929", "DOB 3/4/1931", "centenarian". Whether the age belongs to a
// person (and not to a building or a business) is the age rule's call.
import type { Doc } from '../doc';
import { memoByDoc } from './memo';
import { runPatternDetector, type PatternDetector, type PatternHit } from './pattern';

const AGE = String.raw`(?:9\d|1[01]\d)`;
const UNIT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
// "ninety", "ninety-four", "a hundred", "one hundred and two", "hundred-and-one"
const AGE_WORD = String.raw`(?:ninety(?:[- ]${UNIT})?|(?:a |one )?hundred(?:(?:[- ]and)?[- ](?:${UNIT}|ten|eleven|twelve))?)`;
const AGE_ANY = `(?:${AGE}|${AGE_WORD})`;
// Words after "is 94" that show the number is an age, not a count ("is 94 and still flossing").
// A pronoun right after ("at 93 he's our oldest patient") starts the clause the age belongs to.
const AFTER_AGE = String.raw`(?=[?!,.;:)]|\s*$|\s[^\sa-z0-9]|\s(?:and|but|years?|yrs?|yo|now|today|tomorrow|this|next|on|in|with|going|still|already|soon|y\/o|he|she|they|he's|she's|they're|you're)\b)(?![.,]\d)`;
// A spelled-out ninety-something standing on its own ("a gem - ninety-six and she still…",
// "Grandpa Joe, ninety-four."): no noun follows it, so it counts nothing but years.
const SPELLED_ALONE = String.raw`(?=[,.;!?)]|\s*$|\s(?:and|but) (?:she|he|they|still|counting|sharp)\b|\s(?:now|today|and still|going strong|this year)\b)`;
const latestOldBirthYear = () => new Date().getFullYear() - 90;

const AGE_PATTERNS: PatternDetector = {
  lower: true,
  minScore: 0,
  // One scan for all patterns; birth years are checked after ("born in 1929" is over 89 only
  // when the year is 90 or more years back).
  combined: true,
  patterns: [
    { name: 'years-old', score: 1, regex: new RegExp(String.raw`\b${AGE_ANY}(?:[ -](?:years?|yrs?)[ -](?:old|young|of age)|[ -]?(?:yo|y\/o|y\.o\.)(?![a-z]))`, 'g') },
    { name: 'birthday', score: 1, regex: new RegExp(String.raw`\b${AGE}(?:st|nd|rd|th) (?:birthday|bday|b-day|year)\b`, 'g') },
    { name: 'aged', score: 1, regex: new RegExp(String.raw`\b(?:aged?|turns|turned|turning|at the age of|is now|celebrat(?:es|ed|ing) (?:her|his|their))[: ]{1,2}${AGE_ANY}\b(?!%| percent| minutes| days| degrees| years (?:in|of|since))`, 'g') },
    { name: 'is-age', score: 1, regex: new RegExp(String.raw`(?:\b(?:is|was|at|turned|turns|now|just turned|be|being)|'s|'re)[ ,]{1,2}${AGE_ANY}\b${AFTER_AGE}`, 'g') },
    // "who's 97", "who turned 93": a relative clause about a person's age needs no other cue
    { name: 'who-is', score: 1, regex: new RegExp(String.raw`\bwho(?:'s| is| was| turned| turns| just turned) ${AGE_ANY}\b(?! ?(?:%|percent|minutes|mins|miles|days|degrees|dollars))`, 'g') },
    // "almost 100", "pushing 95": nearly that age is over 89 too
    { name: 'almost', score: 1, regex: new RegExp(String.raw`\b(?:almost|nearly|pushing|close to|approaching) (?:9[1-9]|1[01]\d|a hundred|one hundred)\b${AFTER_AGE}`, 'g') },
    { name: 'happy-nth', score: 1, regex: new RegExp(String.raw`\bhappy ${AGE}(?:st|nd|rd|th)(?: (?:birthday|bday|b-day))?\b`, 'g') },
    { name: 'owned-nth', score: 1, regex: new RegExp(String.raw`\b(?:her|his|your|their|my) ${AGE}(?:st|nd|rd|th)\b(?! (?:visit|cleaning|appointment|time|percentile))`, 'g') },
    { name: 'spelled', score: 1, regex: new RegExp(String.raw`\b${AGE_WORD}(?:[- ](?:years?|yrs?)[- ](?:old|young)|(?:st|th)? birthday|(?=[?!]))`, 'g') },
    { name: 'spelled-alone', score: 1, regex: new RegExp(String.raw`\b(?:ninety[- ]${UNIT}|one hundred(?: and)? ${UNIT})\b${SPELLED_ALONE}`, 'g') },
    { name: 'decade', score: 1, regex: /\b(?:in (?:her|his|their|your|my) (?:(?:early|mid|late)[- ])?|(?:early|mid|late)[- ])(?:nineties|90s|90's|hundreds)\b/g },
    { name: 'over-90', score: 1, regex: /\b(?:is|was|she's|he's|you're|now) (?:over|past|older than) (?:90|ninety)\b(?!%| percent)/g },
    { name: 'born-in', score: 1, regex: /\bborn (?:in |on )?(?:[a-z]{3,9}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?)?(1[89]\d\d)\b/g, group: 1 },
    { name: 'dob-year', score: 1, regex: /\b(?:dob|d\.o\.b\.?|born(?: on)?|date of birth|birth ?date)[: ]{1,2}\d{1,2}[/.-]\d{1,2}[/.-](1[89]\d\d)\b/g, group: 1 },
    { name: 'word', score: 1, regex: /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/g },
  ],
};

// "Ruth, 96, …", "Mrs. Henrietta Banks, 97.": an age in apposition to a name.
// "My grandma (92) had…": an age in brackets after anyone.
const NAME_COMMA_AGE = new RegExp(String.raw`\b[A-Z][a-z'-]{1,20},? \(?(${AGE})\)?(?=[,.;!?)]|\s*$|\s(?:and|who|is|was|has|had|still|just|today)\b)(?![.,]\d)|\b[A-Za-z'-]{2,20} \((?:age |aged )?(${AGE})\)`, 'g');

// Nouns that a number follows as its label, not as an age: "Suite 110", "Room 104", "Highway 99
// and …", "Exit 92". Keyed by the lower-cased word before the number.
const NUMBERED_NOUNS = new Set(
  `suite ste unit apt apartment room rm box po building bldg floor level lot bay booth stall space locker door gate
  route rt highway hwy interstate exit mile station platform track terminal pier flight bus train line lane
  aisle row seat section table page chapter verse lesson step part episode season series model version
  grade class hole court cabin batch number no ward bed chair op operatory channel ext extension`.split(/\s+/).filter(Boolean),
);

export const findAgesOver89 = memoByDoc((doc: Doc): PatternHit[] => {
  const hits = runPatternDetector(doc, AGE_PATTERNS).filter((h) => !/^1[89]\d\d$/.test(h.text) || Number(h.text) <= latestOldBirthYear());
  if (/\d/.test(doc.norm)) {
    NAME_COMMA_AGE.lastIndex = 0;
    for (let m = NAME_COMMA_AGE.exec(doc.norm); m; m = NAME_COMMA_AGE.exec(doc.norm)) {
      const age = m[1] ?? m[2]!;
      // ("Lane, 91, …" with a comma is a person: a label never takes one)
      if (!m[0].includes(',') && NUMBERED_NOUNS.has(/^[A-Za-z'-]+/.exec(m[0])![0].toLowerCase())) continue;
      const start = m.index + m[0].lastIndexOf(age);
      hits.push({ start, end: start + age.length, name: 'name-age', text: age, score: 1, context: false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
});
