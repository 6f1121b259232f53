// Who "you", "she" and "their" stand for. In a review reply or a comment "you" is the person
// answered; in a post only when the post names a patient or speaks to one person ("To whoever
// left a silver Honda…"). "She" is a patient unless it stands for a colleague (colleague-pronouns.ts).
import type { Doc } from '../doc';
import { pronounIsColleague } from './colleague-pronouns';
import { memoByDoc } from './memo';
import { findPatientMentions, findPeople, publicSentences } from './people';
import { sentenceAt } from './sentence-at';
import { sentenceSinglesOut } from './singled-out';
import { isGivenName, isSurname } from './person-name-words';

export const YOU_WORDS = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'u', 'ur', 'ya']);

/** Is the person addressed ("you") identifiable? In a reply or comment yes; in a post, only
 *  when the post names a patient ("So proud of Ignacio … part of your recovery"). */
export const addresseeIdentifiable = memoByDoc((doc: Doc) =>
  doc.context !== 'post' ? !addresseeIsClinician(doc) : findPatientMentions(doc).length > 0 || postSpeaksToOnePerson(doc),
);

/** "To whoever left a silver Honda in our lot: your kid's retainer case…", "To the mom who…":
 *  a post addressed to one particular person makes its "you" that person. */
export function postSpeaksToOnePerson(doc: Doc): boolean {
  // ("Jordan (you know who you are 😉) that retainer…": a wink at one reader is the same)
  return /(?:^|\bto )(?:whoever (?:drives|left|parked|owns|lost|dropped|forgot|came)|the (?:[a-z]{2,15} )?(?:patient|person|mom|dad|mother|father|parent|family|lady|gentleman|guy|owner|driver|grandma|grandpa) (?:who|that) [a-z]{2,15}ed)\b|\bto whoever\b|\byou know who you are\b/.test(doc.lower);
}

/** Does the pronoun at word `i` ("she", "him", "her") stand for someone identifiable who is not
 *  a colleague ("Dr. Brandt … her knee surgery")? */
export function pronounIsPatient(doc: Doc, i: number): boolean {
  const w = doc.words[i]!;
  if (w.lower === 'their' || w.lower === 'them' || w.lower === 'they') return theirKnown(doc, w.sentence) && !pronounIsColleague(doc, i);
  return thirdPersonKnown(doc) && !pronounIsColleague(doc, i) && !publicSentences(doc).has(w.sentence);
}

/** "Hi Dr. Yamamoto! Thanks for referring your patients": a colleague, not a patient, is addressed. */
function addresseeIsClinician(doc: Doc): boolean {
  // A review reply answers its reviewer, who is no colleague ("your referral to cardiology").
  if (doc.context === 'review-reply') return false;
  if (/\byour (?:patients|practice|office fax|referrals)\b|\bfor (?:the|your) referral\b|\bcolleague\b/.test(doc.lower) || doctorHandle(doc.lower)) return true;
  const first = findPeople(doc)[0];
  return !!first && first.kind === 'doctor' && first.sentence === 0 && /^(?:hi|hello|hey|dear|thanks|thank you),? /.test(doc.lower.trimStart());
}

// "@dr_maya_lopez_dds", "@drjen_peds", "@drevans": a doctor's handle, "dr" then a separator or a
// listed name; "@dre_williams" (Dre) is a person's.
const DR_HANDLE = /(?:^|\s)@dr([._])?([a-z]+)/g;
function doctorHandle(lower: string): boolean {
  if (!lower.includes('@dr')) return false;
  DR_HANDLE.lastIndex = 0;
  for (let m = DR_HANDLE.exec(lower); m; m = DR_HANDLE.exec(lower)) {
    if (m[1] || isGivenName(m[2]!) || isSurname(m[2]!) || /dds|dmd|peds|dental|ortho|doc/.test(m[2]!)) return true;
  }
  return false;
}

/** Does the document name or single out a patient that "her"/"his" can refer to? In a reply or
 *  comment, "her" is someone the person replied to knows (their mother, their child). */
export const thirdPersonKnown = memoByDoc((doc: Doc) => doc.context !== 'post' || findPatientMentions(doc).length > 0 || postSpeaksToOnePerson(doc) || personalHandleSentences(doc).size > 0);

// "@brody_k07", "@taylor.reyes.fit": a handle all in lower case that names no organisation is a
// person's ("@OregonDental", "@ModaHealth", "@lanecountyschools" are not).
const HANDLE = /(?<![\w@.])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)(?![\w@])/gi;
const ORG_HANDLE_WORDS = /dental|dentist|health|clinic|county|school|city|news|library|rotary|foundation|hospital|pediatric|ortho|care|insurance|official|^dr[._]?|_?dds|_?dmd|team|club|league|council|district|org/;

/** Sentences with a person's @handle in them. */
export const personalHandleSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  if (!doc.norm.includes('@')) return set;
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(doc.norm); m; m = HANDLE.exec(doc.norm)) {
    const name = m[1]!;
    if (name !== name.toLowerCase() || ORG_HANDLE_WORDS.test(name)) continue;
    set.add(sentenceAt(doc, m.index));
  }
  return set;
});

/** "their" is often plural or general ("families and their kids"): only with a named person close by. */
export function theirKnown(doc: Doc, sentence: number): boolean {
  const s = mentionSentences(doc);
  return s.has(sentence) || s.has(sentence - 1) || sentenceSinglesOut(doc, sentence);
}

export const mentionByLastWord = memoByDoc((doc: Doc) => new Map(findPatientMentions(doc).map((m) => [m.lastWord, m])));
export const mentionSentences = memoByDoc((doc: Doc) => new Set(findPatientMentions(doc).map((m) => m.sentence)));

// A review reply always answers its reviewer; a comment answers someone when it says "you",
// names or tags them.
export const speaksToSomeone = memoByDoc(
  (doc: Doc) => doc.context === 'review-reply' || findPatientMentions(doc).length > 0 || /(?:^|\s)@\w/.test(doc.norm) || doc.words.some((w) => YOU_WORDS.has(w.lower)),
);

