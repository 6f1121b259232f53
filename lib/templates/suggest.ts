// Proposes a template for the review being answered, when the page lets us read it.
// Deliberately simple and explainable: stars first, then a few telling words.
import type { Situation } from './types';

const SIGNALS: ReadonlyArray<[Situation, RegExp]> = [
  ['suspected-fake', /\b(never (been|went) there|wrong (business|place))\b/i],
  ['wait-time', /\b(wait(ed|ing)?|late|delay(ed)?|hours? in the lobby|minutes? (in|past))\b/i],
  ['billing', /\b(bill(ed|ing)?|charged?|insurance|copay|invoice|collections?|overcharg\w*|refund)\b/i],
  ['scheduling', /\b(appointments?|schedul\w*|reschedul\w*|cancel+ed|can'?t get (in|through)|phone (line|rang)|on hold|voicemail)\b/i],
  ['staff-attitude', /\b(rude|attitude|unprofessional|dismissive|condescending|front desk|receptionist|staff)\b/i],
  ['outcome', /\b(worse|misdiagnos\w*|botched|still (hurts?|in pain)|didn'?t (work|help)|pain)\b/i],
];

export function suggestSituation(review: { text?: string; stars?: number } | undefined): Situation | undefined {
  if (!review) return undefined;
  if (review.stars !== undefined && review.stars >= 4) return 'positive';
  const text = review.text ?? '';
  for (const [situation, re] of SIGNALS) if (re.test(text)) return situation;
  if (review.stars !== undefined && review.stars <= 2) return 'general';
  return undefined;
}
