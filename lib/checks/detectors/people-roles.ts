// Whether a named person is one of the practice's own people or a public figure in the news:
// staff are not patients, and neither are celebrities in a news story. Read by
// detectors/people.ts for each mention it finds.
import type { Doc, Word } from '../doc';
import { PRACTICE_ACTION_VERBS } from '../lexicons/care-verbs';
import { STAFF_ROLE_WORDS } from '../lexicons/care-words';
import { PERSON_NOUNS, RELATION_WORDS } from '../lexicons/relations';
import { memoByDoc } from './memo';

const INTRO_CUES = new Set(['meet', 'introducing', 'welcoming']);

/** Is the person named at word `first` a colleague, by the words around the name? `titledOrCued`:
 *  named with a title or a fond cue ("our dear Mr. Kowalski", "our little Emma"), never a colleague
 *  by "our" alone. */
export function colleagueByContext(doc: Doc, first: number, titledOrCued: boolean): boolean {
  const words = doc.words;
  const w = words[first]!;
  const before = words.slice(Math.max(0, first - 3), first);
  // "Dr. Brandt's patient, Oscar Reyes": a staff word before "patient" belongs to the doctor.
  const calledPatient = before.some((b) => b.sentence === w.sentence && (b.lower === 'patient' || b.lower === 'pt'));
  return (
    (!calledPatient &&
      before.some(
        (b, k) =>
          b.sentence === w.sentence &&
          ((staffRoleBefore(b, k === before.length - 1) && !actsBetween(before, k)) || (INTRO_CUES.has(b.lower) && !mentionsPatients(doc))),
      )) ||
    ourColleague(words, first, titledOrCued) ||
    selfIntroduced(words, first) ||
    teamSentences(doc).has(w.sentence)
  );
}

// "our friend Elijah", "our favorite superhero Leo", "our resident dinosaur expert": nouns a
// practice calls its young patients by, never its colleagues.
export const FOND_NOUNS: ReadonlySet<string> = new Set(
  `friend friends buddy buddies pal pals fan fans champ champion champs hero heroes warrior warriors superstar superstars
  rockstar rockstars trooper troopers regular regulars neighbor neighbour visitor expert graduate grad cutie sweetie
  sweetheart superhero princess prince angel legend artist explorer fighter`.split(/\s+/),
);

// Present forms of what staff do to a person ("Dr. Brandt sees Mrs. Lee on Tuesdays").
const PRESENT_ACTS = new Set(['see', 'sees', 'treat', 'treats', 'clean', 'cleans', 'examine', 'examines', 'call', 'calls', 'fix', 'fixes', 'help', 'helps']);

/** "Dr. Brandt saw Mrs. Lee", "our hygienist cleaned Mrs. Lee's teeth": a staff word with an act
 *  of care between it and the name is the staff member acting on someone else, no colleague. */
function actsBetween(before: readonly Word[], role: number): boolean {
  for (let k = role + 1; k < before.length; k++) {
    const b = before[k]!;
    if (PRACTICE_ACTION_VERBS.has(b.lower) || PRESENT_ACTS.has(b.lower)) return true;
  }
  return false;
}

/** A staff role word before a name. "Resident" right before it is the role ("resident Dr. Lee",
 *  "our resident, Sam"); further back it is an adjective ("our resident dinosaur expert, Zuri"). */
function staffRoleBefore(w: Word, adjacent: boolean): boolean {
  return STAFF_ROLE_WORDS.has(w.base) && (adjacent || w.base !== 'resident');
}

/** "This is Kayla from the front desk", "it's Jen", "I'm Rosa": the writer, one of the staff. */
function selfIntroduced(words: readonly Word[], first: number): boolean {
  const p1 = words[first - 1];
  const p2 = words[first - 2];
  const s = words[first]!.sentence;
  if (!p1 || p1.sentence !== s) return false;
  if (p1.lower === "it's" || p1.lower === "i'm" || p1.lower === 'im') return true;
  return p1.lower === 'is' && !!p2 && p2.sentence === s && (p2.lower === 'this' || p2.lower === 'name');
}

