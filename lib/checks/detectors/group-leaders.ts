// A person named by the group they lead: "Ms. Okonkwo's kindergarten class", "Mr. Lee's 3rd
// graders", "Coach Kim's soccer team". A teacher or a coach thanked for a school visit is no
// patient, so their name is no patient's. ("Mrs. Lee's kids" are her children: "kids" is no
// group word here.)
import type { Doc } from '../doc';
import type { PersonMention } from './people';

const GROUPS = new Set([
  'class', 'classes', 'classroom', 'students', 'graders', 'kindergarten', 'kindergartners', 'kindergarteners', 'preschool',
  'preschoolers', 'homeroom', 'team', 'troop', 'scouts', 'choir', 'band', 'club', 'daycare', 'pupils', 'squad', 'cohort',
]);
// Words that may stand between the possessive and the group: "3rd grade", "kindergarten", "soccer".
const REACH = 3;

/** Marks as no patient (public role) the mentions in the possessive before a group they lead. */
export function markGroupLeaders(doc: Doc, mentions: PersonMention[]): void {
  const words = doc.words;
  for (const m of mentions) {
    if (m.staff || m.public) continue;
    const last = words[m.lastWord]!;
    if (last.lower === last.base) continue; // not in the possessive
    for (let k = m.lastWord + 1; k <= m.lastWord + REACH && words[k]?.sentence === m.sentence; k++) {
      if (GROUPS.has(words[k]!.lower)) {
        m.public = true;
        break;
      }
    }
  }
}
