// Ages over 89. Safe Harbor lets ages up to 89 stand but folds 90 and over into "90 or
// older", because so few people are that old that the age alone points to them.
import { runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { defineRule, type RawFinding } from '../../rule';

const AGE = String.raw`(9\d|1[01]\d)`;

const AGE_PATTERNS: PatternDetector = {
  lower: true,
  minScore: 0,
  patterns: [
    { name: 'years-old', score: 1, regex: new RegExp(String.raw`\b${AGE}(?:[ -](?:years?|yrs?)[ -](?:old|young|of age)|[ -]?(?:yo|y\/o|y\.o\.)(?![a-z]))`, 'g') },
    { name: 'birthday', score: 1, regex: new RegExp(String.raw`\b${AGE}(?:st|nd|rd|th) (?:birthday|bday|b-day|year)\b`, 'g') },
    { name: 'aged', score: 1, regex: new RegExp(String.raw`\b(?:aged?|turns|turned|turning|at the age of|is now|celebrat(?:es|ed|ing) (?:her|his|their))[: ]{1,2}${AGE}\b(?!%| percent| minutes| days| degrees)`, 'g') },
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
    return runPatternDetector(doc, AGE_PATTERNS).map(
      (h): RawFinding => ({ start: h.start, end: h.end, message: 'An age of 90 or more identifies a person under HIPAA. Leave the age out.' }),
    );
  },
});
