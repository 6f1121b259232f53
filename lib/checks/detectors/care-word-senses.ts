// A care word used in another sense: as a modifier of an event, a routine, equipment or material
// for everyone ("the free screening day", "school sealant programs", "the same check-in process",
// "the x-ray machine", "the fluoride talk"), or as a verb ("expect us to stay open"). Such a word
// is nobody's care, whoever the sentence is about.
import type { Doc } from '../doc';

// Nouns that a care word can modify to name an event, a routine or equipment of the practice.
const EVENT_NOUNS = new Set([
  'machine', 'machines', 'equipment', 'technology', 'unit', 'units', 'scanner', 'sensor', 'sensors', 'kiosk', 'kiosks',
  'talk', 'talks', 'lesson', 'lessons', 'presentation', 'demo', 'video', 'videos', 'article', 'articles', 'poster', 'posters',
  'prevention', 'education', 'facts', 'myths', 'basics', 'faq', 'quiz', 'contest', 'challenge',
  'day', 'days', 'event', 'events', 'fair', 'drive', 'clinic', 'clinics', 'program', 'programs', 'programme', 'night', 'booth',
  'camp', 'station', 'process', 'policy', 'policies', 'protocol', 'protocols', 'guidance', 'guidelines', 'guide', 'tips',
  'class', 'classes', 'workshop', 'seminar', 'awareness', 'kit', 'kits', 'supplies', 'hours', 'window', 'special', 'specials',
]);

// Care nouns that are also everyday verbs ("a hospital stay" / "to stay open"), and the words
// that make them verbs.
const VERB_NOUNS = new Set(['stay', 'stays', 'check', 'checks']);
const VERB_MARKERS = new Set(['to', 'will', "we'll", "you'll", 'would', 'can', 'could', 'should', 'must', 'might', 'may', "won't", "can't", 'cannot', 'please', 'and', 'or', 'just']);

/** The care word ending at word `last` modifies an event, routine or equipment noun right after it. */
export function modifiesEventNoun(doc: Doc, last: number): boolean {
  const next = doc.words[last + 1];
  if (!next || next.sentence !== doc.words[last]!.sentence || !EVENT_NOUNS.has(next.lower)) return false;
  return next.start - doc.words[last]!.end <= 1;
}

/** The one-word care term at word `i` is a verb here ("to stay open", "we'll check"). */
export function usedAsVerb(doc: Doc, i: number): boolean {
  return VERB_NOUNS.has(doc.words[i]!.lower) && VERB_MARKERS.has(doc.words[i - 1]?.lower ?? '');
}
