// "Your kids were an absolute joy on Saturday", "you were on our schedule at 2pm": a past
// be-clause about the person with a day or a time in it tells of one occasion with them. Said in
// a reply to that person, the occasion is a visit.
import type { Doc } from '../doc';
import { NON_CARE_OBJECTS } from '../lexicons/care-verbs';
import { findDates } from './dates';
import { memoByDoc } from './memo';
import { sentenceAt } from './sentence-at';

const CLAUSE_REACH = 10;

/** Date starts by sentence, in text order. */
const dateStartsBySentence = memoByDoc((doc: Doc) => {
  const map = new Map<number, number[]>();
  for (const d of findDates(doc)) {
    // A year on its own ("were with us since 2019") is no day.
    if (d.name === 'year') continue;
    const s = sentenceAt(doc, d.start);
    const list = map.get(s);
    if (list) list.push(d.start);
    else map.set(s, [d.start]);
  }
  return map;
});

/** Is there a date within the clause after word `v` (same sentence, up to ten words on)? */
export function dateInClauseAfter(doc: Doc, v: number): boolean {
  const words = doc.words;
  const starts = dateStartsBySentence(doc).get(words[v]!.sentence);
  if (!starts) return false;
  const limit = words[Math.min(words.length - 1, v + CLAUSE_REACH)]!;
  const end = limit.sentence === words[v]!.sentence ? limit.end : doc.sentences[words[v]!.sentence]!.end;
  const from = words[v]!.end;
  // Only the clause itself: "You were right, we were closed on Monday" has the day in another.
  const date = starts.find((s) => s > from && s < end && !CLAUSE_BREAK.test(doc.lower.slice(from, s)));
  if (date === undefined) return false;
  // "You were so kind to leave this review on Christmas Eve": the day of the review, not a visit.
  for (let k = v + 1; k < words.length && words[k]!.start < date; k++) if (NON_CARE_OBJECTS.has(words[k]!.base)) return false;
  return true;
}

const CLAUSE_BREAK = /[,;:\u2014]|\b(?:but|because|since|though|although|when|while|we|our)\b/;
