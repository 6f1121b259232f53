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
// Words that make "as we mentioned…" a lead-in to an offer ("as we mentioned, we'd love to make this right").
// A remedy given anywhere in the reply ("Dr. Adeyemi will redo the filling"; "Dr." ends a sentence for the tokens, so the whole text is checked).
const REMEDY_GIVEN = ['redo', 'redoing', 'remake', 'complimentary', 'waived', 'refunded', 'credited', 'reimbursed'];
// A remedy the office is giving ("As we discussed, Dr. Adeyemi will redo the filling at no cost") owns it too.
const AN_OFFER = ['sorry', 'apologize', 'apologise', 'love', 'happy', 'glad', 'welcome', 'please', 'gladly', 'thank', 'thanks', 'redo', 'redoing', 'remake', 'complimentary'];
// A closer like "Period." or "Simple as that." only when it stands as its own sentence.
const ALONE = { wholeSentence: true } as const;

export const DEFENSIVE_PHRASES: readonly ToneEntry[] = [
  // Flat denials of the other person's account.
  { phrase: "(that's|that is|this is|these are|those are|it's|it is|this review is|your review is|the review is|this post is|your post is) (simply |completely |entirely |absolutely |just |patently |totally |flatly |100% |)(false|untrue|not true|inaccurate|incorrect|not accurate|misleading|not what happened|baseless|unfounded|fabricated|made up|fiction|nonsense)", suggestion: DENY },
  { phrase: '(claim|claims|statement|statements|accusation|accusations|allegation|allegations|story|version of events|account|review|comments) ~ (is|are|was|were) (simply |completely |entirely |absolutely |patently |totally |)(false|untrue|not true|inaccurate|incorrect|misleading|baseless|unfounded|fabricated)' },
  { phrase: "(that's|that is|this is|that was|this was) not what (happened|occurred|took place)", suggestion: DENY },
  { phrase: "(that|this) (never|simply never|did not|didn't|didnt) (happened|happen)", suggestion: DENY, notAfter: ['why', 'how', 'when', 'where', 'if', 'whether'] },
  { phrase: "(you are|you're|youre|you were|you've been|you have been) (simply |completely |clearly |sadly |obviously |)(mistaken|wrong|misinformed|incorrect)", suggestion: 'We may have different memories of this' },
  { phrase: "(we|i) (never|did not|didn't|didnt) (said|say|told|tell|promised|promise) (that|this|you|anything|any such)" },
  { phrase: "(we|our staff|our team|our office|our doctors|our providers|the doctor|the staff) (have|has|had) (never|not once) (turned|refused|denied|ignored|overcharged|mistreated|lied|discriminated|treated)" },
  { phrase: "(we|our staff|our team|our office) never (turn|turned|refuse|refused|deny|denied|ignore|ignored|overcharge|overcharged|mistreat|mistreated|lie|lied|discriminate|discriminated)" },
  // "For the record, we're obsessed with this costume 😂" is delight.
  { phrase: '(for the record|to set the record straight|set the record straight|make no mistake|the facts are|the fact is|the truth is|in our defense|in our defence)', unlessSentenceHas: ['love', 'obsessed', 'favorite', 'favourite', 'adorable', 'cute', 'amazing', 'awesome', 'best', 'proud'] },
  { phrase: '(contrary to|despite) (your|this|the) (review|claim|claims|post|account|comment|accusation|accusations)' },
  { phrase: "(this|your|that) (review|post|comment) (is|seems|looks|appears) (to be |)(fake|fraudulent|a fake|made up|fabricated)" },
  { phrase: "(we have|we've|weve|there is|there's|theres|we had) (no|zero|absolutely no) record of (a|an|you|this|that|any|anyone)" },
  { phrase: 'not because (we|our staff|our team|our doctor|our doctors|of us|anyone here)' },
  // "not because of anything we did", "through no fault of ours", "nothing to do with our staff".
  { phrase: 'not because of (anything|something|any mistake|an error|a mistake|any error) (we|our staff|our team|our office|the office|the doctor|anyone here|anyone on our team) (did|said|didnt|made)' },
  { phrase: '(through|by|at) no fault of (ours|our own|our staff|our team|the office|the practice|the doctor|this office)' },
  { phrase: '(nothing|not anything) to do with (anything |)(we|us|our|the office|the practice|the doctor|anyone here)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // The practice's way of working held up as proof ("That simply isn't how our office operates").
  { phrase: "(isn't|isnt|is not|not|wasn't|wasnt|was not|never) (how|the way) (we|our office|our practice|our team|this office|our staff|the office|this practice|our doctors|our providers) (operate|operates|work|works|do things|does things|run|runs|do business|does business|treat|treats|practice|practices|operated|worked|did things)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'want', 'wanted'] },
  { phrase: 'never (have|did|has|had) (and |)(never |)(will|would|do)', contexts: ['comment', 'review-reply'], wholeSentence: true },
  // Ingratitude held against the reader after a favour ("and this is the thanks we get").
  { phrase: "(this is|that's|thats|that is|is this|and this is|and that's|and thats) (the|all the|what we get as) thanks (we|i|our team|our staff) (get|got)", contexts: ['comment', 'review-reply'] },
  { phrase: '(this is|that is|is this) how you (repay|thank|treat) (us|our|people|the people|a practice|an office)', contexts: ['comment', 'review-reply'] },
  { phrase: '(after|for) (all|everything) (we|i|our team|our staff|the doctor) (did|have done|ve done|had done|do|went through|put up with|tried|offered)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['thank', 'thanks', 'sorry', 'grateful', 'appreciate'] },
  // Exasperation that the message was plain ("Not sure how much clearer we can make it").
  { phrase: '(how|what) (much |any |)(clearer|plainer|more obvious|more explicit|more clearly) (can|could|should|would|do|did|are) (we|i|it|this|that|they)', contexts: ['comment', 'review-reply'] },
  { phrase: '(how|what) (much |any |)(clearer|plainer|more obvious|more explicit|more clearly) (we|i|it|this|that|they) (can|could|should|would|are able)', contexts: ['comment', 'review-reply'] },
  { phrase: '(made|make|making|be|been|get|gotten) (it|this|that|things|the sign|the policy) any (clearer|plainer|more obvious|more explicit|more clear)', contexts: ['comment', 'review-reply'] },
  // The review cast as false in the words of a dispute ("This review is defamatory"), or the reviewer as a liar.
  { phrase: '(this|your|the|that) (review|post|comment|complaint|rating|claim|account|story) (is|was|s|seems|appears) (clearly |completely |entirely |simply |totally |)(defamatory|slanderous|libelous|dishonest|fake|fabricated|fiction|fictional|fraudulent|deceptive)', contexts: ['comment', 'review-reply'] },
  { phrase: '(liar|liars|lier)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you're|you are|youre|you were|stop|quit|keep|are) lying", contexts: ['comment', 'review-reply'] },
  { phrase: '(spreading|telling|posting|writing|full of|pack of|nothing but|blatant|outright|total|complete) lies', contexts: ['comment', 'review-reply'] },
  // "Interesting review, considering you thanked Dr. Tanaka twice": the reader's conduct as rebuttal.
  { phrase: '(interesting|funny|strange|odd|curious|surprising|ironic|rich|weird) (review|comment|complaint|claim|take|post|rating|accusation|accusations|story|words) (considering|given|seeing as|seeing that|coming from|since|when|after) (that |how |)(you|your|u|ur|someone)', contexts: ['comment', 'review-reply'] },
  // "Not a rule we made up to inconvenience you": the rule defended, not the concern heard.
  { phrase: '(not|isnt|isn\'t|wasnt|never) (a|some|an|something|anything|a rule|a policy|a fee) (* |)(we|i|our office|our team|the office) (made up|invented|came up with|dreamed up|cooked up|make up)', contexts: ['comment', 'review-reply'] },
  { phrase: '(is|its|it\'s|was|s|thats|that\'s) (simply |just |)(the |)standard of care', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // Prices and practice held up against everyone else's ("in line with every other practice").
  { phrase: '(in line with|on par with|comparable to|consistent with|lower than|cheaper than|less than|the same as|below) (every other|other|most|any other|all other|area|local|similar|nearby|industry|what other|what most) (practice|practices|offices|office|dentists|dentist|providers|clinics|standards|rates|prices|fees)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'understand'], unlessTextHas: ['call', 'questions', 'happy', 'glad', 'help', 'plans', 'thank', 'thanks'] },
  // "We explained the costs before treatment, in writing": the disclosure cited as a defence.
  { phrase: '(we|our team|the doctor|dr *|our staff|the front desk|our front desk|our office|she|he) (explained|reviewed|went over|discussed|disclosed|outlined|showed you|quoted|presented) (the|all|our|your|every|each) (costs|cost|fees|fee|risks|options|estimate|policy|charges|price|prices|treatment plan|plan|alternatives|out of pocket) (before|in writing|up front|upfront|ahead|prior|beforehand|in detail|at|twice|verbally)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'should', 'will', 'll', 'again', 'but'] },
  { phrase: "(we have|we've|weve|we had|there is|theres|there's|the office has|our office has) (no|zero|little|very little) (control|say|influence) (over|on|in)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'understand', 'help', 'happy', 'glad', 'but', 'appeal', 'gladly', 'frustrating'] },
  { phrase: '(nobody|no one|none of us|not one of us|not a single person) (here |on our team |on our staff |in our office |at our office |at this office |)(would|will|has|did|ever|could|would ever|has ever|will ever|is going to) (ever |)(speak|talk|yell|treat|say|do|touch|hurt|laugh|refuse|rush|ignore|mistreat|speaks|talks|yells|treats|spoke|talked|yelled|treated|said)', contexts: ['comment', 'review-reply'] },
  { phrase: '(speak|speaks) for (themselves|itself|us|our practice|our team)', contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'amazing', 'beautiful', 'gorgeous', 'wow'] },
  { phrase: "(won't|wont|will not|will never|don't|dont|do not) (let|allow) (anyone|anybody|you|people|a reviewer|one review|one person) (to |)(say|claim|tell|suggest|pretend|imply) (otherwise|different|differently|that)", contexts: ['comment', 'review-reply'] },
  { phrase: "(let's|lets|let me|let us) be (very |perfectly |absolutely |crystal |)clear", contexts: ['comment', 'review-reply'] },
  { phrase: '(not|never|isnt|wasnt) (to|for|about) (make|making|the|earning|earn) (money|profit|a profit|a buck|more money)', contexts: ['comment', 'review-reply'] },
  { phrase: '(not|never|isnt|wasnt) (to|for) (upsell|upselling|profit|profits|the money)', contexts: ['comment', 'review-reply'] },
  { phrase: "(doesn't|does not|doesnt|didn't|did not|didnt) make (the|our|this|that|it|your) (charge|bill|fee|policy|diagnosis|treatment|estimate|price|balance|charges|fees) (wrong|incorrect|invalid|unfair|illegal|a mistake|an error|less valid)", contexts: ['comment', 'review-reply'] },
  // "We called you on Monday and Wednesday": the office's own contact cited as proof.
  { phrase: '(we|our office|our team|our staff|our front desk|the office|the front desk|our billing team|i) (called|texted|emailed|mailed|messaged|reminded|contacted|notified|phoned) (you|your)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'will', 'll', 'please', 'happy', 'glad', 'hope', 'thank', 'thanks', 'love', 'congrats'] },
  // Apologies that take the feeling back ("sorry if you felt rushed", "sorry you were confused by our policy").
  { phrase: "(sorry|apologize|apologise|apologies) if (you|anyone|that|this|it|we) (felt|feel|were|was|came across|seemed|thought|perceived|found|got the impression|caused|somehow)", contexts: ['comment', 'review-reply'], suggestion: "We're sorry about your experience" },
  { phrase: "(sorry|apologize|apologise|apologies) (that |)(you were|you're|youre|you are|you got|you felt|you feel|you became) (so |)(confused|misinformed|unaware|mistaken|unclear|surprised|caught off guard)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['us', 'fault', 'mistake', 'fix', 'fixed', 'added', 'clearer', 'improve', 'will', 'll'], suggestion: "We're sorry about your experience" },
  // The point made again ("Once again, the fee was explained at check-in").
  { phrase: '(again|once again|yet again|one more time|as we said|as stated)', contexts: ['comment', 'review-reply'], sentenceStart: true, unlessSentenceHas: ['thank', 'thanks', 'love', 'welcome', 'sorry', 'congrats', 'glad', 'happy', 'great', 'apologize', 'apologise'] },
  // Rhetorical questions of innocence ("Why would we lie?", "Is that really our problem?").
  { phrase: "why (would|should|on earth would|in the world would) (we|our staff|our team|the doctor|our doctors|anyone here|our office|i) (ever |)(lie|make that up|make this up|invent|refuse|cancel|overcharge|do that|do such|want to|turn away|risk|charge|hurt|lie about)", contexts: ['comment', 'review-reply'] },
  { phrase: '(is|was) (that|this|it) (really |even |somehow |)(our|my) (problem|fault|responsibility|issue|concern|job)', contexts: ['comment', 'review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies'] },
  { phrase: '(our|my) (conscience|consciences) (is|are) (clear|clean)' },
  { phrase: '(we|i) (sleep|rest) (just fine|fine|well|soundly|easy|peacefully) at night', contexts: ['comment', 'review-reply'] },
  { phrase: '(any|every|a|most) (reasonable|sensible|rational|normal|fair minded|decent|logical) (person|parent|patient|adult|human|individual|people|parents|patients|adults) (would|could|will|should|knows|understands|know|understand|can see)', contexts: ['comment', 'review-reply'] },
  { phrase: "(we|you|one) (can't|cannot|cant|can never|will never|won't ever) (please|make) (everyone|everybody|every patient|every single person|all of the people|everyone happy)", contexts: ['comment', 'review-reply'] },
  { phrase: "(we are|we're|were) (a |an |)(very |extremely |incredibly |really |)(busy|small|popular|growing|high volume|understaffed|short staffed) (practice|office|clinic|team|family practice)", contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'love', 'thank', 'thanks', 'glad', 'happy', 'excuse', 'but'], unlessTextHas: ['talk', 'call', 'message', 'reach', 'contact', 'email', 'speak', 'discuss'] },
  { phrase: '(one sided|one-sided|partial|selective|incomplete|distorted|skewed|slanted|misleading) (version|account|story|picture|view|review|take|retelling|description)', contexts: ['comment', 'review-reply'] },
  { phrase: '(we|i|our team|our doctors|the doctor|our staff|our hygienists|she|he) (know|knows|knew) (exactly |)what (we|i|they|she|he) (are|am|is|were|re|m|s) doing', contexts: ['comment', 'review-reply'] },
  { phrase: '(been doing|done|doing) (this|dentistry|this job|it) (for |)(over |more than |nearly |almost |)(# |ten |twenty |thirty |forty |many |)(years|yrs|decades)', contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'celebrate', 'anniversary', 'retire', 'retiring'] },
  { phrase: '(everything|it|this|that|the fee|the fees|the cost|the costs|the policy|the procedure|all of this|the plan|the risks|the charges|the estimate) (was|were) (all |)(clearly |fully |thoroughly |)(explained|disclosed|outlined|discussed|reviewed|gone over|gone through) (to you|with you|clearly|in detail|verbally|in writing|beforehand|up front|upfront|before|ahead|twice)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'should', 'enough'] },
  { phrase: '(no one|nobody|none of us|not one of us|not a single person) (at|on|in|from|working at|who works at) ~ (would|will|ever|has|did|could) (ever |)(speak|talk|yell|treat|say|do|touch|hurt|laugh|refuse|rush|ignore|mistreat|speaks|talks|yells|treats|spoke|talked|yelled|treated|said)', contexts: ['comment', 'review-reply'] },
  { phrase: '(this|it|that|what happened) (is|was|s) (simply |clearly |just |all |obviously |really |only |)(a|one big|just a) (misunderstanding|miscommunication|misinterpretation|mix up|misread)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'our', 'us', 'we'] },
  { phrase: '(let the record show|let the record reflect|on the record|for the public record)', contexts: ['comment', 'review-reply'] },
  { phrase: '(posted|listed|available|printed|written|published|there) (online|on our website|on the website|on the door|at the desk|everywhere|in the lobby|on every form|in writing|) (for|to) (anyone|anybody|everyone|all) (who|that) (bothers|bothered|cares|cared|takes the time|took the time|can be bothered|wants to|looks|reads)', contexts: ['comment', 'review-reply'] },
  { phrase: "(we are|we're|were|we were|the office is|our office is|the practice is|the doctor is|dr * is) (not|under no|in no way) (obligated|required|obliged|bound)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'but', 'happy', 'glad', 'always', 'love'] },
  { phrase: '(every|any|all|most) (other |)(practice|practices|dentist|dentists|office|offices|provider|providers|clinic|clinics) (charges|charge|does|do|would|has|have|requires|require|bills|bill|will) (this|the same|for this|that|it|a fee|exactly|the exact|for that)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'understand'] },
  { phrase: "(sorry|apologize|apologise) (that |)(you|u) (feel|felt|think|thought|believe|believed|perceived) (that |)(we|our|the staff|the doctor|the hygienist|dr|you were|someone|anyone|it was|this was|there was)", contexts: ['comment', 'review-reply'], suggestion: "We're sorry about your experience" },
  { phrase: '(they|she|he|we|our staff|our team|the staff|our hygienist|our doctor|the doctor|dr *) (were|was|did|are|is|have|had) not', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(respect|appreciate|understand|hear|value) your (perspective|opinion|view|views|point of view|version|take|side of the story|side) (however|but the|but we|but our|but that|but this)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'love', 'call', 'talk', 'happy', 'glad'] },
  // A past decision justified by a reason ("…flagged by his pediatrician, which is why we skipped the varnish").
  { phrase: "(which|that|this) (is|was|s) (exactly |precisely |the reason |)why (we|our team|the doctor|dr *|our office|our hygienist|the hygienist|she|he) (skipped|did|didn't|didnt|did not|declined|refused|charged|billed|couldn't|couldnt|could not|had to|cancelled|canceled|rescheduled|chose|decided|required|turned|stopped|wouldn't|wouldnt|would not|waited|sent)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // Honours and rankings held up against the complaint.
  { phrase: '(voted|named|rated|ranked|awarded|recognized as) (the |)(best|top|# 1|number one|no 1|one of the best|a top)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: 'one of the (most|best|top|highest rated|finest|safest|gentlest|most experienced|most careful|most respected) ~ (dentists|doctors|practices|hygienists|providers|offices|clinics|orthodontists|teams) (in|around)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: "(not|isn't|isnt|wasn't|wasnt|is not|was not) (an |a |)(accurate|fair|true|honest|complete|correct|full|balanced|reasonable) (account|description|picture|version|representation|summary|reflection|portrayal|recollection|review|rating|assessment|characterization|take)", contexts: ['comment', 'review-reply'] },
  { phrase: "(doesn't|don't|does not|do not|didn't|did not|dont|doesnt|didnt) (match|line up with|agree with|square with|reflect|support) (what you|what youve|what you've|what youre|what you're|your|the review|this review|what was|your account|your version|your story)", contexts: ['comment', 'review-reply'] },
  { phrase: '(the|our|your) (work|filling|fillings|crown|crowns|treatment|cleaning|care|billing|charge|x rays|xrays|diagnosis) (is|was|were|are) (solid|fine|perfect|flawless|excellent|sound|correct|done correctly|done right|textbook|top notch)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'thank', 'thanks', 'glad', 'love', 'congrats', 'great job'] },
  { phrase: '(with|and) (zero|no|not a single|not one) (problems|issues|complaints|complications|incidents|failures|mistakes|errors)', contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'glad', 'happy', 'excited'] },
  { phrase: "(any|every) other (office|practice|dentist|provider|clinic|doctor|orthodontist) (would|wouldn't|wouldnt|would not|would've|would have|does|do)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'happy', 'glad', 'help'] },
  { phrase: "(contrary to|despite) (what|whats|what's|what is|what was) (is |was |)(written|said|claimed|stated|posted|described|suggested|implied|alleged)", contexts: ['comment', 'review-reply'] },
  { phrase: "(first time|only time|never before) ~ (we've|weve|we have|we|anyone has|anyone) (ever |)(heard|had|received|gotten|seen|been told)", contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'thank', 'thanks', 'appreciate', 'grateful'] },
  { phrase: '(served|treated|seen|cared for|helped|see|serve|treat) (over |more than |nearly |almost |)(#|thousands|hundreds|tens of thousands) (of |)(families|patients|kids|children|people|smiles)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(no|zero|not any) (rudeness|yelling|disrespect|mistreatment|discrimination|negligence|wrongdoing|rushing|pressure|upselling|shouting) (whatsoever|at all|of any kind|from|by|on|in)', contexts: ['comment', 'review-reply'] },
  // The staff's effort set against the complaint ("assuming the worst about people who work this hard").
  { phrase: '(people|staff|a team|folks|humans|women|men|professionals) who (work|works|worked|care|cares|try|tries) (this|so|that|very|really|incredibly|extremely) hard', contexts: ['comment', 'review-reply'] },
  { phrase: '(before|instead of) (assuming|jumping to conclusions|accusing)', contexts: ['comment', 'review-reply'] },

  // Refusing responsibility or apology.
  { phrase: "(we|our staff|our team|our office|our doctors|our doctor|our providers|our front desk|the doctor|the staff|the team) (did|have done|has done|had done) (absolutely |)nothing wrong", suggestion: 'we want to understand what went wrong for you' },
  { phrase: "(we|our staff|our team|our office) (did|do) (everything|our job|everything right|everything correctly|everything by the book) (right|correctly|by the book|properly|)" },
  { phrase: "(we|we're|we are|were|our staff is|our staff was|our office is) (not|in no way|not at all) (at fault|to blame|responsible|in the wrong)" },
  { phrase: "(it's|it is|its|this is|that is|that's|it was|this was) (not|in no way|certainly not|definitely not) (our|the practice's|the office's|the doctor's|the staff's) (fault|mistake|error)" },
  { phrase: "(we|i|we're|were|we are) (won't|will not|wont|don't|do not|dont|refuse to|aren't going to|are not going to|not going to|never going to|will never) apologize" },
  { phrase: "(we|i) (won't|will not|wont|don't|do not|dont|refuse to|aren't going to|are not going to|will never) apologize for (following|enforcing|sticking to|applying) (our |the |office |a |)(policy|policies|rules|procedures|protocol)", suggestion: "We're sorry this was frustrating" },
  { phrase: '(we|i) (have|had) nothing to apologize for' },
  { phrase: '(no|zero) apology (is|was|) (needed|necessary|owed|required)' },
  { phrase: '(we|we are|we re) (take|taking|accept|accepting) (no|zero) responsibility' },
  { phrase: "(we're|we are|were|i'm|i am) sorry (that |)you (feel|felt|think|thought|believe|see it) (that way|this way|like that|so)", suggestion: "We're sorry about your experience" },
  { phrase: "(we|i) (don't|do not|dont) (appreciate|accept|tolerate) (being|your|the|these|false|baseless)" },

  // "As we explained": repeating rather than listening.
  // In a post "as stated in our newsletter" only points to news; an offer in the sentence owns it.
  { phrase: "as (we|i|our staff|our team|the doctor|the front desk|our front desk|our office|our billing team|billing|the staff) (already |previously |clearly |repeatedly |plainly |explicitly |have |has |had |always |)(explained|stated|state|states|said|say|mentioned|told you|noted|note|informed you|made clear|make clear|indicated|pointed out|advised|post|posted|list|listed|explain|outline|outlined|spell out|spelled out|display|displayed|advertise|advertised|disclose|disclosed|remind|reminded)", contexts: ['comment', 'review-reply'], unlessSentenceHas: AN_OFFER },
  { phrase: '(as|like) (previously|already|clearly|plainly|explicitly) (stated|explained|mentioned|said|noted|posted|listed|outlined|communicated)', contexts: ['comment', 'review-reply'], unlessSentenceHas: AN_OFFER },
  { phrase: 'as (stated|explained|mentioned|noted|posted|listed|outlined|written|shown|printed|displayed|spelled out) (in|on|before|above|earlier|previously|clearly|at)', contexts: ['comment', 'review-reply'], unlessSentenceHas: AN_OFFER },
  { phrase: 'as (you were|was) (told|explained|informed|advised|notified)' },

  // Policy used as a shield (quoting it politely, with privacy or thanks, is fine).
  { phrase: '(per|according to|under|in accordance with|as per|pursuant to|consistent with|in keeping with) (our|the|office|clinic|practice) (* |)(policy|policies|protocol|protocols|rules|terms|procedures)', ...POLICY },
  { phrase: '(according to|in accordance with|as per|pursuant to|per) (policy|protocol|procedure|regulations|the rules|the book)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: '(our|the|office|clinic|practice) (policy|policies) (clearly |)(states|state|says|say|is clear|are clear|is very clear|are very clear)', ...POLICY },
  { phrase: "(policy is policy|rules are rules|that's (just |simply |)how (it|insurance|billing|this|things) (works|work)|that is (just |simply |)how (it|insurance|billing|this|things) (works|work))", ...POLICY },
  { phrase: '(we|our staff|our team|the front desk|our front desk|the doctor|our office) (followed|were following|was following|are following|follow|simply followed|only followed) (our |the |standard |established |all |office |)(policy|policies|protocol|protocols|procedure|procedures|rules|guidelines)', ...POLICY },
  { phrase: '(we|our staff|our team|our office) stand by (our|the|this|that|every) (staff|team|doctors|doctor|decision|decisions|care|policy|policies|providers|front desk|billing|nurses|staff members)' },
  { phrase: "(we are|we're|were|we were) (well |completely |fully |)within our rights" },
  { phrase: '(we|we are|we re) under no obligation' },
  { phrase: '(we|we have|weve|we ve) (have |had |)every right to' },
  { phrase: "(it's|it is|its|this is|that is|that's|which is|it was) (clearly |plainly |)(posted|stated|written|listed|explained|spelled out) (on|in) (our|the) (website|sign|signs|paperwork|forms|form|intake|policy|policies|door|lobby|portal|patient agreement)", ...POLICY },

  // Arguing from the records, or leaning on the facts, in reply to a complaint.
  { phrase: '(with respect|with all due respect|as you know|as you well know|as you are aware|as youre aware)', contexts: ['comment', 'review-reply'] },
  { phrase: "(we|i|our team|our staff|the doctor) did (our|my|their|his|her) (best|part|job|due diligence)", unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'apologies', 'glad', 'happy', 'thank', 'thanks', 'love', 'worked'] },
  { phrase: '(we|i) did (what|all|everything) (we|i) could' },
  { phrase: '(our|the) (* |)(records|logs|notes|system|chart|file|files|call log|call logs|phone records|cameras|camera footage|footage|security footage|computer) (clearly |)(show|shows|showed|indicate|indicates|tell|tells|confirm|confirms|reflect|reflects|say|says|prove|proves)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['will', 'll', 'well', 'thank', 'thanks', 'happy', 'glad', 'love', 'sorry', 'please', 'welcome', 'next'] },
  { phrase: '(per|according to|based on) (your|our|the) (file|chart|records|notes|logs|account|system|schedule|computer|software|timestamps|time stamps|cameras|camera|phone system|phone records|call log|portal)', contexts: ['comment', 'review-reply'] },
  { phrase: '(we|i) (checked|reviewed|looked into|went through|pulled|went back through|double checked|looked at) (your |the |our |)(chart|file|records|account|notes|system|logs|schedule|cameras|footage|history|appointment history|x rays|xrays|call log|phone records)', contexts: ['review-reply'] },
  { phrase: '(we|i) (checked|double checked|looked)', contexts: ['review-reply'], wholeSentence: true },
  { phrase: '(we have|we\'ve got|weve got|we keep|there are) (cameras|photos|pictures|before and after photos|x rays|xrays|footage|proof|records|documentation|your signature|the confirmation|a signed|your signed|a copy|receipts|evidence|detailed notes|the recording|recordings)', contexts: ['comment', 'review-reply'], unlessTextHas: ['amazing', 'love', 'thank', 'thanks', 'congrats', 'beautiful', 'proud', 'gorgeous'] },
  { phrase: '(tells|paints|shows) a (very |completely |totally |quite |)different (story|picture)' },
  { phrase: '(nothing shady|nothing to hide|nothing wrong|no wrongdoing|nothing improper) (here|on our end|on our part|happened|occurred)' },
  { phrase: '(please |kindly |)(update|remove|change|delete|reconsider|correct|revise|edit|take down|amend) (your|this|the) (review|rating|post|comment|stars)', contexts: ['comment', 'review-reply'] },
  { phrase: "(please |)(don't|dont|do not) (say|claim|pretend|act like|accuse|imply|suggest) (we|us|that we|our)" },
  { phrase: "(we're|we are|were|our staff is|our doctors are|doctors are) (only |just |all |)human" },
  { phrase: '(we|our team|our staff|the doctor|dr *) (stayed late|came in early|went out of our way|bent over backwards|bend over backwards|went above and beyond|go above and beyond|did you a favor|squeezed you in|fit you in|made an exception)', contexts: ['review-reply'] },
  { phrase: '(not|and not) (us|our fault|our office|the office|our problem)', contexts: ['review-reply'] },
  { phrase: "(it|this|that|much of it|most of it|all of it|some of it|none of it|parts of it|everything|what you wrote|what you said|your review|your version|your story) (is|was|are|were|isn't|isnt|is not|wasn't|was not) (simply |completely |entirely |just |patently |totally |frankly |largely |mostly |)(inaccurate|untrue|false|not true|incorrect|misleading|fabricated|made up|fiction|wrong|exaggerated|accurate|true)", contexts: ['comment', 'review-reply'] },
  { phrase: '(is|are|was|were) (simply |completely |entirely |patently |totally |frankly |largely |mostly |)(untrue|inaccurate|misleading|fabricated|exaggerated)', contexts: ['comment', 'review-reply'] },
  { phrase: '(not true|untrue|simply untrue|completely untrue|totally false|completely false|absolutely false|false accusation|false accusations|false claims|baseless claims|baseless accusations)', contexts: ['comment', 'review-reply'] },
  { phrase: '(the|your|our|this) (estimate|bill|charge|charges|fee|fees|diagnosis|treatment|billing|invoice|statement|price|quote|treatment plan|recommendation|plan) (was|is|were|are) (correct|accurate|appropriate|justified|warranted|necessary|standard|fair|reasonable|right|valid|legitimate)', contexts: ['comment', 'review-reply'] },
  { phrase: "(that|this|it|thats|its|which) (is|was|s|) (standard|normal|our standard|standard practice|standard procedure|standard policy|industry standard|common practice|completely normal|totally normal|perfectly normal)", contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: "(were|was|have|has|had|is|are) never (even |)(been |)(a patient|our patient|seen|scheduled|treated|in our office|here|registered|on our schedule|a client)", contexts: ['comment', 'review-reply'] },
  { phrase: '(the|this|that) (reviewer|poster|person who wrote this)', contexts: ['review-reply'] },
  { phrase: "(we|we're|were|we are|you're|you are|youre) (sure|certain) (you have|you've got|you got|this is|it was) (the|a) (wrong|right|different|other) (practice|office|dentist|doctor|clinic)", contexts: ['review-reply'] },
  { phrase: '(the|a) (wrong|different|other) (practice|office|dentist|doctor|clinic|provider)', contexts: ['review-reply'] },
  { phrase: '(are you sure|maybe check|double check|check) (you|which|that|whether) (have|had|office|practice|visited|went|were|the)', contexts: ['review-reply'] },
  { phrase: "(don't|dont|do not|didn't|didnt|did not) even (offer|have|do|see|treat|take|accept|carry|provide|work)", contexts: ['comment', 'review-reply'] },
  { phrase: 'we (will|would|can) (not|never) (remove|refund|waive|reverse|delete|change|adjust|write off)', contexts: ['review-reply'] },
  { phrase: "(we're|we are|were) not (a scam|scammers|frauds|crooks|thieves|the bad guys|the enemy|monsters|heartless|greedy|an er|a hospital|miracle workers)" },
  // "Hope that clears it up!" with a friendly mark is help; flat, it closes the argument.
  { phrase: "(hope|hopefully) (that|this) (clears|cleared) (it|things|that|this|everything) up", contexts: ['review-reply'], calmEnding: true },
  { phrase: "(we're|we are|were|i'm|i am) sorry (that |)you (feel|felt|think|see it) (otherwise|differently|that we|we)", suggestion: "We're sorry about your experience" },
  { phrase: "(we|we'll|well|we will|we are|we're|were) (not|never) (going to |)(dignify|respond to|engage with|entertain) (this|that|your|these|such)" },
  { phrase: "(not sure|no idea|don't know|dont know|do not know) what (else |more |exactly |)(you want|you wanted|you expected|you expect|you were expecting|you are expecting|you're expecting|youre expecting|else we could|more we could)" },
  { phrase: '(what|what exactly) (did|do|were|are) you (expect|expecting|want|wanting) (us|from us|)', contexts: ['comment', 'review-reply'] },
  { phrase: '(period|end of story|simple as that|plain and simple|end of discussion|case closed|full stop|not complicated|its that simple|it\'s that simple|that simple)', contexts: ['comment', 'review-reply'], ...ALONE },
  // Credentials and track record held up against the complaint.
  { phrase: '(in|for|with) (over |more than |nearly |almost |all |our |my |)(# |ten |fifteen |twenty |thirty |forty |fifty |many |decades of |)(years|decades) (of practice|in practice|in business|of experience|of service|serving|practicing|in this community|here|we|weve|i|ive|our|and|of treating|without)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(been|in) (business|practice|practicing|serving) (for |)(over |more than |nearly |almost |)(# |ten |fifteen |twenty |thirty |forty |many )(years|decades)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(thousands|hundreds|tons) of (happy|satisfied|5 star|five star|positive|loyal|glowing|great) (families|patients|reviews|customers|clients|smiles)', contexts: ['review-reply', 'comment'] },
  { phrase: '(one|a single|this|a|one bad|a bad|one angry|a few|one upset) (bad |negative |1 star |one star |angry |unhappy |upset |)(review|comment|post|rating|complaint|person|patient|reviewer|customer) (doesnt|does not|won\'t|wont|will not|can\'t|cannot|isnt|is not) (change|define|erase|undo|reflect|outweigh|cancel|going to change)' },
  { phrase: '(# star|# stars|#) (rating|average|star rating) (with|from|across|over|and) (over |more than |nearly |almost |)# (reviews|ratings|patients|families)', contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'grateful', 'appreciate', 'love'] },
  // "Please understand that our hygienists follow…": a lecture dressed as a request.
  { phrase: '(please|you must|you need to|you have to|kindly|you should) (understand|realize|realise|recognize|recognise|be aware|keep in mind) (that |)(our|we|the|this|it|policy|there|insurance|every|all)', contexts: ['comment', 'review-reply'], unlessSentenceHas: [...PRIVACY, 'sorry', 'apologize', 'apologise'] },
  { phrase: 'did (absolutely |)nothing (wrong|improper|inappropriate|unprofessional|unethical|illegal|untoward|out of line)', contexts: ['comment', 'review-reply'], notAfter: ['you', 'u', 'he', 'she', 'they', 'your', 'kid', 'son', 'daughter', 'child'] },
  { phrase: "(justify|defend|explain) (ourselves|our pricing|our prices|our fees|our policy|our policies|our decisions|our decision|our care|our treatment|our billing|this|that|it) to (anyone|you|anybody|strangers|people|everyone|random|the internet)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['happy', 'glad', 'love', 'please', 'gladly', 'always', 'call'] },
  { phrase: '(pride|pride ourselves|prides itself|pride themselves|take pride|takes pride) (ourselves |)(on|in)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: "(isn't|isnt|is not|wasn't|wasnt|was not|not) (typical|like|characteristic|representative) (of us|us|of our|of the care|of how)", contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies'] },
  { phrase: '(more|two sides|another side|other side) to (the|this|every) story' },
  { phrase: "(how|why) (is|was|s) (this|that|it) (our|my|the office's|the offices|the doctors|the doctor's) (fault|problem|responsibility)" },
  { phrase: '(nobody|no one|none|not one) (on|of|from|at|in) (our|the) (team|staff|office|front desk|practice|doctors|hygienists|crew) (was|were|is|would|has|had|did|ever)' },
  { phrase: 'as (we|i|our team|the office|our office|the doctor|dr *) (confirmed|documented|noted|discussed|mentioned|said|showed|shared|outlined|agreed|reviewed|went over|went through)', contexts: ['comment', 'review-reply'], unlessSentenceHas: AN_OFFER, unlessTextHas: REMEDY_GIVEN },
  { phrase: '(we|our team|the doctor|our doctor|our hygienist|dr *) (documented|recorded|photographed|charted|noted) (it|this|that|everything|the|all|each|every|your)', contexts: ['review-reply'] },
  { phrase: '(applies|apply|applied) (equally |)to (everyone|all patients|all|every patient|everybody|every family|all families)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: "(you're|youre|you are) welcome", contexts: ['review-reply'], notBefore: ['to', 'back', 'here', 'anytime', 'any', 'at', 'in', 'for'], wholeSentence: true },
  { phrase: '(to the letter|by the book|every step of the way|at all times|in every way)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'will', 'll', 'please', 'hope'] },
  { phrase: '(followed|follow|follows|following|adhered to|complied with|comply with) (every|each|all|all of|all the|our|the|standard|proper|established|strict) ~ (protocol|protocols|procedure|procedures|policy|policies|guideline|guidelines|rule|rules|step|steps|standard|standards|regulation|regulations)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: "not (how|what|the way|when|why) (it|this|that|things|events|the visit|the appointment|anything) (happened|went|occurred|went down|played out|unfolded|transpired|was said)", contexts: ['comment', 'review-reply'] },
  { phrase: '(we|i|our team|our office|our practice|our staff|our doctors|the practice|the office) (fully |firmly |completely |100% |still |)(stand|stands) (by|behind)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['ll', 'will', 'replace', 'charge', 'free', 'warranty', 'guarantee', 'redo'] },
  { phrase: 'nothing to (hide|apologize for|apologise for|be ashamed of)' },
  { phrase: '(nothing|anything) (that would|to|that could|that might) (warrant|deserve|justify|merit|earn)', contexts: ['comment', 'review-reply'] },
  { phrase: '(our|the) (other|many|hundreds of|thousands of) (# |other |)(reviews|ratings|five star reviews|5 star reviews|happy patients)', contexts: ['review-reply'] },
  { phrase: '(no|not one|not a single|none of our) other (patient|patients|person|family|families|customer|customers|parent|parents) (has|have|ever|had|complained)', contexts: ['comment', 'review-reply'] },
  { phrase: '(misunderstanding|miscommunication|confusion|mistake|error|oversight|misreading) on your (part|end|side)', contexts: ['comment', 'review-reply'] },
  { phrase: '(enforcing|enforce|enforced|enforces|applying|applied) (the|our|a|office|clinic) (rules|rule|policy|policies|procedures)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: '(for context|to clarify|to be clear|for clarity|just to clarify|for the sake of accuracy|in fairness|in all fairness|to be fair)', contexts: ['comment', 'review-reply'], sentenceStart: true },
  { phrase: "(we|were|we are|we're) (not|arent|aren't) the (ones|one) (who|that)", contexts: ['comment', 'review-reply'] },
  { phrase: '(this|that|the) (patient|family|parent|person|individual|customer|gentleman|lady) (was|were|has|had|did|arrived|left|refused|never)', contexts: ['review-reply'] },
  { phrase: 'exactly what (they|we|she|he|our staff|our team|the doctor|our doctor) (did|were trained|are trained|should|was trained|is trained|do)', contexts: ['comment', 'review-reply'] },
  { phrase: "(does not|doesnt|doesn't|do not|dont|don't|did not|didnt|didn't) (reflect|match|resemble|describe) (reality|the truth|what happened|the facts|events|our records|the visit|the appointment|your visit)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'apologies'] },
  { phrase: '(without|no|lack|lacks|lacking|devoid of) (any |all |)merit', contexts: ['comment', 'review-reply'] },
  { phrase: '(excellent|spotless|perfect|clean|great|strong|impeccable|stellar|proven|outstanding|flawless) (track record|safety record|record|reputation)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: 'never (been |once been |)(accused|sued|reported|complained about|written up|cited|fined)', contexts: ['comment', 'review-reply'] },
  { phrase: '(strict|firm|zero tolerance|clear|very clear|longstanding) policy (against|on|about|that|prohibiting|forbidding)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: "(it|that|this) (did not|didn't|didnt|could not|couldn't|couldnt|would not|wouldn't|wouldnt|would never|could never|does not|doesn't|doesnt) (have |)(happen|happened) (here|at our|in our|with us|on our)", contexts: ['comment', 'review-reply'] },
  { phrase: '(out of|beyond|outside|outside of) (our|my|the office\'s|the doctor\'s) (control|hands|power)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'understand', 'but', 'help'] },
  { phrase: 'as (quickly|fast|soon|well|carefully|thoroughly|efficiently) as (we|i|our team|our staff|the doctor) (safely |possibly |reasonably |humanly |)(could|can|were able)', contexts: ['comment', 'review-reply'] },
  { phrase: '(nothing|no record|no evidence|no documentation|no indication|no note|no notes) (in|on|from) (your|the|our) (chart|records|file|notes|system|account|logs)', contexts: ['comment', 'review-reply'] },
  { phrase: "(sorry|apologies) (that |)(ur|youre|you are|u r|you were|youve been|you feel|you felt) (so |)(mad|upset|angry|unhappy|frustrated|disappointed|offended|bothered|triggered|that way|this way)", contexts: ['comment', 'review-reply'], suggestion: "We're sorry about your experience", unlessTextHas: ['talk', 'call', 'message', 'reach', 'contact', 'email', 'speak', 'discuss'] },
  { phrase: '(board certified|award winning|highly trained|highly experienced|fully licensed|fellowship trained|highly rated|top rated|highly qualified|extensively trained)', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(performed|done|treated|placed|seen|completed|helped) (thousands|hundreds|tens of thousands) of', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(this|your|the|that) (review|rating|post|comment|complaint|characterization|description) (is|was|feels|seems|s) (completely |totally |very |simply |deeply |extremely |)(unfair|unjust|unwarranted|undeserved|one sided|exaggerated|not fair|uncalled for|unfounded)', contexts: ['comment', 'review-reply'] },
  { phrase: '(doing|do|did|tried|try|trying) (our|their|my|his|her) (best|very best|utmost|level best)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'apologies', 'will', 'll'], unlessTextHas: ['talk', 'call', 'message', 'reach', 'contact', 'email', 'speak', 'discuss'] },
  { phrase: '(what|how much) (more|else) (could|can|should|were) (we|i|our staff|our team) (have |supposed to |)(done|do)', contexts: ['comment', 'review-reply'] },
  { phrase: '(serving|served|practicing|practiced|in business|been here|open|operating|caring for) ~ since #', contexts: ['review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
  { phrase: '(stand|stands) (by|behind) (our|the|every|this|that|my|all|each)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['ll', 'will', 'replace', 'charge', 'free', 'warranty', 'guarantee', 'redo'] },
  { phrase: '(no exceptions|without exception|no matter who)', contexts: ['comment', 'review-reply'], ...POLICY },
  { phrase: '(clearly|plainly|fully|always|all|openly) (posted|stated|explained|disclosed|listed|written|outlined|communicated|documented|signed|itemized)', contexts: ['review-reply'], ...POLICY },
  { phrase: '(we|i) (respectfully |strongly |completely |firmly |must |have to |)(disagree|dispute|reject|deny|contest|challenge)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'], unlessTextHas: ['talk', 'call', 'message', 'speak', 'reach', 'contact', 'discuss'] },
  { phrase: "(have|has|had|we've|weve|we have|never) (never |)(had|received|gotten|made) (a |an |any |one |a single |)(complaint|complaints|mistake|mistakes|error|errors|bad review|lawsuit)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // Session 5 (blind round 4): polite-sounding and non-native ways of refusing the fault.
  // The decision pinned on a third party ("That's their decision, not ours", "the insurer's call, not ours").
  { phrase: "(their|theirs|insurers|insurer|insurance|insurances|carrier|carriers|plan|plans|lab|labs|pharmacy|pharmacys|employer|employers|company|companys|state|government|pediatrician|pediatricians|specialist|specialists) (own |)(decision|call|choice|rule|rules|policy|fault|doing|problem|limit|limits|issue|responsibility|mistake|error) not (ours|us|mine|our office|our practice|the office)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['help', 'happy', 'glad', 'gladly', 'appeal', 'appealing'] },
  // "Not something we control", "not a decision our office makes": the matter placed out of reach.
  { phrase: "(not|isnt|isn't|wasnt|wasn't) (something|anything|a thing|a decision|a call|a rule|a policy|one|a limit) (that |)(we|our office|the office|our team|i|our practice) (control|controls|decide|decides|decided|set|sets|make|makes|made|can control|can change|have control over|get to decide|choose|chose|have any say in|have a say in)", contexts: ['comment', 'review-reply'] },
  // "We would gently remind you that our team stayed…": a rebuke dressed as courtesy.
  { phrase: "(we|i|wed|id) (would|must|have to|need to|should|feel we must|also|just|will) (gently |kindly |respectfully |politely |simply |just |also |)(remind|point out to) (you|the reviewer|readers|everyone|our readers) (that|of)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: "(wed|we would|id|i would|we) (gently |kindly |respectfully |politely |just |)(remind|point out to) (you|the reviewer|readers|everyone|our readers) (that|of)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: "(may|can|could|let) (we|us|i|me) (gently |kindly |respectfully |politely |just |)remind (you|everyone|the reviewer|readers) (that |of |)", contexts: ['comment', 'review-reply'] },
  // Refusing to engage ("we aren't going to argue with you in the comments").
  { phrase: "(we|i|were|im|we are|i am) (are not|arent|not|am not|wont|will not|refuse to|dont|do not|will never|cannot|cant) (going to |gonna |)(argue|debate|bicker|fight|go back and forth|get into it|get into a back and forth|engage|litigate|relitigate) (this |that |it |the point |)(with you|with u|with anyone|with reviewers|in the comments|here|online|in public|publicly|on here|on yelp|on google|on facebook|over this|about this|on social media)", contexts: ['comment', 'review-reply'] },
  // Exasperation that more cannot be said ("idk what else to tell u", "not sure what more you want from us").
  { phrase: "(idk|dont know|do not know|not sure|no idea|unsure|dunno) what (else|more) (to tell|to say|we can tell|we can say|i can tell|i can say|there is to say|theres to say|you want|u want|you expect|u expect|you would like us to|you want us to) (you |u |ya |)", contexts: ['comment', 'review-reply'], notBefore: ['except', 'besides', 'other', 'but', 'apart'] },
  // The reader's own complaint turned back with a shrug ("Sorry not sorry").
  { phrase: 'sorry not sorry', contexts: ['comment', 'review-reply'] },
  // Fault and responsibility denied without a subject, as non-native writers and terse replies do ("Is not our responsibility if…", "Not our problem.").
  { phrase: "(is|was|isnt|wasnt) (not |)(our|my|the offices|the practices|the doctors) (fault|responsibility|problem|mistake|error|concern)", contexts: ['comment', 'review-reply'], notAfter: ['if', 'whether', 'sure'] },
  { phrase: "not (our|my) (fault|problem|responsibility|mistake|concern|issue)", contexts: ['comment', 'review-reply'], sentenceStart: true },
  // The staff as the wronged party ("Our team doesn't deserve this kind of abuse"); modest thanks stays quiet.
  { phrase: "(we|our team|our staff|the team|the staff|our front desk|the front desk|our hygienists|our hygienist|our doctors|the doctor|dr *|our office|our assistants|our employees|our receptionist|our receptionists) (dont|do not|doesnt|does not|didnt|did not) deserve (this|that|to be|such|the|your|these|any|being|abuse|hate|insults)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['words', 'compliment', 'compliments', 'praise', 'sweet', 'thank', 'thanks', 'love', 'lovely', 'generous', 'wonderful', 'amazing'] },
  { phrase: "(no one|nobody|no team|no staff|no employee|no receptionist|no hygienist|no one here|nobody here) (deserves|deserve) (to be|this|that|such|abuse|hate|insults|being)", contexts: ['comment', 'review-reply'] },
  // Emphatic "did" before the office's own act, as proof ("We did submit the claim twice").
  { phrase: "(we|our office|our team|our staff|the office|i|our billing team|the front desk|our front desk) (did|really did|absolutely did|definitely did|certainly did|actually did) (submit|send|call|file|explain|tell|inform|mail|email|text|try|resubmit|appeal|follow up|check|verify|bill|process|warn|remind|notify|offer|leave|give)", contexts: ['comment', 'review-reply'], notAfter: ['if', 'whether', 'when'], unlessSentenceHas: ['glad', 'happy', 'hope', 'but', 'however', 'though'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks', 'love', 'appreciate', 'anything', 'help'] },
  // The staff's conduct reduced to duty ("Our front desk was simply doing their job", "only following the doctor's orders").
  { phrase: "(was|were|is|are|s|re) (simply |just |only |merely |)(doing) (their|her|his|our|my) (job|jobs|duty|duties)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['thank', 'thanks', 'love', 'proud', 'great', 'amazing', 'wonderful', 'grateful', 'sorry'] },
  { phrase: "(was|were|are|is|s|re) (only |just |simply |merely |)following (the|our|orders|doctors|the doctors|policy|protocol|procedure|instructions|the rules|guidelines|his|her)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'love', 'thank', 'thanks', 'up', 'along', 'us'] },
  { phrase: '(which|that|as) (we are|were|we re|the staff is|our staff is|the office is|we were|they are|they were) (legally |)(required|obligated|obliged|bound) (to|by)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // A clean history held up against the complaint ("the first complaint we have received about Dr. Tanaka in fifteen years").
  { phrase: '(first|only|second) (complaint|complaints|bad review|negative review|one star review|1 star review|one star|issue like this|complaint like this|problem like this) (we|weve|we have|we ve|ive|i have|this office has|the office has|the practice has|ever|in)', contexts: ['review-reply', 'comment'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'thank', 'thanks', 'appreciate', 'grateful'] },
  // "We did nothing different than any other visit": the visit declared routine.
  { phrase: '(we|our team|the doctor|our staff|our hygienist|dr *|i) (did|do|changed|had done) nothing (different|unusual|out of the ordinary|differently|special|new)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // Session 5, third batch (own variants in formal, regional and non-native registers).
  // Knowing better than the reader ("knows the rules better than anyone").
  { phrase: '(know|knows|knew|understand|understands) ~ better than (anyone|anybody|most|you|u|the reviewer|any reviewer|yelp|google|the internet)', contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud'] },
  // Speaking past the reviewer to the audience ("We'd just like to clarify a few things for other readers").
  { phrase: '(for|to) (the benefit of |)(other|future|our|any other|all) (readers|reviewers|patients reading|families reading|people reading|prospective patients)', contexts: ['review-reply'], unlessTextHas: WARMTH },
  { phrase: "(clarify|correct|address|set straight|straighten out) (a few|some|several|the|a couple of|a couple) (things|points|facts|details|inaccuracies|claims|misconceptions|statements|errors)", contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'call', 'privately'], unlessTextHas: WARMTH },
  // Disowning the part of the practice that went wrong ("we have nothing to do with that", "handled by a third party").
  { phrase: '(we|our office|the office|our team|i|our practice) (have|has|had) (absolutely |)nothing to do with (that|this|it|the|your|billing|those|them|any of)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: '(handled|managed|processed|done|run|decided|set|controlled) by (a third party|a third-party|an outside company|a separate company|an outside vendor|corporate|the insurance company|another company|our billing company)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'help', 'glad', 'happy'] },
  // A flat impossibility ("There is no way our hygienist was on her phone").
  { phrase: "(there is|theres|there was) (absolutely |simply |just |)no way (that |)(our|we|she|he|any|anyone|the doctor|dr|this|that|it)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // "We simply don't operate like that."
  { phrase: "(we|our office|our practice|our team|our staff|this office) (simply |just |)(dont|don't|do not|would never|never|wouldnt|wouldn't) (operate|work|do business|run things|treat people|practice|do things|behave|act) (like that|that way|this way|like this)", contexts: ['comment', 'review-reply'] },
  // The lapse excused as what healthcare is ("which happens in healthcare").
  { phrase: '(happens|happen|happened|is normal|is common|is standard|is routine) (in healthcare|in health care|in medicine|in dentistry|in any practice|in every practice|at every office|at any office|in any office|everywhere|in every office|in this field|in our field)', contexts: ['comment', 'review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies'] },
  // Session 5, fourth batch (own variants: terse, formal, Indian and British English).
  // The practice's character as proof ("that's simply not who we are").
  { phrase: "(thats|that is|this is|its|it is|that was|this was) (simply |just |absolutely |)not (who|what|the kind of people|the kind of practice|the kind of office|the type of practice) (we|our team|our staff|our practice|our office) (are|is|were|run|do)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // Nobody singled out: the same rule for all, held up against the reader.
  { phrase: "(no one|nobody|no patient|no family|no one here|not one patient) (is|was|gets|got|has been|ever is|ever gets) (singled out|treated differently|targeted|picked on|made an exception|given special treatment|an exception)", contexts: ['comment', 'review-reply'] },
  // The team as the one hurt ("this comment is very hurtful to our team").
  { phrase: "(hurtful|upsetting|disheartening|demoralizing|demoralising|insulting|offensive|unfair) (to|for) (our|the) (team|staff|doctors|hygienists|front desk|office|practice|doctor|assistants|people)", contexts: ['comment', 'review-reply'] },
  { phrase: "(our team|our staff|we|the team|the staff|our doctors|the doctor|our hygienists) (is|are|was|were|feel|felt|have been|has been) (very |deeply |really |truly |quite |)(hurt|insulted|offended|wounded) (by|to read|reading|at)", contexts: ['comment', 'review-reply'] },
  // Only following someone else's rules ("insurance sets the rules and we just follow them").
  { phrase: "(we|our office|our team|our staff|the office|i) (just|only|simply|merely) (follow|followed|apply|applied|enforce|enforced|do|did|carry out|carried out) (them|the rules|their rules|the policy|their policy|what|orders|instructions|the law|the guidelines)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // The mistake was someone else's ("Mistakes happen, but this wasn't one of ours").
  { phrase: "(this|that|it|the error|the mistake) (wasnt|was not|isnt|is not|s not|was never) (one of ours|ours|on us|on our end|on our side|our doing|from our side|from our end)", contexts: ['comment', 'review-reply'] },
  // "It was made very clear at the front desk": the disclosure held up as proof.
  { phrase: "(was|were|had been|has been|is|are) (made|stated|explained) (very |perfectly |abundantly |crystal |quite |extremely |completely |)clear", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['us', 'sorry', 'apologize', 'apologise', 'should', 'clearer'] },
  // Session 5, fifth batch (own variants: politeness as a weapon, questions, closers).
  { phrase: 'for anyone (else |)(reading|who reads|following|watching|wondering)', contexts: ['review-reply'], unlessTextHas: WARMTH },
  { phrase: '(explained|disclosed|discussed|outlined|quoted|reviewed) (to you |)and (agreed|accepted|signed|approved|consented|initialed|initialled) (to|on|off|by you|before)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: '(per|as per|as stated in|as mentioned in|see|re) (my|our) (previous|last|earlier|prior|original) (message|email|reply|response|comment|post|note|letter)', contexts: ['comment', 'review-reply'] },
  { phrase: '(already|was already|has already been|had already been|were already|have already been) (processed|sent|refunded|issued|done|submitted|completed|mailed|resolved|corrected) (on our side|on our end|from our side|from our end|by us|correctly|weeks ago|days ago)', contexts: ['comment', 'review-reply'], unlessTextHas: ['sorry', 'apologize', 'apologise', 'thank', 'thanks', 'patience'] },
  { phrase: '(found|find|saw|see|could find) (nothing|no|not a single|not one|not any) (wrong|error|errors|mistake|mistakes|fault|faults|evidence|wrongdoing|irregularities|issue with the care|problem with the care|record of)', contexts: ['comment', 'review-reply'], unlessTextHas: ['glad', 'great', 'happy', 'congrats', 'yay', 'good news', 'sorry'] },
  { phrase: "(cannot|can't|cant|can not|could not|couldn't|couldnt) (be |)(reasonably |possibly |)expected to", contexts: ['comment', 'review-reply'] },
  { phrase: "(that is|thats|that's|this is|it's|its|which is) (a |just a |simply a |an |all a |total |complete |)(myth|urban legend|misconception|fabrication|exaggeration)", contexts: ['review-reply'] },
  // Session 5, sixth batch (own variants: billing and scheduling disputes).
  { phrase: '(simply |just |merely |only |)a difference (of|in) (opinion|opinions|perspective|perspectives|views|philosophy|treatment philosophy)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: 'to say (that |)(we|our staff|our team|the doctor|dr *|our office|our hygienist|she|he) ~ (is|would be|seems) (unfair|untrue|false|inaccurate|not fair|wrong|misleading|simply untrue|simply false|an exaggeration)', contexts: ['comment', 'review-reply'] },
  // Session 5, seventh batch (non-native English: dropped auxiliaries, "all was").
  { phrase: '(we|i) (not|no|do not|dont|does not|doesnt|did not|didnt|cannot|cant) agree (with|to) (this|the|your|that|these) (review|comment|post|rating|statement|statements|claim|claims|complaint)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: '(all|everything) (was|were|has been|had been) (all |)(clearly |fully |)(explained|told|discussed|disclosed|informed)', contexts: ['comment', 'review-reply'], wholeSentence: true, unlessTextHas: ['sorry', 'apologize', 'apologise', 'apologies', 'thank', 'thanks'] },
];

// ---- Word classes for the defence structures (lib/checks/tone/defense-structures.ts) ----

/** Words that claim the practice acted rightly ("acted appropriately", "completely transparent"). */
export const PROPRIETY: readonly string[] = [
  'professionally', 'professional', 'appropriately', 'appropriate', 'correctly', 'correct', 'properly', 'proper', 'transparent',
  'fair', 'fairly', 'reasonable', 'courteous', 'courteously', 'respectful', 'respectfully', 'accurate', 'accurately',
  'legitimate', 'justified', 'equally', 'consistently', 'compliant', 'thorough', 'thoroughly', 'exactly', 'ethical', 'ethically',
  'lawful', 'legally', 'diligently', 'impeccable', 'flawless', 'flawlessly', 'standard', 'warranted', 'necessary', 'respect',
  'dignity', 'same', 'qualified', 'licensed', 'certified', 'credentialed', 'competent', 'skilled', 'guidelines', 'protocol',
  'protocols', 'evidence', 'clean', 'safe', 'safely', 'trained', 'calmly', 'competitive', 'clinically', 'medically', 'indicated',
  'sound', 'justifiable', 'defensible', 'highest', 'honest', 'honestly', 'reputable', 'honorable', 'trustworthy', 'integrity',
  // Not "gentle" or "kind": "our hygienists are gentle, just tell them you're nervous" describes, not defends.
  'polite', 'politely',
];
/** The practice's own acts, for "our staff acted …" ("acted", "handled", "behaved"). */
export const CONDUCT_VERBS: readonly string[] = [
  'acted', 'handled', 'behaved', 'responded', 'followed', 'did', 'was', 'were', 'is', 'are', 'treated', 'billed', 'charged',
  'performed', 'conducted', 'applied', 'done', 'act', 'acts', 'handle', 'handles', 'treat', 'treats', 'bill', 'bills', 'charge',
  'charges', 'apply', 'applies', 'run', 'runs', 'operate', 'operates', 'follow', 'follows', 'saw', 'see', 'sees',
];
/** What a reply denies having done ("we did NOT refuse", "we never overcharged"). */
export const ACCUSED_ACTS: readonly string[] = [
  'refuse', 'refused', 'turn', 'turned', 'ignore', 'ignored', 'overcharge', 'overcharged', 'lie', 'lied', 'yell', 'yelled',
  'rush', 'rushed', 'discriminate', 'discriminated', 'mistreat', 'mistreated', 'deny', 'denied', 'hang', 'hung', 'laugh',
  'laughed', 'insult', 'insulted', 'hurt', 'pressure', 'pressured', 'upsell', 'upsold', 'misdiagnose', 'misdiagnosed', 'scam',
  'scammed', 'cheat', 'cheated', 'steal', 'stole', 'ignore', 'dismiss', 'dismissed', 'neglect', 'neglected', 'mislead', 'misled',
  'hide', 'hid', 'touch', 'touched', 'charge', 'charged', 'bill', 'billed', 'say', 'said', 'tell', 'told', 'promise', 'promised',
];
/** Words that, in the same sentence, make a claim of propriety an offer or an apology instead. */
export const OWNING_IT: readonly string[] = [
  'sorry', 'apologize', 'apologise', 'apologies', 'will', 'll', 'want', 'would', 'please', 'hope', 'try', 'should', 'missed',
  'fell', 'short', 'failed', 'wrong', 'mistake', 'understand', 'thank', 'thanks', 'wasnt', 'werent', 'didnt', 'not',
  // "we'll" and "we'd" are the tokens "well" and "wed".
  'well', 'wed', 'share',
  // Delight about the staff ("so glad our team was gentle with Mia") is thanks, not a defence.
  'glad', 'happy', 'thrilled', 'love', 'loved', 'proud', 'congrats', 'congratulations',
];
