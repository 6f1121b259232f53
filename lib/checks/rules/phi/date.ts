// Dates tied to a person's care: visit, surgery, birth or due dates, and relative days ("your
// visit Monday", "seen today", "2 weeks ago"). Safe Harbor removes every date element but the
// year for an individual. Closures and event dates belong to no one and are fine.
//
// Three rules of language decide:
// 1. A date in a sentence that ties someone to care is that person's date (block).
// 2. A date written as a birth date ("DOB 4/12/16", "born 6/2/2019") or in a named person's
//    birthday sentence is an identifier on its own.
// 3. Once a text ties a person to care, its other dates are about that person too ("Soft foods
//    only until Thursday", "We'll talk Thursday"), unless the sentence is about an event, a
//    closure or the office's hours (warn).
import { careSentences, docTiesToCare } from '../../detectors/care-sentences';
import { colleagueFamilySentences, continuesColleagueStory } from '../../detectors/colleague-family';
import { eventSentences } from '../../detectors/event-sentences';
import { sentenceAt } from '../../detectors/sentence-at';
import { findDates } from '../../detectors/dates';
import { memoByDoc } from '../../detectors/memo';
import { findPatientMentions, findPeople, publicSentences } from '../../detectors/people';
import { sentenceWordsOf } from '../../detectors/sentence-words';
import { personSentences } from '../../detectors/person-sentences';
import { hasPersonalDetails, personalDetailSentences } from '../../detectors/personal-details';
import type { Doc } from '../../doc';
import { STAFF_ROLE_WORDS } from '../../lexicons/care-words';
import { RELATION_WORDS } from '../../lexicons/relations';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

const WEAK_DATES = new Set(['year', 'clock', 'right-now', 'just-now']);
const BIRTH_WORDS = new Set(['birthday', 'bday', 'born', 'dob', 'birth', 'birthdate']);
const birthSentences = memoByDoc((doc: Doc) => new Set(doc.words.filter((w) => BIRTH_WORDS.has(w.base)).map((w) => w.sentence)));

/** "DOB 4/12/16", "born on 6/2/2019", "date of birth: March 3": a birth date by its label. */
function birthLabelBefore(doc: Doc, start: number): boolean {
  return /\b(?:dob|d\.o\.b\.?|born(?: on)?|date of birth|birth ?date|birthday(?: is| was)?)[\s:,-]{0,3}$/.test(doc.lower.slice(Math.max(0, start - 24), start));
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Dates of a person’s visit, treatment, birth or due date',
  help: 'A visit, surgery, birth or due date, or even “today” or “Monday” next to someone’s care, helps identify the patient. Leave dates out when you talk about a person; office closures and event dates are fine.',
};

export default defineRule({
  meta: {
    id: 'phi/date',
    category: 'phi',
    type: 'date',
    severity: 'block',
  },
  detect(doc) {
    const tiedSentences = careSentences(doc);
    const out: RawFinding[] = [];
    let mentionSentences: Set<number> | undefined;
    for (const d of findDates(doc)) {
      const s = sentenceAt(doc, d.start);
      // A year, a clock time, "rn" or "just had" is someone's date only in a sentence about their care.
      if (WEAK_DATES.has(d.name)) {
        if (!tiedSentences.has(s) || (d.name === 'right-now' && doc.norm.slice(d.start, d.end) !== 'rn')) continue;
      }
      if (tiedSentences.has(s)) {
        out.push({ start: d.start, end: d.end, message: 'This date is tied to a person’s care. Dates of a visit or treatment help identify the patient: leave it out.' });
        continue;
      }
      // "Congrats on baby Lucas, Jen! He was born on Tuesday.": a colleague's family news, no patient's date.
      if (colleagueFamilySentences(doc).has(s) || continuesColleagueStory(doc, s)) continue;
      if (birthLabelBefore(doc, d.start)) {
        out.push({ start: d.start, end: d.end, message: 'This is a birth date. Birth dates are identifiers: leave it out.' });
        continue;
      }
      // "Happy 94th birthday, Miss Crouch!": a birthday of a named person is a birth date.
      mentionSentences ??= new Set(findPatientMentions(doc).map((m) => m.sentence));
      if (mentionSentences.has(s) && birthSentences(doc).has(s)) {
        out.push({
          start: d.start,
          end: d.end,
          severity: docTiesToCare(doc) ? 'block' : 'warn',
          message: 'This is a named person’s birth date. Birth dates are identifiers: leave it out.',
        });
        continue;
      }
      const aboutDetails = hasPatientDetails(doc) && (personSentences(doc).has(s) || personalDetailSentences(doc).has(s)) && !staffSentences(doc).has(s);
      if ((docTiesToCare(doc) || aboutDetails) && !eventSentences(doc).has(s)) {
        out.push({
          start: d.start,
          end: d.end,
          severity: 'warn',
          message: 'This text is about a person’s care, so this date is likely theirs (a visit, a follow-up). Leave it out or keep it vague.',
        });
      }
    }
    // A birthday itself ("Happy 94th birthday, Miss Crouch") is a birth date even without a calendar date.
    return out.concat(birthdays(doc));
  },
});

