// Blaming phrases: the reply puts the fault on the patient ("you failed to", "if you had
// arrived on time", "it's your responsibility").
// Source: written for this project from review-response guidance. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';

const ACTS =
  '(arrived|come|come in|came|shown up|showed up|called|read|listened|followed|checked|brought|paid|filled out|let us know|told us|returned|responded|answered|kept|given us|cancelled|canceled|asked|updated|provided|sent|signed|scheduled|confirmed|verified)';
const IF_NOT_CONDITION = ['if', 'whether', 'case', 'unless'];

export const BLAMING_PHRASES: readonly ToneEntry[] = [
  { phrase: 'you (failed|neglected|forgot|refused|chose|declined|omitted|did not bother|didnt bother|didn\'t bother|never bothered) to' },
  { phrase: `(if|had) you (had |would have |had just |would have just |had simply |)${ACTS}`, notBefore: ['any', 'a', 'questions'] },
  { phrase: `you should have ${ACTS}` },
  { phrase: 'you should have (known|told|asked|said|mentioned|informed|contacted|reached out|been on time|been here)' },
  { phrase: "(it's|it is|its|that's|that is|this is|that was|it was) (the patient's|the patients|your|each patient's|the parent's|the parents|the guardian's|the member's) (own |sole |)(responsibility|job|duty|obligation)" },
  { phrase: "(you are|you're|youre|you were) (solely |fully |ultimately |)responsible for" },
  { phrase: '(you were|you had been|you have been|youve been|you\'ve been) (clearly |already |repeatedly |specifically |)(told|informed|notified|warned|advised|reminded|instructed|given)' },
  { phrase: "(you|u) (didn't|did not|didnt|never) (bother|bothered|read|call|called|show|showed|follow|followed|listen|listened|pay|paid|tell|told|bring|brought|fill|filled|respond|responded|return|returned|cancel|canceled|cancelled|check|checked|ask|asked|mention|mentioned|sign|signed|send|sent|update|updated|provide|provided|let us know|answer|answered|confirm|confirmed|pick up|picked up|come|came)", notAfter: IF_NOT_CONDITION },
  { phrase: "because you (were late|arrived late|came late|showed up late|came in late|missed|didn't|did not|didnt|never|failed|forgot|refused|no showed|no-showed|did not show|didn't show)" },
  { phrase: '(you|u) (arrived|showed up|came in|came|were|got here) (# (minutes|mins|min|hours) |over # minutes |almost # minutes |nearly # minutes |very |quite |so |)late' },
  { phrase: '(you|u) (missed|skipped|no showed|no-showed) (your|two|three|#|multiple|several|both|all|the last)' },
  { phrase: "(your own|entirely your|completely your|totally your|all your|your) fault" },
  { phrase: '(you|u) (only |)have (only |)yourself to blame' },
  { phrase: "(you have|you've|youve) (no one|nobody) (else |)to blame" },
  { phrase: '(that|this|it) (is|was|s) (all |)on you' },
  { phrase: 'blaming (us|our staff|our team|the office|our office|the doctor|our doctors|the front desk)' },
  { phrase: '(blame|blamed) (us|our staff|our team|the office|our office|the doctor|the front desk) (for|on|when)' },
  { phrase: '(instead of|rather than|before) (posting|complaining|writing|leaving a review|going) (about it |about this |)(online|here|on yelp|on google|on facebook|on social media)' },
  { phrase: 'next time (maybe |please |try to |try |just |perhaps |you might |you should |you could |)(tell|call|ask|read|arrive|come|speak|talk|check|let|show up|bring|follow|listen|plan|pay)', contexts: ['comment', 'review-reply'] },
  { phrase: '(maybe|perhaps) (try|you could try|you should try) (reading|calling|arriving|showing up|listening|checking|asking)' },
  { phrase: '(if|when) you (read|had read|bother to read|actually read|would read) (the|our) (policy|policies|paperwork|forms|sign|signs|website|email|emails|instructions|texts|reminders|letter)' },
  { phrase: "you (ignored|disregarded|dismissed) (our|the|multiple|several|repeated|every|all|both)" },
  { phrase: '(which|that) you (ignored|declined|refused|never read|never returned|didn\'t read|did not read|failed to)' },
  { phrase: '(despite|even after|after) (being|we|our staff|the office) (told|reminded|warned|called|texted|emailed|told you|reminded you|called you|warned you|texted you|emailed you) (# times|multiple times|several times|repeatedly|twice|three times|many times|numerous times)' },
  { phrase: '(you are|you\'re|youre|you were) the (one|only one) who' },
  { phrase: '(that|which|this) is why (you|your) (were|was|got|had|did)' },
  { phrase: "you (need|have|ought) to (take responsibility|be responsible|own up|accept responsibility)" },
];
