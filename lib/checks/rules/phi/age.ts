// Ages over 89. Safe Harbor lets ages up to 89 stand but folds 90 and over into "90 or
// older", because so few people are that old that the age alone points to them.
import { runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { sentenceAt } from '../../detectors/sentence-at';
import { memoByDoc } from '../../detectors/memo';
import { findPatientMentions, publicSentences, sentenceWordsOf } from '../../detectors/people';
import type { Doc } from '../../doc';
import { PERSON_NOUNS, RELATION_WORDS } from '../../lexicons/relations';
import { defineRule, type RawFinding } from '../../rule';

const PUBLIC_WORDS = new Set(['actor', 'actress', 'celebrity', 'headlines', 'news', 'reported', 'famous', 'singer', 'star', 'record', 'oldest', 'world', 'library', 'museum', 'church', 'company', 'town', 'city', 'school', 'building']);
const PRONOUNS = new Set(['she', 'he', 'her', 'him', 'his', 'you', 'your', "she's", "he's", "you're"]);

const publicWordSentences = memoByDoc((doc: Doc) => new Set(doc.words.filter((w) => PUBLIC_WORDS.has(w.base)).map((w) => w.sentence)));
const personWordSentences = memoByDoc(
  (doc: Doc) => new Set(doc.words.filter((w) => PRONOUNS.has(w.lower) || RELATION_WORDS.has(w.base) || PERSON_NOUNS.has(w.base)).map((w) => w.sentence)),
);

function publicSentence(doc: Doc, s: number): boolean {
  return publicWordSentences(doc).has(s);
}

/** A person is in view: a named patient, a relative or person word, or a pronoun for one. */
function aboutAPerson(doc: Doc, s: number): boolean {
  return findPatientMentions(doc).length > 0 || personWordSentences(doc).has(s);
}

const AGE = String.raw`(9\d|1[01]\d)`;

const AGE_PATTERNS: PatternDetector = {
  lower: true,
  minScore: 0,
  // "born in 1929": over 89 when the year is 90 or more years back.
  validate: (match) => !/^1[89]\d\d$/.test(match) || new Date().getFullYear() - Number(match) >= 90,
  patterns: [
    { name: 'years-old', score: 1, regex: new RegExp(String.raw`\b${AGE}(?:[ -](?:years?|yrs?)[ -](?:old|young|of age)|[ -]?(?:yo|y\/o|y\.o\.)(?![a-z]))`, 'g') },
    { name: 'birthday', score: 1, regex: new RegExp(String.raw`\b${AGE}(?:st|nd|rd|th) (?:birthday|bday|b-day|year)\b`, 'g') },
    { name: 'aged', score: 1, regex: new RegExp(String.raw`\b(?:aged?|turns|turned|turning|at the age of|is now|celebrat(?:es|ed|ing) (?:her|his|their))[: ]{1,2}${AGE}\b(?!%| percent| minutes| days| degrees)`, 'g') },
    { name: 'is-age', score: 1, regex: new RegExp(String.raw`(?:\b(?:is|was|at|turned|turns|now|just turned)|'s)[ ,]{1,2}${AGE}\b(?=[?!,.]|\s(?:and|but|years?|yrs?|yo|now|today|this|next|on|in|with|\d))(?![.,]\d)`, 'g') },
    { name: 'happy-nth', score: 1, regex: new RegExp(String.raw`\bhappy ${AGE}(?:st|nd|rd|th)\b`, 'g') },
    { name: 'spelled', score: 1, regex: /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?:[- ](?:years?|yrs?)[- ](?:old|young)|(?:st|th)? birthday|(?=[?!]))/g },
    { name: 'born-in', score: 1, regex: /\bborn (?:in |on )?(?:[a-z]{3,9}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?)?(1[89]\d\d)\b/g, group: 1 },
    { name: 'word', score: 1, regex: /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/g },
  ],
};

export default defineRule({
  meta: {
    id: 'phi/age',
    category: 'phi',
    type: 'age_over_89',
    severity: 'block',
    description: 'An age of 90 or over',
    help: 'Ages of 90 and over are identifiers under HIPAA Safe Harbor: so few people are that old that the age points to one person. Say “over 90” only about groups, never about one person.',
  },
  detect(doc) {
    const hits = runPatternDetector(doc, AGE_PATTERNS);
    if (hits.length === 0) return [];
    const out: RawFinding[] = [];
    for (const h of hits) {
      const s = sentenceAt(doc, h.start);
      // A famous 104-year-old in the news, or a library's 100th birthday, is no patient.
      if (publicSentences(doc).has(s) || publicSentence(doc, s)) continue;
      if (!aboutAPerson(doc, s)) continue;
      out.push({ start: h.start, end: h.end, message: 'An age of 90 or more identifies a person under HIPAA. Leave the age out.' });
    }
    return out;
  },
});