/** "Happy 94th birthday, Miss Crouch", "tell her happy 91st", "Happy birthday, Mr. Leclerc!": a
 *  person's birthday is their birth date even without a calendar date. */
function birthdays(doc: Doc): RawFinding[] {
  const persons = oneMemberSentences(doc);
  const out: RawFinding[] = [];
  const words = doc.words;
  const severity = docTiesToCare(doc) ? 'block' : 'warn';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const ordinal = ORDINAL.test(w.lower);
    const birthday = w.base === 'birthday' || w.base === 'bday';
    // "happy 91st" on its own is a birthday wish
    const happyNth = ordinal && words[i - 1]?.lower === 'happy' && !(words[i + 1] && BIRTHDAY_WORDS.has(words[i + 1]!.base));
    // In a reply or comment the wish is to the person addressed ("Dolores!! happy 90th!!!").
    const toSomeone = persons.has(w.sentence) || (happyNth && doc.context !== 'post');
    if (!(birthday || happyNth) || !toSomeone || publicSentences(doc).has(w.sentence) || colleagueFamilySentences(doc).has(w.sentence) || continuesColleagueStory(doc, w.sentence) || thanksForWishes(doc, w.sentence)) continue;
    let start = w.start;
    if (birthday) {
      const prev = words[i - 1];
      if (prev && ORDINAL.test(prev.lower)) start = prev.start;
    }
    out.push({ start, end: w.end, severity, message: 'A patient’s birthday is their birth date, an identifier. Celebrate without naming the person or the date.' });
  }
  return out;
}

const BIRTHDAY_WORDS = new Set(['birthday', 'bday']);
// Hoisted: a regex literal in the loop is a new RegExp object for every word of the text.
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** Sentences that name a colleague or a public figure ("Our founder, Dr. Harold Brandt, turns 91
 *  today"), or speak of "our" colleague by role ("Our founder turns 95 on Saturday!"). */
const staffSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set(findPeople(doc).filter((p) => p.staff || p.public).map((p) => p.sentence));
  for (const s of personalDetailSentences(doc)) if (!set.has(s) && ourColleagueByRole(doc, s)) set.add(s);
  return set;
});

// "our founder", "our own hygienist", "our amazing office manager": a colleague by role. A patient
// or a relative in the sentence makes it someone else's detail ("our hygienist's patient").
function ourColleagueByRole(doc: Doc, s: number): boolean {
  const words = sentenceWordsOf(doc, s);
  if (words.some((w) => w.base === 'patient' || RELATION_WORDS.has(w.base))) return false;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'our') continue;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) if (STAFF_ROLE_WORDS.has(words[k]!.base) && words[k]!.lower === words[k]!.base) return true;
  }
  return false;
}

/** A personal detail (an age over 89, a birthday, an ID) outside sentences about colleagues. */
const hasPatientDetails = memoByDoc((doc: Doc): boolean => {
  if (!hasPersonalDetails(doc)) return false;
  for (const s of personalDetailSentences(doc)) if (!staffSentences(doc).has(s)) return true;
  return false;
});

const THANKS = new Set(['thank', 'thanks', 'thx']);
const WISHES = new Set(['wishes', 'messages', 'notes', 'cards', 'love', 'shoutouts']);
/** "Thank you all for the birthday wishes for Lupe!": the practice thanks people on behalf of
 *  one of its own, so the birthday is a colleague's. */
function thanksForWishes(doc: Doc, sentence: number): boolean {
  let thanks = false;
  let wishes = false;
  for (const w of sentenceWordsOf(doc, sentence)) {
    if (THANKS.has(w.lower)) thanks = true;
    else if (WISHES.has(w.lower)) wishes = true;
  }
  return thanks && wishes;
}
const SINGULAR_PRONOUNS = new Set(['she', 'he', 'her', 'him', 'his', "she's", "he's"]);
const SECOND_PERSON = new Set(['you', 'your', "you're", 'ya', 'u', 'ur']);

/** Sentences about one person: a named patient, "her"/"his", or "you" in a reply or comment
 *  ("kids … by their first birthday" speaks of everyone). */
const oneMemberSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>(findPatientMentions(doc).map((m) => m.sentence));
  for (const w of doc.words) {
    if (SINGULAR_PRONOUNS.has(w.lower) || (doc.context !== 'post' && SECOND_PERSON.has(w.lower))) set.add(w.sentence);
  }
  return set;
});
