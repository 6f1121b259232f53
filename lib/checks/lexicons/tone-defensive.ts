// Defensive phrases in replies: flat denials, "as we explained", policy used as a shield.
// Source: written for this project from patient-experience and review-response guidance
// (what to avoid when answering a complaint in public). Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';

const DENY = 'We see this differently and would like to talk it through';
// Quoting policy is fine when the sentence is about privacy, or the reply thanks or apologises.
const PRIVACY = ['privacy', 'private', 'privately', 'hipaa', 'confidential', 'confidentiality', 'protect', 'discuss', 'safety', 'safe'];
const WARMTH = ['sorry', 'thank', 'thanks', 'appreciate', 'apologize', 'apologise', 'apologies', 'understand', 'glad', 'happy'];
const POLICY = { unlessSentenceHas: PRIVACY, unlessTextHas: WARMTH } as const;

export const DEFENSIVE_PHRASES: readonly ToneEntry[] = [
  // Flat denials of the other person's account.
  { phrase: "(that's|that is|this is|these are|those are|it's|it is|this review is|your review is|the review is|this post is|your post is) (simply |completely |entirely |absolutely |just |patently |totally |flatly |100% |)(false|untrue|not true|inaccurate|incorrect|not accurate|misleading|not what happened|baseless|unfounded|fabricated|made up|fiction|nonsense)", suggestion: DENY },
  { phrase: '(claim|claims|statement|statements|accusation|accusations|allegation|allegations|story|version of events|account|review|comments) ~ (is|are|was|were) (simply |completely |entirely |absolutely |patently |totally |)(false|untrue|not true|inaccurate|incorrect|misleading|baseless|unfounded|fabricated)' },
  { phrase: "(that's|that is|this is|that was|this was) not what (happened|occurred|took place)", suggestion: DENY },
  { phrase: "(that|this) (never|simply never|did not|didn't|didnt) (happened|happen)", suggestion: DENY },
  { phrase: "(you are|you're|youre|you were|you've been|you have been) (simply |completely |clearly |sadly |obviously |)(mistaken|wrong|misinformed|incorrect)", suggestion: 'We may have different memories of this' },
  { phrase: "(we|i) (never|did not|didn't|didnt) (said|say|told|tell|promised|promise) (that|this|you|anything|any such)" },
  { phrase: "(we|our staff|our team|our office|our doctors|our providers|the doctor|the staff) (have|has|had) (never|not once) (turned|refused|denied|ignored|overcharged|mistreated|lied|discriminated|treated)" },
  { phrase: "(we|our staff|our team|our office) never (turn|turned|refuse|refused|deny|denied|ignore|ignored|overcharge|overcharged|mistreat|mistreated|lie|lied|discriminate|discriminated)" },
  { phrase: '(for the record|to set the record straight|set the record straight|make no mistake|the facts are|the fact is|the truth is|in our defense)' },
  { phrase: '(contrary to|despite) (your|this|the) (review|claim|claims|post|account|comment|accusation|accusations)' },
  { phrase: "(this|your|that) (review|post|comment) (is|seems|looks|appears) (to be |)(fake|fraudulent|a fake|made up|fabricated)" },
  { phrase: "(we have|we've|weve|there is|there's|theres|we had) (no|zero|absolutely no) record of (a|an|you|this|that|any|anyone)" },
  { phrase: 'not because (we|our staff|our team|our doctor|our doctors|of us|anyone here)' },

  // Refusing responsibility or apology.
  { phrase: "(we|our staff|our team|our office|our doctors|our doctor|our providers|our front desk|the doctor|the staff|the team) (did|have done|has done|had done) (absolutely |)nothing wrong", suggestion: 'we want to understand what went wrong for you' },
  { phrase: "(we|our staff|our team|our office) (did|do) (everything|our job|everything right|everything correctly|everything by the book) (right|correctly|by the book|properly|)" },
  { phrase: "(we|we're|we are|were|our staff is|our staff was|our office is) (not|in no way|not at all) (at fault|to blame|responsible|in the wrong)" },
  { phrase: "(it's|it is|its|this is|that is|that's|it was|this was) (not|in no way|certainly not|definitely not) (our|the practice's|the office's|the doctor's|the staff's) (fault|mistake|error)" },
  { phrase: "(we|i) (won't|will not|wont|don't|do not|dont|refuse to|aren't going to|are not going to|will never) apologize" },
  { phrase: "(we|i) (won't|will not|wont|don't|do not|dont|refuse to|aren't going to|are not going to|will never) apologize for (following|enforcing|sticking to|applying) (our |the |office |a |)(policy|policies|rules|procedures|protocol)", suggestion: "We're sorry this was frustrating" },
  { phrase: '(we|i) (have|had) nothing to apologize for' },
  { phrase: '(no|zero) apology (is|was|) (needed|necessary|owed|required)' },
  { phrase: '(we|we are|we re) (take|taking|accept|accepting) (no|zero) responsibility' },
  { phrase: "(we're|we are|were|i'm|i am) sorry (that |)you (feel|felt|think|thought|believe|see it) (that way|this way|like that|so)", suggestion: "We're sorry about your experience" },
  { phrase: "(we|i) (don't|do not|dont) (appreciate|accept|tolerate) (being|your|the|these|false|baseless)" },

  // "As we explained": repeating rather than listening.
  { phrase: "as (we|i|our staff|our team|the doctor|the front desk|our front desk|our office|our billing team|billing|the staff) (already |previously |clearly |repeatedly |have |has |had |)(explained|stated|said|mentioned|told you|noted|informed you|made clear|indicated|pointed out|advised)" },
  { phrase: '(as|like) (previously|already|clearly) (stated|explained|mentioned|said|noted)' },
  { phrase: 'as (stated|explained|mentioned|noted) (in|on|before|above|earlier|previously)' },
  { phrase: 'as (you were|was) (told|explained|informed|advised|notified)' },

  // Policy used as a shield (quoting it politely, with privacy or thanks, is fine).
  { phrase: '(per|according to|under) our (policy|policies|protocol|protocols|rules|terms|procedures)', ...POLICY },
  { phrase: '(our|the|office|clinic|practice) (policy|policies) (clearly |)(states|state|says|say|is clear|are clear|is very clear|are very clear)', ...POLICY },
  { phrase: "(policy is policy|rules are rules|that's (just |simply |)how (it|insurance|billing|this|things) (works|work)|that is (just |simply |)how (it|insurance|billing|this|things) (works|work))", ...POLICY },
  { phrase: '(we|our staff|our team|the front desk|our front desk|the doctor|our office) (followed|were following|was following|are following|follow|simply followed|only followed) (our |the |standard |established |all |office |)(policy|policies|protocol|protocols|procedure|procedures|rules|guidelines)', ...POLICY },
  { phrase: '(we|our staff|our team|our office) stand by (our|the|this|that|every) (staff|team|doctors|doctor|decision|decisions|care|policy|policies|providers|front desk|billing|nurses|staff members)' },
  { phrase: "(we are|we're|were|we were) (well |completely |fully |)within our rights" },
  { phrase: '(we|we are|we re) under no obligation' },
  { phrase: '(we|we have|weve|we ve) (have |had |)every right to' },
  { phrase: "(it's|it is|its|this is|that is|that's|which is|it was) (clearly |plainly |)(posted|stated|written|listed|explained|spelled out) (on|in) (our|the) (website|sign|signs|paperwork|forms|form|intake|policy|policies|door|lobby|portal|patient agreement)", ...POLICY },
];
