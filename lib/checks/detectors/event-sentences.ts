// Sentences about the office, an event or a closure ("closed Monday", "free screenings at…",
// "join us at the fair"): the dates and places in them belong to no one.
import type { Doc } from '../doc';
import { memoByDoc } from './memo';

const EVENT_WORDS = new Set(
  `closed close closing closure closures holiday holidays open opening event events fair festival party parade
  drive webinar seminar class classes workshop 5k run walk race fundraiser giveaway contest raffle sale special
  screening screenings booth sponsor sponsoring join deadline enrollment enroll registration register
  tickets ticket van volunteer volunteers volunteering opens location locations serving`.split(/\s+/),
);

export const eventSentences = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const set = new Set<number>();
  for (const w of doc.words) if (EVENT_WORDS.has(w.base)) set.add(w.sentence);
  return set;
});
