// Which person mentions are colleagues: a doctor, a name after a staff role word, a name on the
// profile's staff list, and then names that share a colleague's listing or name. Staff are not
// patients.
import type { Doc } from '../doc';
import { FAMILY_NOUNS } from '../lexicons/person-cues';
import { colleagueByContext } from './people-roles';
import type { MentionSpan } from './person-mention-at';
import type { PersonMention } from './people';

/** Whether one mention, on its own, names a colleague. */
export function isStaffMention(doc: Doc, mention: MentionSpan, staffParts: ReadonlySet<string>): boolean {
  const nameParts = doc.words.slice(mention.firstWord, mention.lastWord + 1).map((x) => x.base);
  return (
    mention.kind === 'doctor' ||
    colleagueByContext(doc, mention.firstWord, mention.kind === 'title' || mention.kind === 'context') ||
    // ("Sofia Reyes" is not our Sofia Marchetti: a family name given must be a colleague's too)
    (mention.kind === 'full' && nameParts.length >= 2 && !FAMILY_NOUNS.has(nameParts[nameParts.length - 1]!)
      ? staffParts.has(nameParts[nameParts.length - 1]!)
      : nameParts.some((p) => staffParts.has(p)))
  );
}

/** Marks as staff the mentions that share a colleague's listing, given name or doctor's name. */
export function markColleaguesOfColleagues(doc: Doc, mentions: PersonMention[]): void {
  const words = doc.words;
  // "Our hygienists Sofia, Jen and Marisol": names listed after a colleague are colleagues too.
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (a.staff && !b.staff && a.sentence === b.sentence && /^(?:(?:,? and |, ?|,? & )[A-Z][a-z'-]{1,20}){0,4}(?:,? and |, ?|,? & )$/.test(doc.norm.slice(a.end, b.start))) b.staff = true;
  }
  // "Our hygienist Maria … Happy birthday Maria!": a given name a colleague bears is the colleague's.
  const staffFirstNames = new Set(mentions.filter((m) => m.staff && (m.kind === 'first' || m.kind === 'full' || m.kind === 'greeting')).map((m) => words[m.firstWord]!.base));
  if (staffFirstNames.size > 0) {
    for (const m of mentions) if ((m.kind === 'first' || m.kind === 'greeting') && staffFirstNames.has(words[m.firstWord]!.base)) m.staff = true;
  }
  // "Congratulations to Noor Hassan … Dr. Hassan": a name that a doctor also bears is staff.
  const doctorNames = new Set(mentions.filter((m) => m.kind === 'doctor').map((m) => words[m.lastWord]!.base));
  if (doctorNames.size > 0) {
    for (const m of mentions) if (doctorNames.has(words[m.lastWord]!.base)) m.staff = true;
  }
}