// Parts of the office a colleague works in: "our front desk superstar", "our billing hero".
const WORKPLACE_WORDS = new Set(['desk', 'office', 'billing', 'reception', 'clinical', 'team', 'hygiene', 'sterilization', 'lab', 'admin', 'scheduling', 'insurance']);

/** "our amazing Noor", "our own Maria": the practice's own people (but not "our patient Maria"). */
function ourColleague(words: readonly Word[], first: number, titledOrCued: boolean): boolean {
  // "our dear Mr. Kowalski", "our beloved Nana June", "our little Emma" are patients
  if (titledOrCued) return false;
  let fond = false;
  let work = false;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = words[k]!;
    // "our brave girl Amara", "our patient Maria": a person noun between "our" and the name
    if (w.sentence !== words[first]!.sentence || PERSON_NOUNS.has(w.base) || RELATION_WORDS.has(w.base)) return false;
    // "our friend Elijah" is a patient, "our front desk superstar Jen" a colleague
    if (FOND_NOUNS.has(w.base)) fond = true;
    if (WORKPLACE_WORDS.has(w.base)) work = true;
    if (w.lower === 'our') return !fond || work;
  }
  return false;
}

// "Meet Dmitri! … Thanks for letting us share your story": the genre of a patient's story (a
// transformation, a before-and-after, a shared story) introduces a patient, not a colleague.
const mentionsPatients = memoByDoc((doc: Doc) =>
  /\b(?:patients?|share (?:your|his|her|their) (?:story|smile|journey)|transformation (?:tuesday|thursday)|before (?:and|&) after|smile makeover)\b/.test(doc.lower),
);

// Words that make a sentence news about a public figure, not a report about a patient.
const PUBLIC_CUES = new Set(
  `reported reportedly reports news announced according pitcher quarterback player coach senator governor president
  mayor congressman congresswoman actor actress singer rapper celebrity star ceo athlete olympian champion
  headlines press statement publicly team's league nfl nba mlb nhl olympic olympian swimmer gymnast revealed
  interview podcast famous influencer musician author tour linebacker receiver shortstop goalie striker midfielder
  pitchers outfielder catcher wrestler boxer golfer racer sprinter candidate councilwoman councilman commissioner
  famously iconic hollywood sitcom grammys oscars emmys`.split(/\s+/),
);

/** Sentences that report news about public figures ("pitcher", "reported", "headlines"). */
export const publicSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "his famous bow ties", "our star patient": a possessive makes the word describe someone's
    // things or our own people, not a public figure.
    // "your next statement" is a bill, not a press statement; "a rock star" is praise.
    if (!PUBLIC_CUES.has(w.lower) || ownedOrPraise(words, i)) continue;
    set.add(w.sentence);
  }
  return set;
});
const OWNED_BY = new Set(['his', 'her', 'their', 'your', 'our', 'my', 'little']);
// "a rock star", "a total star", "such a star": praise for anyone.
const PRAISE_BEFORE_STAR = new Set(['a', 'rock', 'such', 'real', 'total', 'absolute', 'little', 'shining', 'true']);

function ownedOrPraise(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  if (p1?.sentence === w.sentence && OWNED_BY.has(p1.lower)) return true;
  if (p2?.sentence === w.sentence && OWNED_BY.has(p2.lower)) return true;
  return w.lower === 'star' && !!p1 && p1.sentence === w.sentence && PRAISE_BEFORE_STAR.has(p1.lower);
}

/** Sentences of staff news: "… joins our team", "welcome Maria to the team", "new hygienist". */
const teamSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  const words = doc.words;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.sentence === words[i + 1]!.sentence && joinsTeamAt(words, i)) set.add(words[i]!.sentence);
  }
  return set;
});

function joinsTeamAt(words: readonly Word[], i: number): boolean {
  const a = words[i]!.lower;
  const b = words[i + 1]!.lower;
  if ((a === 'our' || a === 'the') && (b === 'team' || b === 'staff' || b === 'crew')) {
    const before = words[i - 1]?.lower;
    return before === 'joins' || before === 'joined' || before === 'joining' || before === 'to' || before === 'on';
  }
  return a === 'new' && (b === 'hire' || b === 'hygienist' || b === 'nurse' || b === 'assistant' || b === 'receptionist');
}
