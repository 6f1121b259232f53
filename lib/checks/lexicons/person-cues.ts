// Words around person names: titles, cue words before a name ("little Emma", "Hi Sunita"),
// words after one ("Maxine we're…", "Kelly Middle School"), and names that are also everyday
// words. detectors/people.ts reads them to find mentions. Source: written by hand. Licence: CC0.

export const PATIENT_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'master', 'sr', 'sra', 'srta', 'señor', 'señora', 'mme', 'mlle', 'herr', 'frau',
  // ranks and callings written before a name: "Sgt. Miller", "Pastor Gene", "Coach Rivera"
  'sgt', 'sergeant', 'cpl', 'corporal', 'lt', 'lieutenant', 'capt', 'captain', 'col', 'colonel', 'officer', 'deputy', 'coach',
  'pastor', 'rev', 'reverend', 'rabbi', 'imam', 'deacon', 'father', 'sister', 'brother', 'judge', 'professor',
]);
// Titles after which a lower-case family name still counts ("mrs. patel", "mr ruiz").
export const LOWER_OK_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
export const DOCTOR_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'dra', 'prof', 'professor']);
// Words right before a first name that mark one particular person, usually a patient.
// ("no one named Rustam Nazarov": "named" introduces a person's name, listed or not)
export const CONTEXT_CUES: ReadonlySet<string> = new Set(['little', 'baby', 'pt', 'patient', 'kiddo', 'sweet', 'brave', 'tiny', 'lil', 'grandma', 'grandpa', 'nana', 'granny', 'aunt', 'auntie', 'uncle', 'cousin', 'named']);
export const GREETING_CUES: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'congrats', 'congratulations', 'bye', 'tell', 'mahalo', 'gracias', 'merci', 'cheers', 'thx', 'ty', 'howdy', 'hiya', 'morning', 'evening']);
// Given names that open a sentence as verbs: "Hope Istanbul is treating you well".
export const OPENING_VERBS: ReadonlySet<string> = new Set(['hope', 'will', 'may', 'trust', 'pray', 'wish', 'grant', 'bill', 'mark', 'chase', 'drew', 'rob', 'sue']);
// Given names that are also everyday lower-case words ("chuck it", "lance the abscess").
export const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['chuck', 'lance', 'kobe', 'jimbo', 'bert', 'effie', 'moana', 'tupac', 'sade', 'misty', 'elba', 'marina', 'aspen', 'sierra', 'savannah', 'dakota', 'rusty']);
export const INITIAL_FOLLOWERS: ReadonlySet<string> = new Set(['on', 'for', 'and', 'who', 'from', 'in', 'at', 'with', 'is', 'was', 'has', 'had', 'just', 'finally', 'got', 'did', 'came', 'after']);
// Words that point someone else out: "That's Sam from…" ("This is June from…" and "It's June
// from…" introduce the writer, see selfIntroduced).
export const POINTING_WORDS: ReadonlySet<string> = new Set(["that's", 'thats']);
// A name followed by one of these names a place or an organisation: "Kelly Middle School",
// "Eugene Mission", "Lincoln Elementary".
export const ORG_FOLLOWERS: ReadonlySet<string> = new Set(
  `school middle elementary high hs academy college university library mission center centre church hospital clinic
  county city park street avenue road foundation bank hall museum mall market dental medical health family
  st ave rd blvd ln ct pkwy hwy way drive lane court place circle terrace boulevard parkway highway trail apartments
  bridge creek hill hills heights valley village township public fire police community department regional memorial
  pride marathon festival fair parade symphony ballet theater theatre zoo airport station stadium arena ymca emeralds`.split(/\s+/),
);
// Words that follow a name said to someone at the start of a reply: "Maxine we're so sorry".
export const VOCATIVE_FOLLOWERS: ReadonlySet<string> = new Set(['we', "we're", "we've", "we'll", 'you', "you're", 'your', 'thank', 'thanks', 'so', 'sorry', 'i', "i'm", 'please', 'congrats', 'welcome']);
// Things only a person has: "Ama's GoFundMe", "Kai's chart", "Noa's appointment".
export const PERSONAL_THINGS: ReadonlySet<string> = new Set(
  `gofundme fundraiser chart file records record appointment appt appointments visit checkup cleaning surgery recovery
  braces retainer crown filling x-rays xrays xray insurance claim bill balance birthday bday phone number email address
  diagnosis treatment medication meds prescription teeth tooth smile mouth root canal extraction extractions sealant sealants
  fluoride implant implants denture dentures veneers aligner aligners invisalign cavity cavities gums tray trays mouthguard
  guard cast stitches procedure exam`.split(/\s+/),
);
// Words after "Name, " that show the post speaks to that person.
export const SAID_TO_FOLLOWERS: ReadonlySet<string> = new Set(['you', "you're", "you've", 'your', 'thank', 'thanks', 'we', "we're", 'congrats', 'congratulations']);
// Given names that are also places and open a sentence as one: "Dallas, you…", "Paris, we…".
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(['dallas', 'austin', 'paris', 'phoenix', 'georgia', 'virginia', 'carolina', 'florence', 'lincoln', 'eugene', 'milan', 'jordan', 'houston', 'denver', 'portland', 'boston']);
// "Valentine's Day", "Macy's sale": a possessive before these is no person.
export const POSSESSIVE_NOT_PERSON: ReadonlySet<string> = new Set(['day', 'night', 'eve', 'week', 'month']);
// ("the Hodgkins kid", "the Okafor girl": one child named by the family's name)
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(['kid', 'boy', 'girl', 'kids', 'family', 'twins', 'boys', 'girls', 'sisters', 'brothers', 'children', 'household', 'crew', 'gang', 'clan', 'bunch', 'squad', 'fam', 'family\'s', 'kiddos', 'siblings', 'cousins', 'triplets']);
// Lower-case words after "dr"/"ms" that are plainly not names ("dr visit", "ms office").
export const FIRST_NAMES_OR_WORDS: ReadonlySet<string> = new Set(['visit', 'visits', 'office', 'appt', 'appointment', 'appointments', 'note', 'notes', 'orders', 'word', 'said', 'says', 'told', 'and', 'or', 'to', 'at', 'in']);
// Animals named like people: "Stella the therapy dog", "our office pup Biscuit".
export const PET_NOUNS: ReadonlySet<string> = new Set(
  `dog dogs pup puppy doggo cat kitty kitten fish goldfish bunny rabbit hamster guinea parrot bird turtle lizard pet pets
  mascot pony horse`.split(/\s+/),
);
export const PET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'a', 'your', 'his', 'her', 'their']);
