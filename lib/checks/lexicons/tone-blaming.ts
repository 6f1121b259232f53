// Blaming phrases: the reply puts the fault on the patient ("you failed to", "if you had
// arrived on time", "it's your responsibility").
// Source: written for this project from review-response guidance. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';

const ACTS =
  '(arrived|come|come in|came|shown up|showed up|called|read|listened|followed|checked|brought|paid|filled out|let us know|told us|returned|responded|answered|kept|given us|cancelled|canceled|asked|updated|provided|sent|signed|scheduled|confirmed|verified|walked over|walked|stopped by|picked up|brushed|flossed|worn|worn your|taken|taken your)';
const IF_NOT_CONDITION = ['if', 'whether', 'case', 'unless'];

export const BLAMING_PHRASES: readonly ToneEntry[] = [
  { phrase: 'you (failed|neglected|forgot|refused|chose|declined|omitted|did not bother|didnt bother|didn\'t bother|never bothered) to', notAfter: ['glad', 'happy', 'thrilled', 'thank', 'thanks', 'love', 'appreciate', 'grateful', 'proud', 'if', 'when'] },
  { phrase: `(if|had) you (had |would have |had just |would have just |had simply |)${ACTS}`, notBefore: ['any', 'a', 'questions'] },
  { phrase: `you should have ${ACTS}` },
  { phrase: 'you should have (known|told|asked|said|mentioned|informed|contacted|reached out|been on time|been here)' },
  { phrase: "(it's|it is|its|that's|that is|this is|that was|it was) (the patient's|the patients|your|each patient's|the parent's|the parents|the guardian's|the member's) (own |sole |)(responsibility|job|duty|obligation)" },
  { phrase: "(you are|you're|youre|you were) (solely |fully |ultimately |)responsible for" },
  { phrase: '(you were|you had been|you have been|youve been|you\'ve been|u were|u have been|uve been) (clearly |already |repeatedly |specifically |)(told|informed|notified|warned|advised|reminded|instructed|given)' },
  { phrase: "(you|u|ya|yall|youse) (didn't|did not|didnt|never) (bother|bothered|read|call|called|show|showed|follow|followed|listen|listened|pay|paid|tell|told|bring|brought|fill|filled|respond|responded|return|returned|cancel|canceled|cancelled|check|checked|ask|asked|mention|mentioned|sign|signed|send|sent|update|updated|provide|provided|let us know|answer|answered|confirm|confirmed|pick up|picked up|come|came)", notAfter: IF_NOT_CONDITION },
  { phrase: "because you (were late|arrived late|came late|showed up late|came in late|missed|didn't|did not|didnt|never|failed|forgot|refused|no showed|no-showed|did not show|didn't show)" },
  { phrase: '(you|u) (arrived|showed up|came in|came|were|got here) (# (minutes|mins|min|hours) |over # minutes |almost # minutes |nearly # minutes |very |quite |so |)late' },
  { phrase: '(you|u) (missed|skipped|no showed|no-showed) (your|two|three|#|multiple|several|both|all|the last)' },
  { phrase: "(your own|entirely your|completely your|totally your|all your|your) fault", notAfter: ['not', 'no', 'never', 'isnt', 'wasnt', 'nobody', 'nothing'] },
  { phrase: '(you|u) (only |)have (only |)yourself to blame' },
  { phrase: "(you have|you've|youve) (no one|nobody) (else |)to blame" },
  { phrase: '(that|this|it) (is|was|s) (all |)on you' },
  { phrase: 'blaming (us|our staff|our team|the office|our office|the doctor|our doctors|the front desk)' },
  { phrase: '(blame|blamed) (us|our staff|our team|the office|our office|the doctor|the front desk) (for|on|when)' },
  { phrase: '(instead of|rather than|before) (posting|complaining|writing|leaving a review|going) (about it |about this |)(online|here|on yelp|on google|on facebook|on social media)' },
  { phrase: 'next time (maybe |please |try to |try |just |perhaps |you might |you should |you could |)(tell|call|ask|read|arrive|come|speak|talk|check|let|show up|bring|follow|listen|plan|pay)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['well', 'we', 'free', 'happy', 'glad'] },
  { phrase: '(maybe|perhaps) (try|you could try|you should try) (reading|calling|arriving|showing up|listening|checking|asking)' },
  { phrase: '(if|when) you (read|had read|bother to read|actually read|would read) (the|our) (policy|policies|paperwork|forms|sign|signs|website|email|emails|instructions|texts|reminders|letter)' },
  { phrase: "you (ignored|disregarded|dismissed) (our|the|multiple|several|repeated|every|all|both)" },
  { phrase: '(which|that) you (ignored|declined|refused|never read|never returned|didn\'t read|did not read|failed to)' },
  { phrase: '(despite|even after|after) (being|we|our staff|the office) (told|reminded|warned|called|texted|emailed|told you|reminded you|called you|warned you|texted you|emailed you) (# times|multiple times|several times|repeatedly|twice|three times|many times|numerous times)' },
  { phrase: '(you are|you\'re|youre|you were) the (one|only one) who' },
  { phrase: '(that|which|this) is why (you|your) (were|was|got|had|did)' },
  { phrase: "you (need|have|ought) to (take responsibility|be responsible|own up|accept responsibility)" },

  // Sending the reader off to do their homework.
  { phrase: 'check (your |the |)(spam|voicemail|voice mail|inbox|email|emails|mail|mailbox|junk|junk folder|messages|texts|portal|statement|statements|bill|paperwork|facts)', contexts: ['comment', 'review-reply'] },
  { phrase: '(read|reread|re read) (the|your|our) (sign|signs|policy|policies|letter|email|emails|bill|statement|paperwork|forms|form|fine print|contract|agreement|estimate|texts|messages|instructions|website|consent form|consent)', contexts: ['comment', 'review-reply'] },
  { phrase: '(read it|read them|look it up|google it)', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(maybe|perhaps) (try |)(actually |)(listen|listening|read|reading|check|checking|calling|call|showing up|show up|ask|asking|look|looking|pay|paying|arrive|arriving|brush|brushing|floss|flossing)' },
  { phrase: '(listen|read|check|call|ask|show up|pay attention|arrive|come|plan|look) (next time|first|more carefully|better next time)', contexts: ['comment', 'review-reply'] },
  { phrase: '(before|instead of) (trashing|bashing|attacking|slandering|blasting|complaining|posting|writing|going online|leaving|ranting|you post|you complain|you write|you review|you trash|posting this|posting about)', contexts: ['comment', 'review-reply'] },
  { phrase: 'get your facts (straight|right)' },
  { phrase: "(we've|weve|we have|we|i've|ive|i|our front desk|our staff|our team|the doctor|the front desk|our office|dr *) (told|reminded|warned|explained to|asked|called|texted|emailed) you (twice|# times|three times|four times|a million times|a hundred times|a thousand times|multiple times|several times|repeatedly|many times|more than once|over and over|countless times|numerous times)", unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'love', 'please', 'happy', 'glad', 'hope', 'still'] },
  { phrase: "(we|our office|our team|our staff|our billing team|billing|the office) (sent|mailed|emailed|texted|called|left|gave|mailed out|sent out) ~ (twice|three times|# times|multiple times|several times|repeatedly|four times|more than once|# statements|three statements|two statements|# letters|# messages|# voicemails|several messages|multiple messages)", contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'apologies', 'love', 'please', 'happy', 'glad', 'hope', 'still'] },
  // "We called you this morning and would love to find a new time" is an offer.
  { phrase: '(we|our office|our team|our staff|our front desk|the office|the front desk|billing|our billing team) (called|texted|emailed|mailed|messaged|reminded|contacted|notified|warned|told|informed|sent) (you|your)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'will', 'll', 'please', 'happy', 'glad', 'hope', 'thank', 'thanks', 'love', 'congrats'] },
  { phrase: '(never heard back|never called back|never called us back|never responded|never replied|never showed|never got back to us|never returned our|never picked up)', contexts: ['comment', 'review-reply'] },
  { phrase: "(ball's|balls|ball is) in your court" },
  { phrase: 'take it up with' },
  { phrase: `(you could have|you couldve|you could of|you could've) ${ACTS}` },
  { phrase: "(you |)(couldn't|could not|couldnt|can't|cant|cannot) (make it|get here|show up|arrive|be here|come) (on time|in time|for your)" },
  { phrase: 'against (our|medical|the doctor\'s|the doctors|doctor\'s|doctors|dr *|her|his|their) (advice|recommendation|recommendations|orders|instructions)' },
  { phrase: "(because|since|bc|cuz|cause) (you|u) (kept|continued|refused|didn't|didnt|did not|never|chose|decided|failed|ignored|skipped|stopped|dont|don't|won't|wont|canceled|cancelled|declined)" },
  { phrase: '(you|u) (canceled|cancelled|rescheduled|no showed|no-showed) (# times|three times|twice|two times|four times|multiple times|several times|again|repeatedly|your|the|at the last minute|last minute)' },
  { phrase: '(you|u) (declined|refused|ignored|skipped|waived|turned down|opted out of) (the|our|to|us|it|them|multiple|every|all|both|treatment|her|his|their|x rays|xrays)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (agreed|consented) (to|that)', contexts: ['review-reply'] },
  { phrase: '(you|u) (signed|initialed) (the|our|a|an|this|that)', contexts: ['comment', 'review-reply'] },
  { phrase: '(your|the) (signature|initials) (is|are|was|were) (on|right on)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (told|said|admitted|confirmed) (us|it|this|that|so) (yourself|to us|in writing|on the phone)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|they) know who (you|they) are', unlessTextHas: ['thank', 'thanks', 'shoutout', 'kind', 'love', 'appreciate', 'grateful', 'sweet', 'generous'] },
  { phrase: '(your|their|his|her) (kids|kid|child|children|son|daughter|baby|teeth|mouth|body) (deserve|deserves) better' },
  { phrase: '(so |)of course (your|you|it|the|that) (wasn\'t|wasnt|was not|didn\'t|didnt|did not|weren\'t|werent|isnt|isn\'t|couldn\'t|couldnt)', contexts: ['comment', 'review-reply'] },
  { phrase: 'if (you had|youd|you would have|you would|youd have)', notBefore: ['like', 'prefer', 'rather', 'care', 'be', 'please', 'kindly', 'allow', 'any', 'a', 'an', 'questions', 'concerns', 'trouble', 'issues', 'problems', 'difficulty', 'to', 'call', 'contact', 'reach', 'email', 'message', 'give', 'send', 'let', 'share', 'want', 'like', 'feel', 'need', 'had', 'been', 'received', 'gotten', 'not', 'more', 'some', 'the', 'an', 'time', 'known', 'a', 'mind'], contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (were|are|was) (late|rude|aggressive|abusive|disrespectful|yelling|screaming|hostile|belligerent|verbally abusive|the one who)', contexts: ['comment', 'review-reply'] },
  { phrase: '(chose|decided|opted) not to' },
  { phrase: "(that's|that is|thats|this is) (what|why) (happens|you get|it happens) (when|if) you" },
  { phrase: "(should|could) have (thought|checked|known|asked|called|read) (about that |of that |)(before|first)" },
  { phrase: '(you|u) (left|walked out|stormed out|hung up) (before|without|on us|mid)' },
  { phrase: "(not|never) our (job|responsibility|fault) (to|that you|you)" },
  { phrase: '(it|this|the form|the sign|the policy|the estimate|the bill|the letter|the website) (clearly |plainly |)(says|states|said|stated) (on|in|that|right)', contexts: ['comment', 'review-reply'] },
  { phrase: "(can't|cannot|cant|couldn't|couldnt) (help|treat|see|fix|seat) (you|anyone|patients|people|your) (if|when|unless) (you|they|your)" },
  { phrase: '(you|u) (need|have|ought) to (understand|realize|accept|learn|read|listen|remember)', contexts: ['comment', 'review-reply'] },
  // Responsibility moved onto the reader, or onto "people who…".
  { phrase: '(a|your) (you|u) (problem|issue|thing)' },
  { phrase: "(that's|thats|that is|this is|which is) what (you|u|people|patients) get (for|when|if)" },
  { phrase: "(aren't|arent|isn't|isnt|wasn't|wasnt|weren't|werent|not) (really |exactly |entirely |all that |)(a |)(surprise|surprising|shocking|unexpected|a mystery)", contexts: ['comment', 'review-reply'] },
  { phrase: '(incomplete|incorrect|wrong|missing|late|expired|outdated|invalid|inaccurate) (forms|form|information|info|paperwork|details|documents|id|card|insurance|referral|number|address) (you|u) (submitted|provided|gave|sent|brought|filled out|entered|typed|listed)', contexts: ['comment', 'review-reply'] },
  { phrase: '(misunderstanding|miscommunication|confusion|mistake|error|oversight) on your (part|end|side)', contexts: ['comment', 'review-reply'] },
  { phrase: "(look at|take a look at|check|think about|consider) what (you|they|your kids|your child|your son|your daughter|theyre|youre) (are|is|re|were|have been|) (eating|drinking|doing|snacking on)", contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (provided|gave|entered|typed|listed|wrote|submitted|supplied|filled in|put down) ~ (was|were|is|are) (incorrect|wrong|outdated|invalid|incomplete|expired|inaccurate|missing|out of date)', contexts: ['comment', 'review-reply'], notAfter: ['if', 'whether', 'when', 'unless', 'in case'] },
  { phrase: '(unpaid|overdue|past due|delinquent|ignored) (bills|bill|balance|balances|invoices|statements|notices)', contexts: ['comment', 'review-reply'] },
  { phrase: '(this|that|which) is (exactly |precisely |just |)why (we|our team|our office|the office) (tell|ask|remind|recommend|warn|say|insist)', contexts: ['comment', 'review-reply'] },
  { phrase: '(your|the patient\'s|the patients|each patient\'s|the parent\'s|the parents) (responsibilities|responsibility|obligations|obligation|duties|duty) (as a|as the|to)', contexts: ['comment', 'review-reply'] },
  { phrase: '(your|ur) (responsibilities|obligations|duties)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (needed|had|ought) to (do|read|research|ask|check|call|plan|bring|be|look|confirm|verify|follow|tell|let us know)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'shouldnt', 'never'] },
  { phrase: '(because|since|after|when) (it|they|the frames|the glasses|the retainer|the appliance|the brace|the crown|the device|the guard) (was|were|got) (sat on|dropped|stepped on|chewed|bitten|mishandled|misused|abused|thrown|lost|left|washed|put in|run over)', contexts: ['comment', 'review-reply'] },
  { phrase: '(gave|offered|given|give|offer) (you|u) (every|multiple|several|plenty of|many|ample|numerous|three|two|four) (opportunity|opportunities|chance|chances|option|options|reminders|warnings)', contexts: ['comment', 'review-reply'] },
  { phrase: "(wasn't|wasnt|was not|weren't|werent|were not|not|never) (applied|taken|used|worn|followed|done|given|kept|brushed|cleaned|changed|filled) (as directed|as prescribed|as instructed|as recommended|correctly|properly|consistently|regularly|on time)", contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (just|only|simply) (had|needed|have|need) to', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'glad', 'happy'] },
  { phrase: '(brought|bring|brings|bringing) (this|it|that|all this|all of this) on (yourself|themselves|himself|herself|yourselves)' },
  { phrase: 'by (ignoring|skipping|refusing|neglecting|disregarding|failing to|missing|not following|not taking|not wearing|not showing)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'us', 'sorry'] },
  { phrase: '(we|our office|our team|our staff|our front desk|the office|the front desk|billing|our billing team|our hygienist|the doctor|our doctor|dr *) (sent|called|texted|emailed|mailed|reminded|asked|told|warned|left|explained|offered|tried) ~ (twice|three times|# times|multiple times|several times|repeatedly|four times|more than once|three reminders|two reminders|# reminders|several reminders|multiple reminders|three messages|# messages|# voicemails|# letters|# statements|three letters|three statements)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'apologies', 'love', 'please', 'happy', 'glad', 'hope', 'still'] },
  { phrase: '(because|since|as|when) (no one|nobody) (answered|responded|called|showed|confirmed|picked up|replied|returned|came|paid)', contexts: ['comment', 'review-reply'] },
  { phrase: '(would have|wouldve|could have|couldve) (prevented|avoided|saved you|stopped|caught|spared you|helped avoid)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'us', 'sorry'] },
  { phrase: "(we|i|the front desk|our staff|our team|the office|they|our billing team|billing) can only (do so much|work with|bill what|bill for what|go by|help those|help people|treat what|see what|help patients)" },
  { phrase: "(people|patients|those|anyone|someone|folks|parents|families) who (won't|wont|don't|dont|refuse to|can't be bothered to|never|didn't|didnt|will not|do not) (help themselves|follow|listen|show|brush|floss|pay|take care|read|call|do their part|bother|cooperate)" },
  { phrase: '(parents|patients|people|everyone|families|adults|moms|dads|you|u) (need|needs|have|has|must|should|ought) to (take responsibility|be responsible|step up|own|do their part|do your part|take ownership|accept responsibility)' },
  { phrase: 'reason ~ (is|was|s) (that|because) (you|your|u|ur)', contexts: ['comment', 'review-reply'] },
  // The cause named as the reader's own input or lateness ("caused by your insurance information
  // being out of date", "a direct result of the missed appointment", "the number you gave us").
  { phrase: '(caused|created|triggered) by (you|your own|the missed|a missed|a late|late|the late|missed|incomplete|outdated|expired|the cancelled|a cancelled|the canceled|your late|your missed|your incomplete|your outdated|your insurance|your plan|your lapsed|your expired|your information|your info|your paperwork|your forms)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: '(direct |)(result|consequence) of (the missed|a missed|missed|the late|late|a late|the cancelled|the canceled|a cancelled|incomplete|outdated|the no show|no showing|not showing|skipping|skipped|your missed|your late|your cancelled|your canceled|your lapsed|your outdated|your incomplete|your decision|your choice|your no show)', contexts: ['comment', 'review-reply'] },
  { phrase: '(arrived|showed up|came in|got here|checked in|came) (# minutes|# mins|# min|over # minutes|almost # minutes|nearly # minutes|an hour|half an hour|over an hour) (after|past) (your|the|their|his|her)', contexts: ['comment', 'review-reply'] },
  { phrase: '(went|sent|mailed|emailed|texted|delivered|called|left a message at|left a voicemail at|calling|texting) (to |)(the|your) (number|email|address|phone|phone number|email address|info|information|contact|voicemail|cell) (you|u) (gave|gave us|provided|listed|put|wrote|entered|supplied|have on file|left|had on file)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'if', 'please', 'update'] },
  { phrase: '(form|forms|agreement|policy|estimate|paperwork|consent|document|sheet|contract|waiver|treatment plan) (that |which |)(you|u) (signed|initialed|agreed to|accepted|read and signed|approved)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['thank', 'thanks', 'please', 'if', 'when', 'bring'] },
  // Neglect implied by how slowly a problem grew, or by what no treatment can undo.
  { phrase: "(didn't|did not|didnt|doesn't|doesnt|does not|don't|dont|do not) (happen|develop|appear|form|show up|start) overnight", contexts: ['comment', 'review-reply'], unlessTextHas: ['congrats', 'congratulations', 'proud', 'thank', 'thanks', 'amazing', 'patience', 'patient', 'worth'] },
  { phrase: 'no amount of (dentistry|treatment|brushing|cleaning|cleanings|fluoride|fillings|work|care|sealants|dental work|flossing|x rays|medicine) (can|will|could|is going to|fixes|fix|undoes|undo|makes up|outweighs|beats|cancels|reverses)', contexts: ['comment', 'review-reply'] },
  // "patients who actually show up": a pointed word says the reader is not one of them.
  { phrase: '(patients|people|those|families|kids|parents|anyone|folks|someone|customers) who (actually|bother to|really|even|can be bothered to|manage to|care enough to) (show|come|call|pay|follow|read|brush|floss|listen|keep|arrive|wear|take|bother|respect|return)', contexts: ['comment', 'review-reply'] },
  { phrase: '(is|are|s) (part of|what comes with|the job of) being (a|an) (patient|parent|adult|grown up|grownup|responsible|good parent|responsible adult)', contexts: ['comment', 'review-reply'] },
  { phrase: '(only|just) (works|work|helps|help|happens|happen) (when|if) (you|u|patients|people|parents|families|everyone|the patient|the parent|they) (give|provide|tell|keep|bring|show|update|read|call|follow|do|let|pay|arrive|answer|check|confirm|respond)', contexts: ['comment', 'review-reply'] },
  { phrase: '(not|never|failing to|forgetting to|refusing to) (reading|checking|calling|asking|paying|following|bringing|opening|answering|showing up|returning|confirming) ~ (doesnt|does not|doesn\'t|isnt|isn\'t|is not|won\'t|wont|didnt|didn\'t) (make|change|mean|excuse|give|count|entitle|justify)', contexts: ['comment', 'review-reply'] },
  { phrase: "what (did|do) (you|u) (think|expect) (would|was going to|will|is going to|were going to) (happen|happens)", contexts: ['comment', 'review-reply'] },
  { phrase: '(was|were|showed up|arrived|came|got here|checked in) (# min|# mins|# minutes|over # minutes|almost # minutes|nearly # minutes|more than # minutes|an hour|half an hour|over an hour|# hours|# hrs) late', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'sorry', 'us', 'dr', 'doctor', 'i', 'running', 'apologize', 'apologise'] },
  { phrase: '(like|as) (we|the doctor|dr *|our team|our staff|the front desk|our front desk|the hygienist|our hygienist) (asked|instructed|requested|advised|told you|asked you|instructed you|reminded you)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['thank', 'thanks', 'great', 'glad', 'sorry', 'awesome', 'proud', 'perfect'] },
  // Call-outs of one unnamed patient in public ("To the parent who let their toddler climb…");
  // not lost and found ("To the family that left a car seat…").
  { phrase: '(to the|dear|to that|to whichever|to all the|to any) (parent|parents|patient|patients|person|people|family|families|mom|moms|dad|dads|guy|lady|woman|man|grandparent|caregiver) (who|that) *', unlessTextHas: ['thank', 'thanks', 'hope', 'love', 'glad', 'safe', 'welcome', 'congrats', 'proud', 'sweet', 'kind', 'found', 'lost', 'left', 'forgot', 'dropped', 'brought', 'donated', 'helped', 'amazing', 'best'] },
  { phrase: '(forgetting|i forgot|forgot|poor planning|lack of planning|bad planning|being late|running late|oversleeping|a busy schedule) ~ (is not|isnt|isn\'t|does not constitute|doesn\'t constitute|doesnt constitute|is never) (an |our |a valid |)(emergency|excuse)' },
  { phrase: '(keep track of|keep up with|manage|remember|watch|handle|supervise|mind|read|check) your (own) (appointments|appointment|schedule|kids|children|child|benefits|insurance|bills|mail|email|texts|voicemail|reminders|paperwork|calendar)' },
  { phrase: "(not sure|no idea|unclear|dont know|don't know|do not know) why (you're|you are|youre|you were|you'd be|youd be|anyone would be|anyone is|anyone was) (so |)(surprised|shocked|upset|confused|angry|mad|caught off guard)", contexts: ['comment', 'review-reply'] },
  { phrase: 'would it kill (you|u|them|people|parents|anyone|folks|patients) to', contexts: ['comment', 'review-reply'] },
  { phrase: "(is it|was it|it isn't|it isnt|it is not|it's not|its not) (really |that |so |too |)(hard|difficult|much to ask|complicated) (to|for you to|for people to|for parents to)", contexts: ['comment', 'review-reply'] },
  // Written with a fixed second word: a leading negation followed by a gap would be tried at every "not".
  { phrase: "(don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|did not) (get|happen|come|develop|appear|form|show up|just happen) ~ (from|by|due to|because of) (bad luck|luck|genetics|bad genes|chance|accident|nowhere|thin air|magic)", contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'shoutout', 'love', 'proud', 'congrats', 'congratulations', 'hard work'] },
  { phrase: "(aren't|arent|isn't|isnt|wasn't|wasnt|not) (just |simply |)(bad luck|genetics|bad genes|a coincidence|an accident|random chance)", contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'shoutout', 'love', 'proud', 'congrats', 'congratulations', 'hard work'] },
  { phrase: '(clearly|plainly|explicitly|specifically) (states|state|say|says|stated|said|lists|listed|explains|explained|spells out|spelled out|mentions|mentioned|notes|noted|outlines|outlined)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['ada', 'research', 'studies', 'study', 'cdc', 'fda', 'aap', 'science', 'evidence', 'sorry', 'should', 'didnt', 'wasnt', 'not'] },
  { phrase: "(we|i) (do |really |truly |honestly |just |)wish (you|u) (had|would have|would've|wouldve|d) (mentioned|told us|told|called|said something|asked|spoken up|brought|raised|come to us|let us know|reached out|read|checked)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // A child's condition or medicine blamed for a hard visit ("your son's medication makes him very jumpy").
  { phrase: '(your|ur) (sons|daughters|childs|kids|son|daughter|child|kid|boys|girls) ~ (makes|made|make|making) (him|her|them) (very |so |extremely |really |quite |too |)(jumpy|difficult|uncooperative|restless|fidgety|wiggly|squirmy|combative|aggressive|hard to treat|hard to work with|impossible|hyper|unmanageable)', contexts: ['comment', 'review-reply'] },
  // The reader measured against others, or against how little it takes ("Most parents manage to…",
  // "It takes two seconds to call", "What part of … was unclear?", "Reading is fundamental.").
  { phrase: '(most|other|every other|all the other|plenty of|our other|the other) (parents|patients|people|families|adults|folks) (manage|managed|are able|seem to manage|have no trouble|have no problem|somehow manage|seem to have no trouble|figure|figured) (to|with|it|out)', contexts: ['comment', 'review-reply'] },
  { phrase: '(it|that|this) (takes|took|would have taken|would take|only takes|literally takes) (two|2|#|a few|five|5|ten|one|a|thirty|30) (seconds|second|minutes|minute|mins|min|sec|secs) to (call|cancel|text|email|read|check|let us know|reschedule|reply|answer|confirm|pick up)', contexts: ['comment', 'review-reply'] },
  { phrase: 'what part of ~ (unclear|confusing|understand|get|miss|clear|hard)', contexts: ['comment', 'review-reply'] },
  { phrase: 'reading is (fundamental|hard|a skill|a lost art)', contexts: ['comment', 'review-reply'] },
  { phrase: "(can't|cannot|cant|can not) do (it all|everything|all of it|all the work|the brushing|it) for (you|u|them|parents|you guys|yall|families)", contexts: ['comment', 'review-reply'] },
  { phrase: "(not|isn't|isnt|is not|wasn't|wasnt|never) (the hygienist's|the hygienists|the dentist's|the dentists|the doctor's|the doctors|the staff's|the staffs|the front desk's|the front desks|our staff's|our team's|our teams|my) (job|responsibility) (to|that)", contexts: ['comment', 'review-reply'], unlessTextHas: ['fairy', 'sorry'] },
  { phrase: "(can't|cannot|cant|don't|dont|do not) read (minds|your mind|peoples minds|people's minds)", contexts: ['comment', 'review-reply'] },
  { phrase: '(when|every time|each time|whenever) (you|u|patients|people|someone|parents|families) (no show|no-show|noshow|no shows|cancel last minute|cancel late|skip|miss|dont show|don\'t show|do not show|forget)', contexts: ['comment', 'review-reply'] },
  { phrase: '(could|would) have been (avoided|prevented|solved|fixed|resolved|handled) (with|by|if) ~ (you|your|u|ur)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'us', 'sorry'] },
  // A share of the readers blamed in a post ("Some of you have been ignoring our reminder texts").
  { phrase: '(some|a few|many|several|too many|certain|half) of (you|u|yall) (keep|continue to|seem to|still|have been|are|have|always|just) (ignoring|ignore|skipping|skip|missing|miss|forgetting|forget|showing up late|showing up|no showing|cancelling|canceling|not showing|not reading|not answering|ignored|skipped|missed|forgot|arriving late|coming late|coming in late|treating)' },
  { phrase: "(some|a few|many|several|too many|certain|half) of (you|u|yall) (don't|dont|never|didn't|didnt|can't|cant|won't|wont|haven't|havent|do not) (read|answer|show|call|confirm|bother|pay|respond|listen|floss|brush|open|check|cancel)" },
  { phrase: '(looking at|talking to|talking about) (you|u|yall) ~ (no shows|noshows|no show|latecomers|late|cancellers|cancelers|procrastinators|people who|folks who|parents who|patients who)' },
  { phrase: '(anyone|anybody|those|people|someone|whoever) (who|that) (bothers|bothered|cares|cared|takes the time|took the time|can be bothered) to (look|read|check|ask|call|look it up|scroll|open)', contexts: ['comment', 'review-reply'] },
  // The cause sent back home or to the insurer ("Good dental hygiene starts at home", "a contract between you and your insurer").
  { phrase: '(hygiene|health|habits|care|prevention|brushing|cavity prevention|good habits|oral health|dental health|it all) (starts|begins|start|begin) at home', contexts: ['comment', 'review-reply'] },
  { phrase: '(culprit|cause|problem|issue|reason|real problem|real issue) (here |)(is |was |)(# |)~ not (us|the dentist|our office|our care|the cleaning|our work|the office|our team|the hygienist)', contexts: ['comment', 'review-reply'] },
  { phrase: '(contract|agreement|matter|issue) between (you|u) and (your|ur) (insurer|insurance|insurance company|plan|employer|carrier|insurance carrier)', contexts: ['comment', 'review-reply'] },
  { phrase: '(direct|take|send|address|bring) (your|ur) (complaints|complaint|frustration|frustrations|anger|grievances) (to|with) (your|ur) (insurer|insurance|insurance company|plan|employer|carrier)', contexts: ['comment', 'review-reply'] },
  { phrase: "(can't|cannot|cant|can not) (force|make) (you|u|patients|people|parents|anyone|families) (to |)(do|come|floss|brush|follow|show|keep|wear|take|listen|read)", contexts: ['comment', 'review-reply'] },
  { phrase: '(months|years|weeks|decades) of (neglect|poor hygiene|not brushing|no brushing|skipped cleanings|skipped brushing|skipped checkups|skipped visits|skipped appointments|missed cleanings|missed checkups|missed visits|no checkups|no cleanings|not flossing|no flossing|poor brushing|bad habits|sugary drinks|junk food|soda|juice|candy|sugar|missed appointments|avoiding the dentist|putting it off|ignoring it)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (were|was|had been|have been) (offered|given) (a|an|the|two|three|several|multiple|every|plenty of|another|earlier|other|alternative|options|more|four|other options)', contexts: ['review-reply'], unlessSentenceHas: ['sorry', 'glad', 'happy', 'hope', 'thank', 'thanks'] },
  // "…and turned it down" after what the reader was offered; not "We've turned the TV volume down".
  { phrase: '(you|u|and|but|then|yet) (turned|turn) (it|them|that|the offer|the appointment|the slot|the time|the date|the referral) down', contexts: ['comment', 'review-reply'], notAfter: ['we', 'weve', 'i', 'ive', 'our', 'they', 'theyve', 'staff', 'team'] },
  { phrase: '(falls|fall|rests|rest|lies|lie|sits|sit|is|lands) (on|with|squarely on|squarely with|entirely on|partly on) (the parents|parents|you|the patient|the family|your shoulders|the guardian|the patients|patients|families)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['not', 'never', 'us', 'sorry'] },
  { phrase: '(per|by|according to|in|from|as per) your own (description|admission|words|account|story|telling|review|message|email|text|voicemail|post|comment|note|request)', contexts: ['comment', 'review-reply'] },
  { phrase: '(was|were) left (blank|empty|unsigned|incomplete|unanswered|unfinished)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'sorry'] },
  { phrase: "(isn't|isnt|is not|not|wasn't|wasnt) (a|an) (valid |good |)(reason|excuse) (to|for) (skip|skipping|miss|missing|no show|no showing|cancel|cancelling|ignore|ignoring|not|being late|arriving late)" },
  { phrase: '(message|messages|call|calls|voicemail|voicemails|email|emails|letter|letters|texts|reminders|statements) (was|were|have been|has been) (never|not) (returned|answered|acknowledged|responded to|opened|read|paid|picked up)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  { phrase: "(was|is|were|are) (your|ur) (* |)(responsibility|job|duty|obligation)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['not', 'never', 'sorry', 'our', 'isnt', 'wasnt'] },
  // Responsibility handed to "the adult in the room", the policy holder, the parent.
  { phrase: 'is the (sole |own |)responsibility of the (adult|adults|patient|patients|parent|parents|guardian|guardians|policy holder|policyholder|account holder|subscriber|member|insured|cardholder|person|individual|family|grown ups|grownups)', contexts: ['comment', 'review-reply'] },
  { phrase: '(the|only|an|one) adult in the room', contexts: ['comment', 'review-reply'] },
  // The fault turned back on the practice, in mock disbelief ("Apparently it's our fault…").
  { phrase: "(apparently|i guess|guess|naturally|obviously|suddenly|of course|somehow|so now) (it's|its|it is|that's|thats|this is|it was|that was) (all |now |somehow |)(our|my|the office's|the offices|the dentist's|the dentists|the doctor's|the doctors|the staff's|the staffs|the front desk's|the front desks) (fault|problem|responsibility|job)" },
  // A group told to own it ("Parents, own it.", "People, do better.").
  { phrase: "(parents|people|folks|everyone|moms|dads|families|adults|guys|yall|y'all|patients) (own it|own up|own that|step up|do better|take responsibility|get it together|wake up|be better)", wholeSentence: true },
  // An excuse held up against what the practice saw ("after he told us he was too sick").
  { phrase: '(told us|said|claimed|swore|insisted|assured us|texted us|called to say) (that |)(he|she|you|they|your kid|your son|your daughter|your child) (was|were|is|are|had|had been|was too|were too) (too sick|sick|out of town|too busy|busy|ill|unable|stuck|snowed in|too ill|too tired)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'hope', 'feel', 'feeling', 'better', 'wishing'] },
  { phrase: '(too sick|too busy|too ill|too tired) to ~ (but|yet) (well enough|healthy enough|not too|had time|found time|able|fine)', contexts: ['comment', 'review-reply'] },
  // Exasperation that the reader could not follow what was said ("how much clearer can we make it").
  { phrase: '(how|what) (much |any |)(clearer|plainer|more obvious|more explicit|more clearly) (can|could|should|would|do|did|are) (we|i|it|this|that|they)', contexts: ['comment', 'review-reply'] },
  { phrase: '(how|what) (much |any |)(clearer|plainer|more obvious|more explicit|more clearly) (we|i|it|this|that|they) (can|could|should|would|are able)', contexts: ['comment', 'review-reply'] },
  { phrase: '(made|make|making|be|been|get|gotten) (it|this|that|things|the sign|the policy) any (clearer|plainer|more obvious|more explicit|more clear)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you|u) (should|shouldve|should've|need to|have to|must|ought to|gotta|better) (really |honestly |seriously |actually |maybe |probably |definitely |)(take better care|be more careful|be more responsible|look in the mirror|stop blaming|stop complaining|pay attention|pay more attention|read the|read your|read our|learn to|learn how|grow up|respect)", contexts: ['comment', 'review-reply'] },
  // Session 5 (blind round 4): blame in indirect, polite-sounding, regional and non-native dress.
  // The reader's own consent held up against them ("Dr. Adeyemi offered the nitrous and you said yes", "you was signing the form").
  { phrase: '(you|u) (said yes|said okay|said ok|agreed|consented|gave consent|gave your consent|gave us the ok|gave us the go ahead|okayed it|approved it|initialed|initialled|signed off)', contexts: ['comment', 'review-reply'], notAfter: ['if', 'when', 'once', 'glad', 'happy', 'thrilled', 'thank', 'thanks', 'love', 'hope', 'whether', 'so'], notBefore: ['to', 'and'] },
  { phrase: '(you|u) (was|were) (signing|agreeing|consenting|initialing|nodding)', contexts: ['comment', 'review-reply'], notAfter: ['if', 'when', 'while', 'as'] },
  // Responsibility refused on condition of the reader's lapse ("Is not our responsibility if you don't read").
  { phrase: "(not|isnt|no|wasnt) (our|the offices|the doctors|my) (fault|responsibility|problem|job|concern) (if|when|that|because) (you|u|your|patients|people|parents|families) (dont|didnt|do not|did not|wont|never|cant|cannot|refuse|forget|forgot|miss|missed|ignore|ignored|skip|skipped|choose|chose)", contexts: ['comment', 'review-reply'] },
  // A habit pinned on the reader as the real cause ("you just hate flossing").
  { phrase: '(you|u|your kid|your son|your daughter|your child) (just|simply|obviously|clearly|honestly|really) (hate|hates|hated|dislike|dislikes|disliked|cant stand|can\'t stand|dont like|don\'t like|doesnt like|won\'t|wont|refuse|refuses|skip|skips|avoid|avoids) (flossing|brushing|to floss|to brush|wearing|to wear|coming in|the dentist|dentists|cleanings|your retainer|the retainer|his retainer|her retainer|elastics|rubber bands|reading|to read|listening|to listen|following|paying|to pay)', contexts: ['comment', 'review-reply'], notAfter: ['if', 'when', 'know', 'understand', 'get', 'whether', 'even'] },
  // Success made conditional on the reader doing their part ("Our results depend on families doing their part").
  { phrase: '(depend|depends|depended|rely|relies|relied|hinge|hinges|count|counts|require|requires|required) on ~ (doing|do|keeping up|holding up) (their|your|his|her) (part|share|end|homework|end of the deal|end of the bargain)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['thank', 'thanks', 'together', 'we', 'our team'] },
  // The reader's absences counted in public ("three missed adjustments").
  { phrase: '(show|shows|showed|reflect|reflects|list|lists|had|has|have|with|after|were|are|counted|count) (# |two |three |four |five |six |several |multiple |repeated |many |numerous |)(missed|skipped|cancelled|canceled|no show|noshow|late cancelled) (adjustments|appointments|visits|cleanings|checkups|follow ups|followups|sessions|check ins|recalls)', contexts: ['comment', 'review-reply'] },
  // Sending the fault back home ("look at what's in the pantry before you look at us").
  { phrase: '(before|instead of) (you |u |)(look|looking|blame|blaming|point fingers|pointing fingers|point the finger|pointing the finger|come after|coming after|go after|going after|point|pointing|accuse|accusing|judge|judging) (at |)(us|our office|the office|the dentist|dentists|the practice|our staff|our team)', notBefore: ['for', 'as', 'and', 'about'] },
  // Arriving late or scolding staff, in regional words ("you rocked up 25 minutes late and had a go at Sofia").
  { phrase: '(you|u|your son|your daughter|your family|your child|your kid|you guys|yall) (rocked up|rocked in|rolled up|rolled in|turned up|strolled in|waltzed in|wandered in|pitched up|fronted up|swanned in|breezed in|sauntered in) (# minutes|# mins|# min|an hour|half an hour|over an hour|nearly an hour|almost an hour|well over an hour|# minutes and) (late|after)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (then |also |just |)(had a go at|went off at|went off on|kicked off at|laid into|tore into|had a pop at|mouthed off at|mouthed off to|lost it at|let rip at|gave (her|him|them|our|the|sofia) an earful|took it out on|blew up at|went off at|snapped at|lashed out at|kicked off)', contexts: ['comment', 'review-reply'] },
  // A parent's feelings made the cause of the child's ("kids pick up on their parents' anxiety"; "If you're tense, they will be too").
  { phrase: "(kids|children|little ones|toddlers|your child|your son|your daughter|your kid|your kids|he|she|they) (pick up on|picks up on|picked up on|feed off|feeds off|fed off|sense|senses|sensed|mirror|mirrors|absorb|absorbs|copy|copies|feel|feels) (their parents|parents|your|a parents|their moms|their dads|moms|dads|mom and dads|their mothers|their fathers|their parent) (anxiety|fear|fears|stress|nerves|tension|emotions|energy|mood|attitude|panic|worry|worries|anxieties)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['often', 'can', 'may', 'sometimes', 'tend', 'helps', 'help', 'tip', 'normal', 'natural', 'totally'] },
  { phrase: "if (you|u) (are|re|youre|get|feel|seem|were) (tense|anxious|nervous|stressed|worked up|upset|scared|panicky|panicking|on edge|uptight|frantic|agitated) ~ (they|he|she|your child|your son|your daughter|your kid|kids|the kids) (will|ll|are going to|is going to|gonna|would) (be|feel|get) (too|as well|also|that way|the same)", contexts: ['comment', 'review-reply'] },
  // The reader's home care named as the cause ("gingivitis, which happens when brushing at home is inconsistent").
  { phrase: '(happens|happen|occurs|occur|comes|come|results|result|develops|develop|starts|start|caused|is caused|are caused) (when|from|by|because|if) (brushing|flossing|home care|oral hygiene|cleaning|hygiene|brushing and flossing) (at home |)(is|isnt|are|arent|was|gets|becomes|has been|is not|are not) (inconsistent|poor|lacking|spotty|skipped|not|neglected|irregular|missed|rushed|sloppy|infrequent|not consistent|not happening|inadequate)', contexts: ['comment', 'review-reply'] },
  // A reply that files the reader under patients who don't comply ("expected when patients don't follow the aftercare sheet").
  { phrase: "(when|if|because|since|whenever|once) (patients|people|parents|families|kids|children|folks|adults|teens) (dont|do not|didnt|did not|wont|will not|fail to|forget to|neglect to|refuse to|stop|skip|never) (follow|read|wear|keep|use|take|brush|floss|listen|do|show|come|bother|cooperate|stick)", contexts: ['review-reply'] },
  // A counterfactual help the reader did not give ("It would have helped if you had told us", "It would help if parents prepared their children").
  { phrase: "(would have|wouldve|might have|could have) (helped|been helpful|been easier|made a difference|saved) ~ if (you|u|parents|your|patients|people|he|she|they|someone)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'us', 'our'] },
  { phrase: "(it would help|it helps|it would really help|it would help a lot|it would be helpful) if (parents|patients|people|families|folks|moms|dads) (prepared|read|arrived|called|followed|checked|listened|brought|came|told|let|talked|explained|showed)", contexts: ['comment', 'review-reply'] },
  // The reader's family as the one at fault ("Your son was the one who would not open his mouth").
  { phrase: '(your|ur) (son|daughter|child|kid|husband|wife|family|partner|mom|dad|mother|father|boy|girl|teen|toddler) (was|were|is) the (one|ones) (who|that) (would|wouldnt|would not|refused|didnt|did not|kept|started|cancelled|canceled|missed|yelled|screamed|bit|hit|kicked|forgot|insisted|chose|decided|wanted|couldnt|could not|wont|never|was|were)', contexts: ['comment', 'review-reply'] },
  // "…which we warned against": the reader's act, foreseen by the office.
  { phrase: '(which|that|exactly what|just as|precisely what|as) (we|the doctor|dr *|our team|our hygienist|our staff|i) (had |specifically |explicitly |clearly |repeatedly |)(warned|cautioned|advised) (against|about|you about|you against|you not to|him not to|her not to|them not to)', contexts: ['comment', 'review-reply'] },
  // The cause sent away from the office ("Your kid's cavities didn't come from us").
  { phrase: "(didnt|did not|dont|do not|doesnt|does not|didn't|don't|doesn't) (come|came) from (us|our office|this office|here|our care|our staff|the cleaning|the treatment|anything we did|our end)", contexts: ['comment', 'review-reply'] },
  // Session 5, third batch (own variants in formal, regional and non-native registers).
  // The lapse placed "on your end" ("your secondary insurance was never updated on your end").
  { phrase: '(never|not|wasnt|werent|didnt|isnt|arent|was not|were not) ~ (on|from) (your|ur) (end|side)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'our'] },
  // "…and then wonder why it takes so long": the reader's surprise at their own doing.
  { phrase: '(then|and then|and) (wonder|wonders|wondered|act surprised|acts surprised|are surprised|is surprised|get mad|gets mad|got mad|get upset|gets upset|got upset|complain|complains|complained) (why|that|when|about)', contexts: ['comment', 'review-reply'] },
  // A snide correction dressed as a suggestion ("Perhaps next time you could read the text reminders").
  { phrase: '(maybe|perhaps|possibly) next time (you|u|ya) (could|can|might|should|would|may want to|need to|have to|must) (read|check|call|arrive|bring|remember|look|listen|show|come|follow|pay|fill|let|tell|confirm|ask|plan|open|answer|be|leave|keep)', contexts: ['comment', 'review-reply'], unlessTextHas: ['love', 'thank', 'thanks', 'glad', 'welcome', 'happy', 'fun'] },
  // The condition there before the office ("the cavity was there long before you came to us").
  { phrase: '(there|present|already there|already present|already) (long |way |well |years |months |)before (you|u|he|she|your son|your daughter|your child|they|your kid) (came|came to|first came|walked|started|joined|switched|saw|ever came|ever saw|ever walked)', contexts: ['comment', 'review-reply'] },
  // Session 5, fourth batch (own variants: terse, formal, Indian and British English).
  // An instruction whose point is the reader's lapse ("please do bring the insurance card so this does not repeat").
  { phrase: "(please|kindly|just) (do |)(bring|read|call|check|arrive|confirm|update|fill|sign|remember|make sure|let us know|tell us|show up|come) ~ so (this|that|it) (does not|doesnt|doesn't|won't|wont|will not|never|do not) (happen|repeat|occur|recur)", contexts: ['comment', 'review-reply'] },
  // "maybe don't give him candy before his cleaning next time".
  { phrase: "(maybe|perhaps) (dont|don't|do not|stop|try not to|quit) (give|giving|let|letting|feed|feeding|send|sending|bring|bringing|buy|buying) (him|her|them|your|the kids|the kid|ur|my|their)", contexts: ['comment', 'review-reply'] },
  // Neglect named as the cause ("from the tooth being left untreated for so long").
  { phrase: "(being|was|been|were|had been) left (untreated|alone|unchecked|too long|for so long|that long|so long|for months|for years)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['can', 'may', 'could', 'if', 'might', 'sorry', 'we', 'our'] },
  { phrase: "(we|were|we are|i am|im|i) (not|arent|aren't|wasnt|wasn't|werent|weren't) the (ones|one) (who|that) (cancelled|canceled|missed|forgot|showed up|arrived|didnt|did not|no showed|yelled|left|skipped|ignored|came)", contexts: ['comment', 'review-reply'] },
  // The easy step the reader skipped ("could have been avoided with a simple phone call from your side").
  { phrase: "(could|would|might) have been (avoided|prevented|resolved|sorted|fixed|cleared up) (with|by|if|had)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['we', 'our', 'us', 'sorry', 'apologize', 'apologise'] },
  { phrase: "(a simple|one|a quick|a single|just one|just a) (phone call|call|email|text|message) (from|on) (you|your side|your end|your part)", contexts: ['comment', 'review-reply'] },
  // "…and nobody told us": the reader's silence as the cause.
  { phrase: "(nobody|no one|noone) (told|informed|notified|let|warned|called|updated) (us|the office|our office|our front desk)", contexts: ['comment', 'review-reply'], unlessTextHas: ['thank', 'thanks', 'appreciate'] },
  // "if your son brushed the way Kezia showed him, we wouldn't be here".
  { phrase: "we (wouldnt|wouldn't|would not) (be here|be having this conversation|be in this situation|be talking about this|need to be here)", contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'apologize', 'apologise'] },
  // "Innit your job to read the confirmation email?" (British and US tags).
  { phrase: "(isnt|isn't|innit|is it not|aint|ain't) (it |that |)(your|ur) (job|responsibility|duty|problem|lookout)", contexts: ['comment', 'review-reply'] },
  // "because of patients like you who don't show up".
  { phrase: "(because of|thanks to|due to) (patients|people|families|parents|folks|customers) (like you|like yourself|like u|who dont|who don't|who do not|who never|who cancel|who no show|who don't show)", contexts: ['comment', 'review-reply'] },
  // "…which we asked him not to do".
  { phrase: "(which|that|something|exactly what|just as|precisely what|as) (we|the doctor|dr *|our team|our hygienist|our staff|i) (had |specifically |explicitly |clearly |repeatedly |)(asked|told|instructed|reminded|begged) (you|him|her|them|your son|your daughter) not to", contexts: ['comment', 'review-reply'] },
  // "Your family had been warned about the balance several times."
  { phrase: "(you|your family|your son|your daughter|he|she|they|your husband|your wife|u) (were|was|had been|have been|has been) (warned|told|reminded|notified|informed|advised|asked) ~ (several times|multiple times|many times|numerous times|repeatedly|twice|more than once|# times|three times|again and again|over and over)", contexts: ['comment', 'review-reply'] },
  // Session 5, fifth batch (own variants: politeness as a weapon, questions, closers).
  // Home care named as the cause ("the decay is the result of poor brushing at home").
  { phrase: '(result of|caused by|due to|because of|comes from|came from|from|down to) (poor|inconsistent|bad|a lack of|lack of|not enough|infrequent|improper|sloppy|irregular|inadequate|careless|rushed) (brushing|flossing|home care|oral hygiene|hygiene|diet|habits|eating habits|care at home)', contexts: ['review-reply', 'comment'], unlessSentenceHas: ['can', 'may', 'often', 'usually', 'most', 'many', 'some', 'typically', 'common', 'commonly', 'if', 'tip'] },
  // "…which clearly didn't happen here".
  { phrase: "(which|that|and that|and it|but that|but it) (clearly |obviously |evidently |apparently |sadly |unfortunately |)(didnt|didn't|did not|wasnt|wasn't|was not|hasnt|hasn't|has not) (happen|happened|the case|done) (here|this time|in this case|at home)", contexts: ['comment', 'review-reply'] },
  // "Whose fault is that though?"
  { phrase: 'whose (fault|problem|responsibility|doing|mistake) (is|was|s) (that|this|it)', contexts: ['comment', 'review-reply'] },
  // The forbidden food named ("…an apple, which is on the do-not-eat list").
  { phrase: '(which|that|both|all) (is|was|are|were) (clearly |specifically |)(on|in) (the|our|your) (do not eat|dont eat|avoid|no|forbidden|foods to avoid|no no|banned) list', contexts: ['comment', 'review-reply'] },
  // Session 5, sixth batch (own variants: billing and scheduling disputes).
  { phrase: '(which|that) (were|was|have been|has been|had been) (never|not) (paid|returned|signed|submitted|completed|filled out|brought|picked up|scheduled)', contexts: ['review-reply'], unlessSentenceHas: ['we', 'our', 'us', 'sorry'] },
  { phrase: '(we|our team|the doctor|dr *|she|he|our hygienist|everyone) (waited|held the chair|held the room|held your slot|held the slot|sat waiting|waited around) (on you |for you |for your son |for your daughter |)(for |)(# minutes|# mins|an hour|half an hour|twenty minutes|fifteen minutes|thirty minutes|forty minutes|over an hour|nearly an hour|# min)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'glad', 'happy'] },
  { phrase: '(pretty sure|fairly sure|im pretty sure|last i checked|last time i checked|i believe) (the|our) (sign|signs|website|policy|form|forms|paperwork|email|text|door|estimate) ~ (says|said|states|stated|clearly says|clearly states|explains)', contexts: ['comment', 'review-reply'] },
  // Session 5, seventh batch (non-native English: progressive for habit, "come before" for "sooner").
  { phrase: '(your|ur) (son|daughter|child|kid|boy|girl|husband|wife|baby|toddler) (was|were|is) (not|never) (wanting|willing|cooperating|listening|sitting|opening|staying|letting|following|behaving)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u|ya) (should|shouldve|should have|should\'ve|must|had to|needed to) (come|came|call|called|come in|came in|see us|seen us|visit|visited|book|booked) (before|earlier|sooner|months ago|weeks ago|right away|at first|long before|long ago)', contexts: ['comment', 'review-reply'], notAfter: ['if', 'glad', 'hope', 'wish'] },
];

// ---- Word classes for the blame structures (lib/checks/tone/blame-structures.ts) ----

/** Words before "you" that make what follows a condition, a wish or thanks, not an accusation. */
export const CONDITIONALS: readonly string[] = [
  'if', 'when', 'whenever', 'whether', 'unless', 'case', 'once', 'hope', 'hoping', 'wish', 'glad', 'happy', 'thrilled', 'thank',
  'thanks', 'love', 'appreciate', 'grateful', 'proud', 'hear', 'heard', 'sad', 'worried', 'concerned', 'seems', 'sounds',
];

/** Adverbs that may stand between the reader and the fault ("you conveniently forgot"). */
export const BLAME_ADVERBS: readonly string[] = [
  'just', 'simply', 'then', 'still', 'also', 'completely', 'clearly', 'repeatedly', 'conveniently', 'apparently', 'obviously',
  'actually', 'even', 'only', 'both', 'again', 'totally', 'entirely', 'all', 'solely', 'purely', 'knowingly', 'deliberately',
];

/** Past-tense faults that need nothing after them to accuse ("you ignored", "you refused"). */
/** Compliance a reply may say the reader "actually" failed at ("if you actually flossed"). */
export const COMPLIANCE_VERBS: readonly string[] = [
  'flossed', 'brushed', 'read', 'listened', 'followed', 'showed', 'called', 'paid', 'came', 'wore', 'took', 'checked', 'did',
  'brought', 'arrived', 'responded', 'answered', 'floss', 'brush', 'listen', 'follow', 'show', 'call', 'pay', 'come', 'wear',
  'take', 'check', 'bring', 'arrive', 'bothered', 'cared', 'tried',
];

export const FAULT_VERBS: readonly string[] = [
  'ignored', 'neglected', 'refused', 'forgot', 'failed', 'declined', 'skipped', 'disregarded', 'misread', 'misunderstood',
  'overlooked', 'lied', 'yelled', 'screamed', 'cursed', 'swore', 'argued', 'berated', 'insulted', 'harassed', 'threatened',
  'noshowed', 'neglect', 'ignore', 'refuse', 'fail', 'forget', 'misremember', 'misremembered', 'omitted', 'exaggerated',
];

/** Faults that accuse only with the right next word ("you chose to", "you waited until"). */
export const SOFT_FAULT_VERBS: Readonly<Record<string, readonly string[]>> = {
  chose: ['to', 'not'],
  decided: ['to', 'not', 'against'],
  opted: ['to', 'not', 'out'],
  waited: ['too', 'until', 'till', 'over', 'weeks', 'months', 'years', 'days'],
  missed: ['your', 'the', 'two', 'three', 'several', 'multiple', 'both', 'all', 'every', 'our', 'appointments', 'four'],
  left: ['before', 'without', 'early', 'mid', 'halfway'],
  walked: ['out', 'away', 'off'],
  hung: ['up'],
  stormed: ['out', 'off'],
  showed: ['up'],
  arrived: ['late', 'after', 'without'],
  came: ['late', 'without', 'in'],
  cancelled: ['again', 'twice', 'three', 'last', 'multiple', 'several', 'four', 'at'],
  canceled: ['again', 'twice', 'three', 'last', 'multiple', 'several', 'four', 'at'],
  knew: ['the', 'about', 'that'],
  agreed: ['to'],
  signed: ['the', 'a', 'our', 'off'],
};

/** After "you didn't"/"you never": things that happen to the reader, so the fault is ours. */
export const SELF_RECEIVED: readonly string[] = [
  'get', 'got', 'gotten', 'receive', 'received', 'hear', 'heard', 'see', 'saw', 'seen', 'feel', 'felt', 'like', 'liked',
  'enjoy', 'enjoyed', 'deserve', 'deserved', 'expect', 'expected', 'mean', 'meant', 'know', 'knew', 'want', 'wanted', 'think',
  'experience', 'experienced', 'worry', 'mind', 'go', 'wait', 'waited', 'leave', 'have', 'had', 'need', 'needed', 'been',
  'find', 'found', 'lose', 'lost', 'pay', 'owe', 'hurt', 'suffer', 'suffered', 'understand', 'realize', 'realise',
];

/** Participles of things the office does for the reader ("you should have been called"). */
export const UNDONE_BY_US: readonly string[] = [
  'contacted', 'told', 'called', 'notified', 'given', 'sent', 'offered', 'informed', 'charged', 'billed', 'treated', 'helped',
  'asked', 'warned', 'reminded', 'seen', 'greeted', 'refunded', 'explained', 'shown', 'offered', 'scheduled', 'checked',
];

/** Behaviour of a child or relative that a reply may hold against the reader. */
export const MISBEHAVIOUR: readonly string[] = [
  'screamed', 'screaming', 'kicked', 'kicking', 'bit', 'biting', 'hit', 'hitting', 'refused', 'refusing',
  'threw', 'throwing', 'yelled', 'yelling', 'cursed', 'cursing', 'spit', 'spat', 'uncooperative', 'disruptive', 'combative',
  'misbehaved', 'misbehaving', 'tantrum', 'tantrums', 'punched', 'slapped', 'scratched', 'ran', 'running', 'climbing', 'rude',
  'unruly', 'violent', 'aggressive', 'fought', 'fighting',
];

/** After "your son wouldn't": refusals to cooperate ("wouldn't sit still", "couldn't stay put"). */
export const UNCOOPERATIVE: readonly string[] = [
  'sit', 'open', 'cooperate', 'stay', 'listen', 'let', 'calm', 'settle', 'follow', 'keep', 'hold', 'behave',
];

/** States and acts that make the reader the cause ("because your forms were incomplete"). */
export const FAULT_STATES: readonly string[] = [
  'late', 'incomplete', 'missing', 'expired', 'wrong', 'inactive', 'lapsed', 'outdated', 'invalid', 'never', 'didnt', 'failed',
  'forgot', 'refused', 'cancelled', 'canceled', 'missed', 'skipped', 'ignored', 'declined', 'chose', 'decided', 'waited',
  'kept', 'neglected', 'unpaid', 'overdue', 'delinquent', 'dont', 'wont', 'wouldnt', 'couldnt', 'werent', 'wasnt', 'not',
];

/** Nouns that make a fault the reader's own ("your own doing", "due to your lateness"). */
export const FAULT_NOUNS: readonly string[] = [
  'fault', 'doing', 'mistake', 'error', 'problem', 'negligence', 'lateness', 'tardiness', 'failure', 'noncompliance',
  'carelessness', 'oversight', 'responsibility', 'cancellation', 'cancellations', 'absence', 'behavior', 'behaviour',
];

/** Nouns that blame only in the past tense ("it was your decision", not "it's your decision"). */
export const PAST_FAULT_NOUNS: readonly string[] = ['decision', 'choice', 'call', 'idea'];

/** "-ing" faults right after "you" ("remembers you yelling at Trevor"). */
export const GERUND_FAULTS: readonly string[] = [
  'yelling', 'screaming', 'cursing', 'swearing', 'shouting', 'berating', 'insulting', 'threatening', 'harassing', 'arguing',
  'storming', 'lying', 'refusing', 'ignoring', 'badmouthing', 'mocking',
];

/** Adverbs of doubt in a question to the reader ("Did you actually call?"). */
export const DOUBTING_ADVERBS: readonly string[] = ['actually', 'really', 'even', 'honestly', 'seriously', 'truly'];

/** Groups of patients a comment may blame in general ("if parents stopped…", "people who…"). */
export const BLAMED_GROUPS: readonly string[] = [
  'parents', 'people', 'patients', 'folks', 'families', 'everyone', 'everybody', 'kids', 'moms', 'dads', 'adults', 'customers',
  'someone', 'somebody', 'anyone', 'patient', 'parent',
];

/** Imperatives after "Next time," that correct the reader. */
export const NEXT_TIME_CORRECTIONS: readonly string[] = [
  'try', 'read', 'call', 'bring', 'check', 'make', 'plan', 'remember', 'arrive', 'show', 'come', 'ask', 'tell', 'listen',
  'follow', 'pay', 'double', 'confirm', 'consider', 'verify', 'look', 'give', 'wear', 'brush', 'floss', 'keep', 'be', 'do',
  'think', 'maybe', 'speak', 'talk', 'leave', 'get', 'use', 'take', 'actually', 'set', 'write', 'respect', 'learn',
];

/** The reader's own tasks, named as things (lib/checks/tone/reader-duty-lapses.ts): "the forms were not filled". */
export const READER_DUTIES: readonly string[] = [
  'notice', 'recommendation', 'recommendations', 'forms', 'form', 'paperwork', 'history', 'antibiotics', 'antibiotic', 'medication', 'medications', 'meds', 'instructions',
  'aftercare', 'retainer', 'retainers', 'elastics', 'aligners', 'referral', 'appointment', 'appointments', 'adjustments',
  'cleanings', 'copay', 'deposit', 'balance', 'cancellation', 'questionnaire', 'consent', 'waiver', 'prescription',
];
/** Acts of compliance a duty "was not" given ("not filled", "not finished as prescribed"). */
export const COMPLIED_PARTICIPLES: readonly string[] = [
  'filled', 'completed', 'complete', 'finished', 'taken', 'followed', 'worn', 'updated', 'brought', 'provided', 'paid', 'signed',
  'returned', 'read', 'submitted', 'done', 'kept', 'used', 'given', 'received', 'turned', 'sent', 'accurate', 'correct',
];
/** Lapses a duty "was" ("the appointment was missed", "the forms were incomplete"). */
export const LAPSED_DUTY: readonly string[] = [
  'missed', 'skipped', 'forgotten', 'ignored', 'declined', 'refused', 'incomplete', 'blank', 'unsigned', 'unfinished', 'abandoned', 'stopped',
  'discontinued',
];
