// The practice sent or gave the person something: "the confirmation text we sent 3 times", "the
// home-care instructions were printed, emailed and explained", "we faxed the X-rays". Only a
// patient is sent these. In a comment, "we'll email the instructions to …" answers a request, so
// there a send counts only when it is told as a history: repeated ("3 times", "twice", "again").
import type { Doc } from '../doc';
import type { ClauseHit } from './care-clauses';

// Things a practice sends or gives a patient.
const SENT_THINGS = new Set([
  'instructions', 'instruction', 'text', 'texts', 'reminder', 'reminders', 'email', 'emails', 'letter', 'letters', 'statement',
  'statements', 'voicemail', 'voicemails', 'message', 'messages', 'confirmation', 'confirmations', 'form', 'forms', 'records',
  'referral', 'prescription', 'bill', 'bills', 'invoice', 'estimate', 'receipt', 'results', 'report', 'sheet', 'paperwork',
  'copies', 'film', 'films', 'chart', 'notes', 'script', 'x', 'rays', 'xrays', 'refund', 'check', 'treatment', 'plan',
]);
export const SEND_VERBS = new Set(['sent', 'emailed', 'mailed', 'texted', 'faxed', 'printed', 'explained', 'gave', 'given', 'left', 'called', 'delivered', 'forwarded']);
const WE = new Set(['we', "we've", "we'd", 'i', "i've"]);
const REPEATS = new Set(['twice', 'again', 'repeatedly', 'times']);

export function practiceSent(doc: Doc, v: number): ClauseHit | undefined {
  const hit = sentClause(doc, v);
  if (!hit || doc.context === 'review-reply') return hit;
  return doc.context === 'comment' && toldAsHistory(doc, v) ? hit : undefined;
}

/** "we sent 3 times", "texted you twice", "called again": a send told as something repeated. */
function toldAsHistory(doc: Doc, v: number): boolean {
  const words = doc.words;
  for (let k = v + 1; k <= v + 4 && words[k]?.sentence === words[v]!.sentence; k++) if (REPEATS.has(words[k]!.lower)) return true;
  return false;
}

function sentClause(doc: Doc, v: number): ClauseHit | undefined {
  const words = doc.words;
  const verb = words[v]!;
  const sentence = verb.sentence;
  const before = words[v - 1];
  const sameS = (k: number) => words[k]?.sentence === sentence;
  // "we sent the confirmation text", "we faxed your records"
  if (before && sameS(v - 1) && WE.has(before.lower)) {
    for (let k = v + 1; k <= v + 4 && sameS(k); k++) if (SENT_THINGS.has(words[k]!.base)) return { start: before.start, end: words[k]!.end, kind: 'relationship', sentence };
    // "the confirmation text we sent": the thing stands right before "we"
    if (SENT_THINGS.has(words[v - 2]?.base ?? '') && sameS(v - 2)) return { start: words[v - 2]!.start, end: verb.end, kind: 'relationship', sentence };
  }
  // "the instructions were printed, emailed and explained out loud"
  if (before && sameS(v - 1) && (before.lower === 'were' || before.lower === 'was') && SENT_THINGS.has(words[v - 2]?.base ?? '') && sameS(v - 2)) {
    return { start: words[v - 2]!.start, end: verb.end, kind: 'relationship', sentence };
  }
  return undefined;
}
