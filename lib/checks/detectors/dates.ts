// Date expressions: calendar dates, weekdays, months and relative days ("today", "last
// Tuesday"). A date is PHI only when it belongs to a person's care (the date rule decides);
// this only finds them. Weekdays in the plural ("Mondays") are recurring, not a date.
import type { Doc, Span } from '../doc';
import { memoByDoc } from './memo';
import { runPatternDetector, type PatternDetector, type PatternHit } from './pattern';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_FULL = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
// "2", "two", "a few", "a couple of": how many days or weeks.
const COUNT = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple(?: of)?|several`;
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty)(?:[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|thirtieth)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weds|tues|thurs)`;

export const DATE_PATTERNS: PatternDetector = {
  lower: true,
  combined: true,
  minScore: 0,
  patterns: [
    { name: 'month-day', score: 1, regex: new RegExp(String.raw`\b${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b(?![:/])`, 'g') },
    { name: 'day-month', score: 1, regex: new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_FULL}(?:,? \d{4})?\b`, 'g') },
    { name: 'numeric', score: 1, regex: /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{4}|\d{2}))?\b(?![/%\d])/g },
    { name: 'numeric-dash', score: 1, regex: /\b(?:0?[1-9]|1[0-2])[.-](?:0?[1-9]|[12]\d|3[01])[.-](?:\d{4}|\d{2})\b(?![.-]\d)/g },
    { name: 'iso', score: 1, regex: /\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b(?![-/.]\d)/g },
    { name: 'ordinal', score: 0.8, regex: /\b(?:on )?the \d{1,2}(?:st|nd|rd|th)\b/g },
    { name: 'weekday', score: 0.8, regex: new RegExp(String.raw`\b(?:(?:this|last|next|on|this past|this coming) )?${WEEKDAY}\b`, 'g') },
    { name: 'relative', score: 0.7, regex: /\b(?:today|yesterday|tonight|tomorrow|tmrw|tmr|2morrow|this (?:morning|afternoon|evening|past weekend|weekend)|last (?:night|week|weekend|month)|earlier (?:today|this week)|the other day)\b/g },
    // "2 weeks ago", "a month ago", "three days ago": a day counted back from now.
    { name: 'ago', score: 0.7, regex: new RegExp(String.raw`\b(?:${COUNT}) (?:days?|weeks?|months?|years?) (?:ago|back|earlier)\b`, 'g') },
    // "on Christmas Eve", "over Thanksgiving": a holiday named as the day something happened.
    { name: 'holiday', score: 0.7, regex: /\b(?:on|over|before|after|since|by|until|at|the day before|the day after) (?:christmas(?: eve| day)?|thanksgiving|easter|halloween|new year's(?: eve| day)?|memorial day|labor day|july 4th|the fourth of july|the 4th of july|valentine's day|mother's day|father's day|veterans day|mlk day|presidents day|juneteenth)\b/g },
    // "in 2 weeks", "in a few days": a day counted forward. Months are a span, not a day ("see you
    // in six months", "three times in two months": the corpus README's vague spans).
    { name: 'in-count', score: 0.7, regex: new RegExp(String.raw`\bin (?:${COUNT}) (?:days?|weeks?)\b`, 'g') },
    // "next week", "earlier this month", "later this week", "the same day", "the day before".
    { name: 'relative-span', score: 0.7, regex: /\bover the weekend\b|\b(?:(?:earlier|later) )?(?:this|next|last|coming|past|following) (?:week|weekend|month)\b|\bthe (?:same|next|following|previous) (?:day|morning|afternoon|week)\b|\bthe day (?:before|after)(?: yesterday| tomorrow)?\b/g },
    // "March fourteenth", "the ninth of May": ordinals written as words, next to a month.
    { name: 'month-ordinal-word', score: 1, regex: new RegExp(String.raw`\b${MONTH}\.? (?:the )?${ORDINAL_WORD}\b|\b(?:the )?${ORDINAL_WORD} of ${MONTH_FULL}\b`, 'g') },
    // "my 11am", "the 2pm slot", "your 10:20": one person's appointment time stands for the visit.
    { name: 'appointment-time', score: 0.7, regex: /\b(?:my|the|your|his|her|that) (?:\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)(?! ?(?:appointments|slots|patients))(?: (?:slot|appointment|appt|patient|pt))?\b/g },
    // "13/03/2026": day first, only with a year ("24/7" is no date).
    { name: 'numeric-day-first', score: 1, regex: /\b(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})\b(?![/.-]\d)/g },
    { name: 'month', score: 0.7, group: 1, regex: new RegExp(String.raw`\b(?:in|since|until|by|during|due|early|late|mid|last|next|this|of|back in|for)[ -](${MONTH_FULL})\b(?! \d)`, 'g') },
    // A year or a clock time alone is no date of anyone's until a sentence ties it to care ("you
    // had one made in 2022", "the dad who called at 6am about his daughter's swollen cheek"): the
    // date rule reports these only in such sentences.
    { name: 'year', score: 0.5, group: 1, regex: /\b(?:in|since|back in|during|from) ((?:19|20)\d\d)\b(?![-/.]\d)/g },
    { name: 'clock', score: 0.5, group: 1, regex: /\bat (\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)(?!\w)/g },
    // "rn" (right now) in chat shorthand; the rule checks it was written in lower case ("RN" is a nurse).
    { name: 'right-now', score: 0.5, regex: /\brn\b/g },
    // "the guy who just had 3 extractions": "just" before a past of care is today.
    { name: 'just-now', score: 0.5, regex: /\bjust (?:had|got|finished|left|came out of|walked out of|wrapped up)\b/g },
  ],
};

export const findDates = memoByDoc((doc: Doc): PatternHit[] => {
  const hits = runPatternDetector(doc, DATE_PATTERNS);
  // Keep the longest of overlapping matches ("Monday, May 25" stays two dates, but
  // "May 25" is not also a bare month).
  const kept: PatternHit[] = [];
  for (const h of hits) {
    // "\b" is an ASCII word edge: "Björn" ends in "rn" after "ö". A letter right before or after
    // the match makes it part of a longer word.
    if (inLongerWord(doc.norm, h.start, h.end)) continue;
    // "you'll be healed in 3 days", "it'll be gone in 2 days": how long until an outcome, not a day
    if (h.name === 'in-count' && OUTCOME_BEFORE.test(doc.lower.slice(Math.max(0, h.start - 28), h.start))) continue;
    const prev = kept[kept.length - 1];
    if (prev && h.start < prev.end) {
      if (h.end - h.start > prev.end - prev.start) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
});

const LETTER = /\p{L}/u;
const OUTCOME_BEFORE = /\b(?:healed|heal|gone|better|fine|clear|cleared|resolved|normal|disappear|fade|faded|settle|settled|go away|wear off|worn off)(?: up| down| completely| totally)?\s*$/;
/** Whether the match [start, end) touches a letter outside ASCII (ASCII letters are \b's business). */
function inLongerWord(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return (before > 127 && LETTER.test(text[start - 1]!)) || (after > 127 && LETTER.test(text[end]!));
}

/** A date written right after `end` ("visit on March 3", "visit Monday"), if any. */
export function dateRightAfter(doc: Doc, end: number): Span | undefined {
  const dates = findDates(doc);
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const d = dates[lo];
  if (!d || d.start > end + 8) return undefined;
  return /^,? ?(?:on |from |last |this |of |in )?$/.test(doc.lower.slice(end, d.start)) ? d : undefined;
}
