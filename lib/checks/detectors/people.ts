// Who is mentioned: person names found from name lists (US Census/SSA), titles ("Mrs. Patel"),
// context words ("little Emma", "pt Lorenzo F."), greetings in replies ("Hi Sunita,") and
// tags ("@Zainab Qureshi"). Each mention says whether it is staff or a public figure, because
// staff and public figures in the news are not patients. Word-based and linear: compromise's
// people() took 26 ms on 2,000 characters, this takes a few microseconds per word.
// What one word can be is in person-name-words.ts, what starts a mention in
// person-mention-at.ts, and who is a colleague in staff-mentions.ts.
import type { Doc } from '../doc';
import * as cues from '../lexicons/person-cues';
import { staffNameParts } from '../profile';
import { findHealthTerms } from './care-terms';
import { markGroupLeaders } from './group-leaders';
import { memoByDoc } from './memo';
import { namesAPet } from './name-lookalikes';
import { NameScan, sameSentence } from './name-scan';
import { publicSentences } from './people-roles';
import { mentionAt } from './person-mention-at';
import { isGivenName, isNameLike } from './person-name-words';
import { markStaffFamily } from './staff-family';
import { isStaffMention, markColleaguesOfColleagues } from './staff-mentions';

// Who is staff or a public figure is decided in people-roles.ts; callers still import it from here.
export { publicSentences } from './people-roles';

// Local bindings for the cue lists: the loop below reads them for every word, and a module
// namespace property (a getter once transpiled to CommonJS, as under tsx) costs more than a const.
const { DOCTOR_TITLES, ORG_FOLLOWERS, PATIENT_TITLES } = cues;

export type MentionKind = 'full' | 'title' | 'initial' | 'context' | 'greeting' | 'first' | 'doctor';

export interface PersonMention {
  start: number;
  end: number;
  /** Word indices, inclusive. */
  firstWord: number;
  lastWord: number;
  kind: MentionKind;
  /** A colleague (after a staff role word, in the profile's staff list, or a doctor), or a
   *  colleague's family named in a congratulation to them (staff-family.ts): not a patient. */
  staff: boolean;
  /** Named in a news or public-figure sentence ("pitcher", "reported"), or by a group they lead
   *  ("Ms. Okonkwo's kindergarten class", group-leaders.ts): not a patient. */
  public: boolean;
  sentence: number;
}

/** Word indices where a one-word health term stands ("Orajel", "Tylenol"). */
const healthWordStarts = memoByDoc((doc: Doc): ReadonlySet<number> => new Set(findHealthTerms(doc).filter((m) => m.count === 1).map((m) => m.first)));

export const findPeople = memoByDoc((doc: Doc): PersonMention[] => {
  const words = doc.words;
  const staffParts = staffNameParts(doc.profile);
  const scan = new NameScan(doc);
  const mentions: PersonMention[] = [];

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Most words are neither capitalised nor a listed name nor a title: skip them cheaply.
    if (!w.cap && !isGivenName(w.base) && !PATIENT_TITLES.has(w.lower) && !DOCTOR_TITLES.has(w.lower)) continue;
    const mention = mentionAt(scan, i);
    if (!mention) continue;
    if (namesAPet(words, mention.firstWord, mention.lastWord)) continue;
    // "put a little Orajel on it": a medicine or a condition cued like a name, and on no name list
    if (mention.firstWord === mention.lastWord && !isGivenName(w.base) && healthWordStarts(doc).has(mention.firstWord)) continue;
    // "Sunny Meadows Elementary", "Rosa Parks Middle School": a name that starts a place's name
    const following = words[mention.lastWord + 1];
    if (following?.cap && ORG_FOLLOWERS.has(following.lower) && sameSentence(words[mention.lastWord]!, following) &&
      scan.gapIs(words[mention.lastWord]!, following, /^ $/)) continue;

    // "Mrs. O'Neil-Baptiste", "Mr. Nguyen-Tran": the rest of a hyphenated family name
    while (mention.kind !== 'initial' && words[mention.lastWord + 1]?.cap && scan.gapIs(words[mention.lastWord]!, words[mention.lastWord + 1]!, /^-$/) &&
      sameSentence(words[mention.lastWord]!, words[mention.lastWord + 1]) && isNameLike(words[mention.lastWord + 1])) mention.lastWord++;
    const first = words[mention.firstWord]!;
    const lastW = words[mention.lastWord]!;
    const end = lastW.start + lastW.base.length;
    const staff = isStaffMention(doc, mention, staffParts);
    const isPublic = publicSentences(doc).has(first.sentence);
    mentions.push({
      start: first.start,
      end,
      firstWord: mention.firstWord,
      lastWord: mention.lastWord,
      kind: mention.kind,
      staff,
      public: isPublic,
      sentence: first.sentence,
    });
    i = mention.lastWord;
  }
  markColleaguesOfColleagues(doc, mentions);
  markStaffFamily(doc, mentions);
  markGroupLeaders(doc, mentions);
  return mentions;
});

/** Patients: mentions that are neither staff nor public figures. */
export const findPatientMentions = memoByDoc((doc: Doc) => findPeople(doc).filter((m) => !m.staff && !m.public));
