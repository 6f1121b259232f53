// A care word used in another sense: as a modifier of an event, a routine, equipment or material
// for everyone ("the free screening day", "school sealant programs", "the same check-in process",
// "the x-ray machine", "the fluoride talk"), or as a verb ("expect us to stay open"). Such a word
// is nobody's care, whoever the sentence is about.
import type { Doc } from '../doc';
import { memoByDoc } from './memo';
import { findPeople } from './people';

// Nouns that a care word can modify to name an event, a routine or equipment of the practice.
const EVENT_NOUNS = new Set([
  'machine', 'machines', 'equipment', 'technology', 'unit', 'units', 'scanner', 'sensor', 'sensors', 'kiosk', 'kiosks',
  'talk', 'talks', 'lesson', 'lessons', 'presentation', 'demo', 'video', 'videos', 'article', 'articles', 'poster', 'posters',
  'prevention', 'education', 'facts', 'myths', 'basics', 'faq', 'quiz', 'contest', 'challenge',
  'day', 'days', 'event', 'events', 'fair', 'drive', 'clinic', 'clinics', 'program', 'programs', 'programme', 'night', 'booth',
  'camp', 'station', 'process', 'policy', 'policies', 'protocol', 'protocols', 'guidance', 'guidelines', 'guide', 'tips',
  'class', 'classes', 'workshop', 'seminar', 'awareness', 'kit', 'kits', 'supplies', 'hours', 'window', 'special', 'specials',
]);

// Care nouns that are also everyday verbs ("a hospital stay" / "to stay open", "your file" /
// "we'll file it"), and the words that make them verbs.
const VERB_NOUNS = new Set(['stay', 'stays', 'check', 'checks', 'file', 'files']);
// Two-word care nouns that are phrasal verbs after the same words: "your follow up" / "so we can
// follow up", "your check in" / "we'll check in with you".
const PHRASAL_VERBS = new Set(['follow up', 'check up', 'check in', 'check out', 'call back']);
const VERB_MARKERS = new Set([
  'to', 'will', "we'll", "you'll", "i'll", "we’ll", "you’ll", "i’ll", 'would', 'can', 'could', 'should', 'must', 'might', 'may',
  "won't", "can't", 'cannot', 'please', 'and', 'or', 'just', "let's", 'we', 'i', 'gladly', 'happily',
]);

const LISTING = new Set(['and', 'or']);
// "visit" as a verb is nobody's visit only when the practice does the visiting: "for having us
// visit", "we'll visit Ms. Hart's class", "for having Dr. Tanaka and Trevor visit today". Someone
// who visits the practice is its patient: "Mia will visit us on Tuesday", "Emma came to visit",
// "stopped in to visit". A month or a weekday before it makes it a date ("your May visit").
const PRACTICE_SUBJECTS = new Set(['us', 'we', "we'll", 'we’ll', "let's", 'let’s', 'let', 'lets']);
const DATE_NAMES = new Set(['april', 'may', 'june', 'august', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// After "visit": the practice is what is visited ("visit us", "visit our office", "visit with Dr. Lee").
const PRACTICE_VISITED = new Set(['us', 'our', 'with', 'here', 'dr', 'dr.', 'the']);
// Before "to visit": someone arriving ("came to visit", "stopped in to visit", "coming by to visit").
const ARRIVALS = new Set(['came', 'come', 'comes', 'coming', 'stopped', 'stop', 'stops', 'popped', 'dropped', 'swung', 'in', 'by', 'over', 'back', 'here']);

function visitIsAVerb(doc: Doc, i: number): boolean {
  const words = doc.words;
  const prev = words[i - 1]!;
  const next = words[i + 1];
  if (LISTING.has(prev.lower) || (prev.cap && DATE_NAMES.has(prev.base))) return false;
  if (next && next.sentence === prev.sentence && PRACTICE_VISITED.has(next.lower)) return false;
  if (PRACTICE_SUBJECTS.has(prev.lower)) return true;
  // "to visit", "will visit": whose visit depends on who comes; an arrival before it is a patient's
  if (VERB_MARKERS.has(prev.lower)) return !ARRIVALS.has(words[i - 2]?.lower ?? '') && !youBefore(doc, i - 1);
  // "Dr. Tanaka and Trevor visit": the practice's own people as the subject
  return staffNameEnds(doc).has(i - 1);
}

/** Word indices where a colleague's name ends. */
const staffNameEnds = memoByDoc((doc: Doc): ReadonlySet<number> => new Set(findPeople(doc).filter((m) => m.staff).map((m) => m.lastWord)));

// "you can follow up", "you'll check in": the person doing it is the patient.
function youBefore(doc: Doc, marker: number): boolean {
  const m = doc.words[marker]!.lower;
  if (m === "you'll" || m === 'you’ll') return true;
  const w = doc.words[marker - 1]?.lower;
  return w === 'you' || w === 'u';
}

// Words before a care word that make it a prop, not anyone's body or care: "it's a model tooth",
// "a giant foam molar", "the demo crown", "the puppet's teeth". ("Fake", "plastic" and "rubber"
// are not here: "her fake tooth", "his plastic retainer", "rubber bands" are a person's appliances.)
const PROPS = new Set(['model', 'models', 'toy', 'demo', 'foam', 'replica', 'cartoon', 'puppet', 'puppet’s', "puppet's", 'pretend', 'inflatable', 'costume', 'mascot', "mascot's"]);

/** The care word starting at word `first` names a prop: a prop word up to two words before it. */
export function namesAProp(doc: Doc, first: number): boolean {
  const words = doc.words;
  for (let k = first - 1; k >= 0 && k >= first - 2 && words[k]!.sentence === words[first]!.sentence; k--) if (PROPS.has(words[k]!.lower)) return true;
  return false;
}

/** The care word ending at word `last` modifies an event, routine or equipment noun right after it. */
export function modifiesEventNoun(doc: Doc, last: number): boolean {
  const next = doc.words[last + 1];
  if (!next || next.sentence !== doc.words[last]!.sentence || !EVENT_NOUNS.has(next.lower)) return false;
  return next.start - doc.words[last]!.end <= 1;
}

/** The care term of `count` words at word `i` is a verb here ("to stay open", "we'll check",
 *  "we'll file it", "so we can follow up", "for having us visit"). */
export function usedAsVerb(doc: Doc, i: number, count = 1): boolean {
  const words = doc.words;
  const prev = words[i - 1];
  if (!prev || prev.sentence !== words[i]!.sentence) return false;
  if (count === 1 && words[i]!.lower === 'visit') return visitIsAVerb(doc, i);
  if (!VERB_MARKERS.has(prev.lower)) return false;
  if (count === 1) return VERB_NOUNS.has(words[i]!.lower);
  // ("your cleaning and follow up": after "and" the phrase may be the second of two nouns)
  return count === 2 && !LISTING.has(words[i - 1]!.lower) && !youBefore(doc, i - 1) && PHRASAL_VERBS.has(`${words[i]!.lower} ${words[i + 1]!.lower}`);
}
