// Sentences set at the practice: a care, record or billing word, a staff member, or a room of the
// office. "The gentleman who parked across three spaces this morning" singles someone out but says
// nothing of care; "the lady who fainted in the waiting room" does.
import type { Doc } from '../doc';
import { memoByDoc } from './memo';
import { findPeople } from './people';
import { findBillingTerms, findEncounterTerms, findHealthTerms } from './ties';

const PRACTICE_PLACES = new Set(['waiting', 'lobby', 'operatory', 'op', 'chair', 'chairs', 'exam', 'front', 'desk', 'hygienist', 'hygienists', 'dentist', 'doctor', 'receptionist', 'office']);

export const careSettingSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const list of [findHealthTerms(doc), findEncounterTerms(doc), findBillingTerms(doc)]) {
    for (const m of list) set.add(doc.words[m.first]!.sentence);
  }
  for (const p of findPeople(doc)) if (p.staff) set.add(p.sentence);
  for (const w of doc.words) if (PRACTICE_PLACES.has(w.base)) set.add(w.sentence);
  return set;
});
