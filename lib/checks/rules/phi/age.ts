// Ages over 89. Safe Harbor lets ages up to 89 stand but folds 90 and over into "90 or
// older", because so few people are that old that the age alone points to them. Finding the
// ages is detectors/ages.ts; this keeps those that belong to a person ("our oldest patient
// turned 101"), not to a library, a business or a public figure in the news.
import { findAgesOver89 } from '../../detectors/ages';
import { colleagueFamilySentences, continuesColleagueStory, sentencesOfPeople } from '../../detectors/colleague-family';
import { sentenceAt } from '../../detectors/sentence-at';
import { memoByDoc } from '../../detectors/memo';
import { findPatientMentions, publicSentences } from '../../detectors/people';
import { sentenceWordRange, sentenceWordsOf } from '../../detectors/sentence-words';
import type { Doc, Word } from '../../doc';
import { PERSON_NOUNS, RELATION_WORDS } from '../../lexicons/relations';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const PUBLIC_WORDS = new Set(['actor', 'actress', 'celebrity', 'headlines', 'news', 'reported', 'famous', 'singer', 'star', 'world', 'library', 'museum', 'church', 'company', 'town', 'city', 'school', 'building']);
const PRONOUNS = new Set(['she', 'he', 'her', 'him', 'his', 'you', 'your', "she's", "he's", "you're"]);

// Asked only for the few sentences that hold an age: each is read once, not the whole text.
const publicWordCache = memoByDoc(() => new Map<number, boolean>());
const personWordCache = memoByDoc(() => new Map<number, boolean>());
function sentenceHas(doc: Doc, s: number, cache: Map<number, boolean>, test: (w: Word) => boolean): boolean {
  let found = cache.get(s);
  if (found === undefined) {
    found = false;
    const [from, to] = sentenceWordRange(doc, s);
    for (let i = from; i < to && !found; i++) found = test(doc.words[i]!);
    cache.set(s, found);
  }
  return found;
}
const isPublicWord = (w: Word) => PUBLIC_WORDS.has(w.base);
const isPersonWord = (w: Word) => PRONOUNS.has(w.lower) || RELATION_WORDS.has(w.base) || PERSON_NOUNS.has(w.base);


/** "Our founder Dr. Brandt turns 91", "our hygienist Maria turns 90": a colleague's own age, with
 *  no patient or relative of anyone in the sentence. Staff are not patients. */
function staffOnlySentence(doc: Doc, s: number): boolean {
  const { staff, patients } = sentencesOfPeople(doc);
  if (!staff.has(s) || patients.has(s)) return false;
  return !sentenceWordsOf(doc, s).some((w) => RELATION_WORDS.has(w.base) || w.base === 'patient');
}

function publicSentence(doc: Doc, s: number): boolean {
  return sentenceHas(doc, s, publicWordCache(doc), isPublicWord);
}

/** A person is in view: a named patient, a relative or person word, or a pronoun for one. */
function aboutAPerson(doc: Doc, s: number): boolean {
  return findPatientMentions(doc).length > 0 || sentenceHas(doc, s, personWordCache(doc), isPersonWord);
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'An age of 90 or over',
  help: 'Ages of 90 and over are identifiers under HIPAA Safe Harbor: so few people are that old that the age points to one person. Say “over 90” only about groups, never about one person.',
};

export default defineRule({
  meta: {
    id: 'phi/age',
    category: 'phi',
    type: 'age_over_89',
    severity: 'block',
  },
  detect(doc) {
    const hits = findAgesOver89(doc);
    if (hits.length === 0) return [];
    const out: RawFinding[] = [];
    for (const h of hits) {
      const s = sentenceAt(doc, h.start);
      // A famous 104-year-old in the news, or a library's 100th birthday, is no patient.
      if (publicSentences(doc).has(s) || publicSentence(doc, s) || staffOnlySentence(doc, s)) continue;
      // "Lupe's grandmother turned 95": a colleague's relative is no patient (colleague-family.ts).
      if (colleagueFamilySentences(doc).has(s) || continuesColleagueStory(doc, s)) continue;
      if (!aboutAPerson(doc, s)) continue;
      out.push({ start: h.start, end: h.end, message: 'An age of 90 or more identifies a person under HIPAA. Leave the age out.' });
    }
    return out;
  },
});
