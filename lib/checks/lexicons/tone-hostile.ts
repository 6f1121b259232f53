// Hostile phrases: threats (legal or otherwise), calling someone a liar, telling them to leave.
// Source: written for this project. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';
import { defineWordClass } from '../tone/phrase-set';

const THREAT = 'This reads as a threat. Threatening a reviewer can make things much worse, including legally; take it offline.';
const LIAR = 'Calling someone a liar in public is hostile. Say you see it differently and invite them to call.';
const LEAVE = 'Telling someone to go away is hostile. Invite them to talk instead.';
const NOT_ADVICE = ['to', 'until', 'unless', 'before', 'without', 'if', 'for', 'while', 'till', 'til', 'after'];
// Services a practice says it is not, to mock what the reader expected ("we are not a daycare",
// "people who think a dentist's office is a drive-thru").
const NOT_OUR_ROLE = defineWordClass('not_our_role', [
  'daycare', 'day care', 'babysitter', 'babysitters', 'babysitting service', 'nanny', 'drive thru', 'drive through', 'drivethru',
  'fast food joint', 'fast food restaurant', 'vending machine', 'mind reader', 'mind readers', 'psychic', 'psychics', 'magician',
  'magicians', 'circus', 'zoo', 'playground', 'personal assistant', 'personal secretary', 'maid', 'butler', 'servants', 'genie',
  'complaint department', 'complaints department', 'punching bag', 'therapist', 'therapy session',
]);
// Warm words that make laughing or reading a review aloud a shared joy, not contempt.
const WARM_TEXT = ['thank', 'thanks', 'love', 'loved', 'kind', 'sweet', 'appreciate', 'smile', 'smiles', 'glad', 'congrats', 'proud'];
const INSULT =
  '(crazy|insane|delusional|nuts|unhinged|pathetic|ridiculous|a joke|a disgrace|ungrateful|entitled|rude|a nightmare|impossible|toxic|an idiot|a moron|stupid|dumb|a liar|a troll|a karen|clueless|a child|childish|a bully|a fraud|a scammer|disgusting|vile|unbelievable|a problem|the problem|the worst)';

/** Emoji that read as anger or contempt. */
export const HOSTILE_EMOJI: readonly string[] = ['😡', '🤬', '🖕', '😠', '🤡'];
/** In a post, 😤 is usually triumph ("ZERO cavities 😤"); aimed at a reader it is anger. */
export const HOSTILE_EMOJI_IN_REPLIES: readonly string[] = ['😤', '💅'];

export const HOSTILE_PHRASES: readonly ToneEntry[] = [
  // Legal threats.
  { phrase: '(legal action|take legal|taking legal|pursue legal|pursuing legal|legal steps|legal consequences|legal remedies|cease and desist|press charges|pressing charges|file charges|lawsuit|law suit)', severity: 'block', message: THREAT },
  { phrase: '(our|my|an|the practice\'s|the office\'s) (lawyer|lawyers|attorney|attorneys|legal team|legal department|legal counsel|counsel)', severity: 'block', message: THREAT, notAfter: ['no', 'not'], notBefore: ['free', 'referral', 'referrals', 'friends', 'friend', 'turned'] },
  { phrase: '(sue|suing|sued) (you|for|them|him|her)', severity: 'block', message: THREAT },
  { phrase: '(defamation|defamatory|slander|slanderous|libel|libelous)', severity: 'block', message: THREAT },
  { phrase: '(see|take|taking|drag|dragging|meet|seeing) (you|this|them) (in|to) (small claims court|small claims|court)', severity: 'block', message: THREAT },
  { phrase: '(we|we will|well|we\'ll|we are going to|were going to|we\'re going to|we may|we might) (report|expose|ban|block|name|blacklist|flag) (you|this reviewer|this person|them)', severity: 'block', message: THREAT },
  { phrase: '(remove|delete|take down) (this|your|the) (review|post|comment) (or|immediately or|now or)', severity: 'block', message: THREAT },
  { phrase: "(you'll|you will|youll|you're going to|youre going to) (regret|be sorry|pay for)", severity: 'block', message: THREAT },
  { phrase: '(watch yourself|watch your mouth|watch your back|keep talking|or else|you have been warned|you\'ve been warned|consider yourself warned)', severity: 'block', message: THREAT, notBefore: ['to', 'with', 'about'] },
  // Veiled threats: a notice served, rights reserved, options explored, evidence kept.
  { phrase: 'consider this (your|a|our|the|my|an) (official |formal |final |last |only |first |fair |)(notice|warning)', severity: 'block', message: THREAT },
  { phrase: '(legal|all legal|every legal|any legal) (option|options|avenue|avenues|recourse|remedy|measures)', severity: 'block', message: THREAT },
  { phrase: 'reserve (the|our|every) right to (refuse service|refuse care|refuse treatment|refuse to see|pursue|take legal|take further|take appropriate|take action|dismiss|discharge|ban|report|involve|seek|respond publicly|share)', message: THREAT },
  { phrase: '(we|we will|well|we are|were|we\'re|we\'ll|we intend to|we plan to|we may) (be |)(pursuing|pursue) (this|it|the matter|this matter|that|further|this further|it further)', severity: 'block', message: THREAT, notBefore: ['with', 'for'] },
  { phrase: '(we|i) (know|found out|figured out|know exactly|have figured out) who (you are|you really are|posted|wrote|is behind|left|you were)', severity: 'block', message: THREAT, unlessTextHas: ['thank', 'thanks', 'shoutout', 'kind', 'love', 'appreciate', 'grateful', 'sweet', 'generous', 'favorite', 'favourite', 'best', 'crew'] },
  { phrase: '(screenshots|screenshot|screen shots|screencaps|screenshotted|screenshotting) (saved|taken|captured|kept|on file|of every|of all|of your|of this)', contexts: ['comment', 'review-reply'], message: THREAT, notAfter: ['if', 'please', 'send', 'you', 'youve', 'could', 'can'] },
  { phrase: '(saved|taken|took|kept|keeping|taking|have|grabbed) (screenshots|a screenshot|screen shots|screencaps)', contexts: ['comment', 'review-reply'], message: THREAT, notAfter: ['if', 'please', 'send', 'you', 'youve', 'could', 'can', 'u'] },
  { phrase: '(we|i) know where you (live|work)', severity: 'block', message: THREAT },

  // Calling the reviewer a liar.
  { phrase: '(liar|liars|lier)', severity: 'block', message: LIAR },
  { phrase: "(you're|you are|youre|you were|is|are|stop|keep|quit|they're|she's|he's) lying", severity: 'block', message: LIAR },
  { phrase: 'lying (about|to|on|in your|in this)', severity: 'block', message: LIAR, notAfter: ['be', 'been', 'while', 'when', 'from', 'avoid'] },
  { phrase: '(posting|spreading|telling|writing|full of|pack of|nothing but|more|your|these|such|blatant|outright|total|complete|bold faced|bald faced|boldfaced|baldfaced) lies', severity: 'block', message: LIAR },
  { phrase: "(that's|that is|this is|what a|it's|its|it is|thats) (a |an |)(lie|total lie|blatant lie|complete lie|outright lie|flat out lie|bold faced lie|bald faced lie)", severity: 'block', message: LIAR },

  // Telling the person to leave.
  { phrase: "(don't|do not|dont|never|please don't|please do not|no need to) (come back|return|bother coming back|bother returning|show your face|bother coming in)", severity: 'block', message: LEAVE, notBefore: NOT_ADVICE },
  { phrase: '(go|be|take your business|take your family|feel free to go|feel free to take your business) elsewhere', severity: 'warn', message: LEAVE },
  { phrase: '(find|go find|look for|try|choose|pick) (another|a different|a new|some other) (doctor|dentist|practice|provider|office|clinic|pediatrician|physician|orthodontist)', severity: 'warn', message: LEAVE, notAfter: ['help', 'helping', 'glad', 'happy', 'assist', 'refer', 'if', 'want', 'prefer', 'youd', 'wed'], contexts: ['comment', 'review-reply'] },
  { phrase: "(you are|you're|youre|you're no longer|you are no longer) (no longer |not |)welcome (here|at our|in our|back)", severity: 'block', message: LEAVE },
  { phrase: "(you have been|you've been|youve been|you are|you're|youre|you were|you got) (banned|dismissed|discharged|kicked out|fired|blacklisted|blocked) (from|as|by)", severity: 'block', message: LEAVE },
  { phrase: '(good riddance|dont let the door hit you|don\'t let the door hit you)', severity: 'block', message: LEAVE },
  { phrase: '(be patient|deal with it|take it|accept it) or (be|go|leave|find)', severity: 'warn', message: LEAVE },

  // Contempt for the person.
  { phrase: '(grow up|get over it)', severity: 'block', sentenceStart: true },
  { phrase: "(shut up|how dare you|get a life|deal with it|the nerve|you have some nerve|you've got some nerve|what is your problem|what's your problem|whats your problem)", severity: 'block' },
  { phrase: '(stop|quit) (whining|complaining|crying|posting|lying|harassing|trolling|attacking|bothering|spamming|trashing|bashing)' },
  { phrase: "(nobody|no one) (cares|asked|wants you)", notBefore: ['more', 'as'] },
  { phrase: "(we|i) (don't|dont|do not) (care|need your business|need patients like you|want your business|want patients like you|need your money|need you|want you)" },
  { phrase: '(patients|people|customers|reviewers) like you', severity: 'block' },
  { phrase: 'you people' },
  { phrase: '(you got|you get|you got exactly) what you (deserved|deserve|asked for)', severity: 'block' },
  { phrase: 'serves you right', severity: 'block' },
  { phrase: "(not|none of) our (problem|concern)" },
  { phrase: 'your problem (not ours|not our)' },
  { phrase: "(we're|we are|were|i'm|i am) (honestly |really |frankly |truly |genuinely |)not sure what (you're|you are|youre|you were) (upset|complaining|mad|angry|so upset|so mad|going on) about" },
  { phrase: "what (exactly |)(are you|were you) (complaining|upset|mad|angry) about" },
  { phrase: `(you're|you are|youre|you were|you've been|you have been|you sound|you seem) (being |just |clearly |obviously |simply |so |really |very |)${INSULT}`, severity: 'block', notBefore: ['to', 'about', 'for'] },
  { phrase: '(troll|trolls|trolling)', contexts: ['comment', 'review-reply'] },
  { phrase: '(screw you|go to hell|get lost|get bent|piss off|f off|eff off|bite me|stfu)', severity: 'block' },
  { phrase: '(enough is enough|we are done with you|we\'re done with you|were done with you|we are done here)' },

  { phrase: 'like a (normal|reasonable|sane|decent|rational|regular) (person|human|adult|human being|patient|parent|customer)', severity: 'warn' },
  { phrase: 'why (would|did|do|on earth would|in the world would) you (post|write|say|do|leave|put) (this|that|it|a review|such)', contexts: ['comment', 'review-reply'] },
  { phrase: '(whoever keeps|whoever has been|to whoever|the person who keeps|the people who keep|to the person who|to the parent who|to the patient who)', notBefore: ['dropped', 'left', 'lost', 'forgot'], unlessTextHas: WARM_TEXT },
  { phrase: '(stop|quit) (asking|calling|emailing|messaging|commenting|tagging|arguing|yelling|screaming)', contexts: ['comment', 'review-reply'] },
  { phrase: '(take a breath|take a deep breath|calm down|chill out|relax|simmer down|settle down|get a grip)', contexts: ['comment', 'review-reply'], unlessTextHas: ['weve', 'well', 'welcome', 'help', 'glad', 'happy', 'thank', 'thanks'] },
  { phrase: '(listen|look|newsflash|excuse me|um|umm|ummm)', contexts: ['comment', 'review-reply'], sentenceStart: true },
  { phrase: '(will not|won\'t|wont|do not|don\'t|dont) (tolerate|put up with|stand for)', contexts: ['comment', 'review-reply'] },
  { phrase: '(will not|won\'t|wont) be tolerated', contexts: ['comment', 'review-reply'] },
  { phrase: '(the reviewer|this reviewer|this patient|the patient|this person|this family|he|she|they) (was|were|has been|have been|had been|got) (dismissed|discharged|banned|kicked out|fired|asked to leave|removed|escorted out)' },
  { phrase: '(ugh|ughh|ugh)', contexts: ['comment', 'review-reply'] },
  { phrase: "(are you kidding me|are you serious|you can't be serious|you cant be serious|give me a break|get real|unreal)", contexts: ['comment', 'review-reply'] },
  { phrase: '(anonymous|online|internet) (troll|trolls|coward|cowards|bully|bullies|keyboard warrior)' },
  { phrase: "(we|i) (don't|dont|do not|won't|wont|will not) (do|give|offer|issue) (refunds|refund|exceptions)", contexts: ['review-reply'] },
  { phrase: "(don't|dont|do not|never) (ever |)(threaten|talk to|speak to|yell at|curse at|swear at) (us|our staff|my staff|our team|our front desk)" },
  { phrase: '(we|i) (will|ll|won\'t|wont) (not |never |)(be |)(bullied|threatened|intimidated|extorted|blackmailed)', notAfter: [] },
  { phrase: "if you (don't|dont|do not) like (it|our|the|how|what)", contexts: ['comment', 'review-reply'] },
  { phrase: "(feel free to|you're free to|youre free to|you are free to) (leave|go|find|take your|look elsewhere|go elsewhere)", contexts: ['comment', 'review-reply'] },
  { phrase: '(not|never) (welcome|allowed) (back|here|in our|at our)' },
  { phrase: '(bye|goodbye|buh bye|bye bye|bye felicia|good day)', contexts: ['review-reply'], wholeSentence: true },
  { phrase: '(this|your|that) (review|complaint|comment|post|claim|rant) (is|was) (ridiculous|absurd|pathetic|laughable|insane|nonsense|garbage|trash|a joke|bs|bogus|childish|petty|a lie|unhinged)', severity: 'block' },
  { phrase: '(nobody|no one) (is |was |)(forced|forcing|forces|made|making|makes|asked|asking) you' },
  { phrase: '(hope|hopefully|i hope|we hope) (it|that|this) was worth it', contexts: ['comment', 'review-reply'] },
  { phrase: '(see if|like|as if) (we|i|anyone|anybody) (care|cares)', contexts: ['comment', 'review-reply'] },
  { phrase: 'go ahead (and |)(leave|post|write|tell|complain|report|sue|try|give)', contexts: ['comment', 'review-reply'], sentenceStart: true },
  { phrase: '(police|incident) report (has been|was|is being|will be|have been|has now been) (filed|made|submitted)', message: THREAT, severity: 'block' },
  { phrase: '(filed|file|filing|filled out|made) a (police|incident) report', contexts: ['comment', 'review-reply'], message: THREAT, severity: 'block' },
  { phrase: "(feel free to|you're free to|youre free to|you are free to|go ahead and) (delete|unfollow|block|close|cancel) (your|ur|us|the)", contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: "(don't|do not|dont|won't|will not|wont) (negotiate|bargain|deal) with (reviewers|you|people|patients|trolls|threats|anyone)", contexts: ['comment', 'review-reply'] },
  { phrase: '(sharing|share|release|releasing|publish|publishing|post|posting|forward|forwarding|send|sending|provide|providing) (the |our |)(full |entire |complete |unedited |)(recording|recordings|footage|video|transcript|call recording|screenshots|evidence) (with|to) (yelp|google|facebook|the public|everyone|the board|our attorney|the police|your employer|the authorities|our lawyer)', contexts: ['comment', 'review-reply'], message: THREAT, severity: 'block' },
  { phrase: '(reads|sounds|looks|read|sound|look) (like|more like) a (tantrum|rant|fit|meltdown|joke|child|toddler|two year old|spoiled child|temper tantrum)', contexts: ['comment', 'review-reply'] },
  { phrase: "(won't|wont|will not|no longer|are not|aren't|arent|not) (be |)(accepting|scheduling|booking|seeing|treating|serving|taking) ~ (you|your family|your kids|your son|your daughter|you or your|your children|your household)", contexts: ['comment', 'review-reply'], message: LEAVE, unlessSentenceHas: ['until', 'swelling', 'fever', 'sick', 'healed', 'antibiotics', 'after', 'sorry', 'unfortunately', 'network', 'insurance', 'plan'] },
  { phrase: '(your|ur) (little |)(review|reviews|complaint|complaints|drama|rant|rants|business|negativity|opinion|opinions|nonsense) (somewhere else|someplace else|elsewhere|to yelp|to google)', contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: '(your|ur) little (review|rant|tantrum|complaint|post|story|comment|outburst|performance|show|stunt|crusade|meltdown|fit)', contexts: ['comment', 'review-reply'], severity: 'block' },
  { phrase: '(will be|be|is being|has been|was|were|have been|are being) (reported|referred|forwarded|escalated|turned over) to (the |our |)(police|authorities|cops|sheriff|board|licensing board|attorney|lawyer|legal|legal team|state board|our attorney|our lawyer)', message: THREAT, severity: 'block' },
  { phrase: '(this kind of|that kind of|such|your|this|the) drama', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['no', 'free', 'zero', 'without'] },
  { phrase: '(nobody|no one|we|i) (here |)(has|have|has got|got|ve got) (no |)time for (this|your|that|such|people|patients)', contexts: ['comment', 'review-reply'] },
  { phrase: '(you must be|must be|you sound like|you seem like|sounds like you are) (so |)(fun|a joy|a delight|a treat|great|a peach|a ray of sunshine) (at parties|to be around|to work with|to live with|to deal with)', contexts: ['comment', 'review-reply'] },
  { phrase: '(kindly|please|we ask that you|we ask you to) refrain from (posting|spreading|making|writing|leaving|sharing|contacting|calling|harassing|publishing)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(consider|considers|deem|deems) (this|the|that|your) (matter|issue|conversation|discussion|case|file|account|chart|relationship) (closed|settled|concluded|finished|over|done)', contexts: ['comment', 'review-reply'], message: LEAVE, unlessTextHas: ['thank', 'thanks', 'anytime', 'sorry', 'glad', 'happy'] },
  { phrase: '(this|the|that) (matter|issue|conversation|discussion|case) (is|has been|was) (now |)(closed|settled|concluded|finished|over|done|resolved) (and|so|we)', contexts: ['comment', 'review-reply'], message: LEAVE, unlessTextHas: ['thank', 'thanks', 'anytime', 'sorry', 'glad', 'happy'] },
  { phrase: "(will not|won't|wont|do not|don't|dont) (discuss|address|comment on|engage with|entertain) (it|this|that|the matter|this matter|this further|it further|the issue) (further|any further|anymore|again|publicly|here)", contexts: ['comment', 'review-reply'], message: LEAVE, unlessSentenceHas: ['privacy', 'private', 'privately', 'please', 'call', 'phone', 'offline', 'hipaa', 'email', 'directly', 'protect'] },
  { phrase: 'you get what you (pay|paid) for', contexts: ['comment', 'review-reply'] },
  { phrase: "(don't|dont|do not) come (crying|running|complaining|whining|back crying) to (us|me|our office)", severity: 'block', message: LEAVE },
  { phrase: '(your|ur|their) loss', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(move along|moving along|nothing more to see here)', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(the|such|what|that) (audacity|gall|cheek)', contexts: ['comment', 'review-reply'] },
  { phrase: "(sounds like|seems like|that's|thats|that is|this is|sounds|seems) (a |)(you|u|your|ur) (problem|issue|thing|personal problem)", contexts: ['comment', 'review-reply'] },
  { phrase: '(no second chances|no more chances|no more warnings)', contexts: ['comment', 'review-reply', 'post'], message: THREAT },
  { phrase: '(this is|consider this|that was) (your|the) (last|final|only) (chance|warning|notice)', message: THREAT },
  { phrase: 'take (your|ur) (# star|# stars|one star|1 star|review|rating|stars|business|complaints|kids|family) and (go|leave|run|get out|move on|go elsewhere)', contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  { phrase: "(you are|you're|youre|your family is|your family are|you and your family are) no longer (a patient|patients|our patient|our patients|a client|clients) (of|at|here|with)", severity: 'block', message: LEAVE },
  { phrase: "(not|no longer) (interested in|in need of) (your|ur) (business|money|opinion|feedback|patronage|custom)", contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: "or (don't|dont|do not) (come|bother|come back|return|bother coming|book|show up)", contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  { phrase: 'says (more|a lot|everything|plenty|all we need to know) about (you|who you are|your character|the reviewer|the writer)', contexts: ['comment', 'review-reply'], unlessTextHas: WARM_TEXT },
  { phrase: '(forced|have no choice but|no choice but|left with no choice but) to (take|pursue|involve|contact|report|remove|ban|block|dismiss|discharge|escalate)', contexts: ['comment', 'review-reply'], message: THREAT, unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'close', 'closed', 'closing', 'reschedule', 'cancel', 'weather'] },
  { phrase: 'if (you|u) (continue|keep|persist) (to post|posting|to write|writing|to harass|harassing|to contact|contacting|to call|calling|to threaten|threatening|to spread|spreading|like this|this behavior|this behaviour)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: "(we'll|well|we will|we are|were|we're|we) (be |do |)(just |perfectly |totally |)(fine|okay|ok|alright) without (your|ur|you|u)", contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: "(don't|dont|do not) like (it|that|our policy|our policies|our rules|our prices|the rules|the policy|how we do things)", contexts: ['comment', 'review-reply'], sentenceStart: true, message: LEAVE },
  // Veiled threats of escalation and of a record kept.
  { phrase: "(hate|hate for|not want|dont want|don't want|wouldnt want|wouldn't want) (for |)(this|things|it|the situation|matters|this situation) to (escalate|get worse|go further|go any further|turn ugly|get ugly|become legal|get legal)", contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(before|so) (this|it|things|the situation) (escalates|escalate|goes any further|goes further|gets out of hand|gets ugly)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(think|thinking) (carefully|twice|long and hard|very carefully|hard) (before|about) (posting|writing|leaving|saying|you post|you write|commenting|making|you say|sharing)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(be careful|careful) what (you|u|people) (post|write|say|share|put)', message: THREAT },
  { phrase: '(choose|watch|mind) your words', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(this|that|your behavior|your behaviour|your comment|your review|your conduct|your language|your outburst|the incident|it|your post|your threat|your threats) (has been|was|is|will be|have been|has now been) (noted|documented|recorded|added|flagged|logged|saved)', contexts: ['comment', 'review-reply'], message: THREAT },
  // Farewells that are a door closing.
  { phrase: 'have a (nice|good|great|wonderful|happy|blessed|nice little) life', contexts: ['comment', 'review-reply'], message: LEAVE, unlessTextHas: ['thank', 'thanks', 'miss', 'love', 'glad', 'congrats', 'congratulations', 'sorry', 'hope'] },
  { phrase: '(suggest|recommend|advise|encourage) (you|that you|u) (do the same|move on|let it go|get over it|look elsewhere|try elsewhere|go elsewhere)', contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: "(you'll|youll|you will|you're going to|youre going to) need it", contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(some|certain) (people|folks|patients|parents|customers|individuals) (will never|are never|can never|wont ever|won\'t ever|just cant|just can\'t|cannot|cant|can\'t|will not) (be |)(happy|satisfied|pleased|content|be pleased)', contexts: ['comment', 'review-reply'] },
  { phrase: '(the|such|your|this|that|what|the sheer|the level of) entitlement', contexts: ['comment', 'review-reply'] },
  { phrase: '(cry me a river|cry harder|cry about it)', contexts: ['comment', 'review-reply'] },
  { phrase: 'cry more', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(not|never) a (great|good|nice|cute) look', contexts: ['comment', 'review-reply'], wholeSentence: true },
  { phrase: '(to the|dear|to whoever is|to the people|to those) (person|people|individual|individuals|someone|whoever|account|reviewer|troll) (leaving|posting|writing|spreading|behind|who keeps|who keep|sending)', message: THREAT },
  { phrase: "(we've|we have|weve|we|i've|ive|i have) (had|have had) (enough|it) (of|with)", contexts: ['comment', 'review-reply', 'post'] },
  { phrase: "(we|i) (don't|do not|dont) owe (you|anyone|anybody|you guys|people|u|reviewers) (an explanation|anything|an apology|a refund|a thing|explanations)" },
  { phrase: '(treat|speak to|talk to) (our|my) (team|staff|front desk|employees|hygienists|doctors|receptionists|people) (with respect|kindly|nicely|politely|respectfully|decently|better) or', message: LEAVE },
  { phrase: 'bless (your|his|her|their) (heart|soul|little heart)', contexts: ['comment', 'review-reply'], unlessTextHas: WARM_TEXT },
  // "reviews like yours are why we love Mondays" is thanks.
  { phrase: '(reviews|comments|posts|people|ppl|folks|karens|patients|parents|customers|reviewers) like (this|these|that|yours|you) (are|is) (why|the reason|exactly why|what)', contexts: ['comment', 'review-reply'], unlessTextHas: WARM_TEXT },
  { phrase: '(some|certain|these) (patients|people|parents|families|customers|folks|reviewers) (are|is) (just |simply |really |honestly |truly |)(impossible|the worst|exhausting|unbelievable|ridiculous|entitled|crazy|insane|nuts|a nightmare|something else|too much|beyond help)', contexts: ['comment', 'review-reply'] },
  { phrase: '(need to|have to|bother|bother to|worry about) (scheduling|booking|rebooking|coming back|returning) (with us |here |to us |to our office |)(again|anymore|ever again|in the future)', contexts: ['comment', 'review-reply'], unlessSentenceHas: ['sorry', 'glad', 'happy', 'great', 'healed', 'done', 'finished', 'treatment', 'filling', 'crown', 'extraction'] },
  { phrase: "(we're|we are|were|i'm|i am) (done|finished) (here|with you|talking|with this|responding)" },

  // Dismissal: closing the door on the reader.
  { phrase: '(we|i) (wont|will not|are not going to|arent going to) (miss|be missing) (you|your|them|him|her)', severity: 'block', message: LEAVE },
  { phrase: "(not|never|wont|will not|arent|are not|isnt) (going to |gonna |)(argue|argue with you|dignify|engage|debate|waste (our|my|any more) time)", unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'understand'] },
  { phrase: 'nothing (more |else |further |)to (discuss|say|talk about|add) (with you|to you|here)' },
  { phrase: "(don't|dont|do not) (bother|even bother) (calling|coming|contacting|writing|emailing|messaging|replying|responding|reaching|trying|asking|rebooking|booking|scheduling|rescheduling|returning|showing up|coming back|making another|making an|leaving another|leaving a|posting|commenting|reviewing)", message: LEAVE },
  { phrase: "(we|i) (don't|dont|do not|won't|wont|will not) (treat|see|serve|accept|want|need|deal with) (people|patients|anyone|someone|families|those|customers|parents|adults) (who|that|like)" },
  { phrase: '(whatever|unbelievable|pathetic|ridiculous|embarrassing|absurd|laughable|sickening|shameful|typical|classic|next|yawn|grow up|get over it|move on|moving on|do better|figure it out|read it|look it up|google it|ok|okay)', contexts: ['comment', 'review-reply'], wholeSentence: true, unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'glad', 'welcome', 'proud', 'appreciate'] },
  { phrase: '(sorry|fine|yes|okay|ok),? (ok|okay)', contexts: ['comment', 'review-reply'] },
  // Contempt for the person or the review.
  { phrase: '(throwing|threw|throw|throws|having|had) a (tantrum|fit|hissy fit|meltdown|temper tantrum|toddler tantrum)', contexts: ['comment', 'review-reply'] },
  { phrase: '(grown|adult|full grown) (adult|adults|man|woman|men|women|person|people)', contexts: ['comment', 'review-reply'] },
  { phrase: 'who (even|actually|seriously|really|in their right mind) (writes|posts|leaves|says|does|talks|acts|thinks|complains|reviews)', contexts: ['comment', 'review-reply'] },
  { phrase: '(and|&) (you|u) know it', contexts: ['comment', 'review-reply'], severity: 'block', message: LIAR },
  { phrase: '(is|are|was|s|its|thats) (straight up |total |complete |pure |utter |absolute |just |)(bs|bull|garbage|trash|nonsense|crap|rubbish|hogwash|baloney|drivel)', contexts: ['comment', 'review-reply'] },
  { phrase: "(wtf|what the hell|what the heck|what on earth|what in the world|what) (are|r) (you|u) (even |)(talking|on) about", contexts: ['comment', 'review-reply'] },
  { phrase: "(no idea|no clue|don't know|dont know|do not know|idea) what (you're|youre|you are|ur|u r) (talking|on) about", contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u) (clearly |obviously |simply |just |)(have|has) no (idea|clue)', contexts: ['comment', 'review-reply'] },
  { phrase: "(get|getting) your (facts|story|stories) (straight|right)" },
  { phrase: "(your|ur|his|her|their) (teeth|mouth|gums|hygiene|breath|kids teeth|childs teeth|sons teeth|daughters teeth|oral hygiene|home care) (were|was|are|is) (in |)(terrible|awful|horrible|disgusting|a mess|rotten|gross|atrocious|filthy|nasty|a disaster|a disgrace|appalling|bad|terrible shape|awful shape|horrible shape|bad shape|rough shape)", contexts: ['comment', 'review-reply'] },
  { phrase: '(let|lets|letting|allow|allows|allowing) (their|your|his|her) (kids|kid|children|child|sons|daughters|son|daughter|kids|babys) (teeth|mouth|gums) (rot|decay|fall out|go bad)' },
  { phrase: 'what kind of (parent|parents|person|people|mother|father|mom|dad|adult|human|human being|patient) (lets|let|would|does|allows|doesnt|doesn\'t|feeds|gives|posts|writes)' },
  { phrase: '(with|have|has) (actual|real) (degrees|degree|training|credentials|medical training|dental training|licenses|expertise|medical degrees|dental degrees)', contexts: ['comment', 'review-reply'] },
  { phrase: '(dr google|doctor google|google university|youtube university|webmd degree|internet degree|facebook degree)' },
  { phrase: '(call|calling|called|contact|contacting) (the |)(police|cops|security|authorities|sheriff)', contexts: ['comment', 'review-reply'], severity: 'block', message: THREAT },
  { phrase: '(send|sending|sent|turn|turning|turned) (you|your account|your balance|this|it|your bill) (over |)to collections', severity: 'block', message: THREAT },
  { phrase: '(see|find out) what happens', contexts: ['comment', 'review-reply'], severity: 'block', message: THREAT },
  { phrase: "(don't|dont|do not) test (us|me)", severity: 'block', message: THREAT },
  // "Keep posting those smile selfies, we love them!" cheers someone on.
  { phrase: '(keep|go ahead and keep) (it up|talking|posting|lying|writing|spreading|leaving)', contexts: ['comment', 'review-reply'], message: THREAT, unlessTextHas: ['love', 'thank', 'thanks', 'congrats', 'proud', 'awesome', 'amazing', 'great', 'fun'] },
  { phrase: '(you|u) know who you are', contexts: ['post'], unlessTextHas: ['thank', 'thanks', 'shoutout', 'kind', 'love', 'appreciate', 'grateful', 'sweet', 'generous'] },
  { phrase: '(glad|happy|relieved) (to be rid of|to see you go|to see the back of|you are gone|youre gone|you left|you wont be back)', severity: 'block', message: LEAVE },
  { phrase: '(take|taking) your (drama|business|complaints|attitude|negativity|nonsense|problems|rant|rants|money) (somewhere|someplace|anywhere|elsewhere|to another|to a different|to a practice|to a dentist|to an office|to a clinic|to any other|to one that|to someone)', severity: 'block', message: LEAVE },
  { phrase: '(get|stay) (off|away from) (our|my|this) (page|property|office|lawn)', severity: 'block', message: LEAVE },
  { phrase: 'shut (your mouth|it|your trap)', severity: 'block' },
  { phrase: '(learn|get) (some|a few) (manners|respect|class|decency)', severity: 'block' },
  { phrase: '(learn|try learning) (to read|how to read|to count|how to count|to listen|how to listen|to spell|how to behave)', severity: 'block' },
  { phrase: '(you|u) made (this|it|that|all of this|all this|the whole thing|everything|stuff|things) up', severity: 'block', message: LIAR },
  // "we'd love to make it up to you" is an offer.
  { phrase: '(making|make) (this|it|that|stuff|things|this stuff|all this|all of this) up', notAfter: ['not', 'never', 'dont', 'didnt'], notBefore: ['to', 'for'], contexts: ['comment', 'review-reply'], severity: 'block', message: LIAR },
  { phrase: '(fake|fraudulent|bogus|phony|made up) (review|reviews|story|claims|accusations|complaint|complaints|stories)', contexts: ['comment', 'review-reply'], message: LIAR },
  { phrase: '(dishonest|disingenuous|fabricated|fabricating|fabrication)', contexts: ['comment', 'review-reply'], notAfter: ['not', 'never'], message: LIAR },
  { phrase: '(your kind|your type) (of patient|of person|of people|of customer|is not|isnt|are not|arent|never|always|is why)', severity: 'block' },
  { phrase: '(the likes of you|folks like you|someone like you|somebody like you|people like that|people like this)', severity: 'block' },
  { phrase: '(such|what) a (joke|clown|loser|baby|child|crybaby|whiner|karen|drama queen|piece of work|nightmare|waste of time|disgrace)', contexts: ['comment', 'review-reply'] },
  { phrase: "(who|what) (do|did) you think you (are|were)" },
  { phrase: '(not|no longer) (a patient|someone|somebody|a customer|a family|the kind of patient|the type of patient|anyone) (we|were|we are|we will|well) (want|welcome|need|will see|wish to see|care to see|miss)', severity: 'block', message: LEAVE },
  { phrase: "(we|i) (don't|dont|do not) want (you|your business|your family|you or your family) back", severity: 'block', message: LEAVE },
  { phrase: 'for all (we|i|anyone) (care|cares)', severity: 'block' },
  { phrase: '(nobody|no one) (believes|trusts|buys|takes|falls for) (you|your|this|it|that|a word)', contexts: ['comment', 'review-reply'] },
  { phrase: '(save|keep) (your|the) (drama|tears|sob story|sob stories|excuses|attitude|rant|rants|theatrics|whining|breath) (for|to)', contexts: ['comment', 'review-reply'] },
  { phrase: '(someone|somebody|anyone|people) who (cares|care|gives a)', contexts: ['comment', 'review-reply'] },
  { phrase: "(do not|don't|dont|never) (ever |)(contact|call|email|message|visit|come to|text|write to|phone) (us|our office|our staff|this office|the office|me|our practice|our clinic) (again|ever again)", severity: 'block', message: LEAVE },
  { phrase: 'go back to (google|the internet|webmd|dr google|youtube|tiktok|facebook|reddit)', contexts: ['comment', 'review-reply'] },
  { phrase: "(arent|aren't|are not|isnt|isn't|is not|no longer|not|never) (welcome|allowed|wanted) (here|back|at our|in our|anymore|any longer)", severity: 'block', message: LEAVE },
  { phrase: '(no longer|not) welcome (at|in) (this|the|any of our|either)', severity: 'block', message: LEAVE },
  { phrase: "(we've|we have|weve|i've|ive|i have) said (all|everything|what) (we|were|we are|i|im|i am|there is|theres|we had|we needed|we need|that needs|we intend|we plan)", contexts: ['comment', 'review-reply'], message: LEAVE },
  // Reporting the review or the reviewer somewhere ("Your review has been reported to Yelp").
  { phrase: '(reported|flagged|escalated) (this|your|the|their) (review|comment|post|account|profile|behavior|behaviour|conduct|rant) (to|with|for)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: '(review|comment|post|account|profile|behavior|behaviour|conduct) (has been|have been|was|is being|will be|has now been) (reported|flagged|escalated)', contexts: ['comment', 'review-reply'], message: THREAT },
  // Steps held in reserve ("or we'll have to take further steps", "we won't hesitate to…").
  { phrase: '(remove|delete|take down|edit|retract) (this|it|that|your review|your post|your comment|the review|the post|the comment|your rating) (or|immediately or|now or|or else)', severity: 'block', message: THREAT },
  { phrase: '(take|taking|pursue|pursuing) (further|additional|next|appropriate|formal|the next|necessary) (steps|action|measures)', contexts: ['comment', 'review-reply'], message: THREAT, unlessSentenceHas: ['sorry', 'improve', 'help', 'make', 'prevent', 'ensure', 'fix', 'training', 'train'] },
  { phrase: "(we|i) (will not|won't|wont|would not|wouldn't|wouldnt|will never) hesitate to", contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: "(we will|we'll|well|we may|we might|we can|we could) (use|release|share|publish|post|provide) (it|them|the footage|the recording|the video|the recordings|the evidence|the screenshots|that|this) (if|against|publicly|in court|should)", contexts: ['comment', 'review-reply'], message: THREAT },
  // Telling the reader, in a reply, what will happen to patients like them.
  { phrase: '(will|shall|would|are going to|is going to|youll|youd|theyll) be (immediately |promptly |permanently |)(discharged|dismissed|banned|removed from|asked to leave|refused service|blocked|escorted out|trespassed)', contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: "(you are|you're|youre|you were) not to (schedule|book|call|contact|come|return|visit|set foot|message|email)", severity: 'block', message: LEAVE },
  { phrase: "(don't|do not|dont|no need to|please don't|please do not) (bother |)(booking|book|scheduling|schedule|rebooking|rebook) (again|with us again|back|another)", message: LEAVE },
  { phrase: '(your time or ours|your time and ours|everyones time|everybodys time)', contexts: ['comment', 'review-reply'] },
  // Dismissal: no more replies, no way to please, parting ways.
  { phrase: "(not|no longer|won't|wont|will not) (be |)(responding|respond|replying|reply|engaging|engage|commenting|comment) (further|any further|anymore|again|any more)", contexts: ['comment', 'review-reply'], message: LEAVE, unlessSentenceHas: ['privacy', 'private', 'privately', 'please', 'call', 'phone', 'offline', 'hipaa', 'email', 'directly'] },
  { phrase: '(nothing|no one|nobody) (we do|we say|we could do|we could say|we can do|we can say|will|would) (will |would |could |)(ever |)(satisfy|please|make you happy|be good enough|make you happy)', contexts: ['comment', 'review-reply'] },
  { phrase: '(part ways|parting ways|go our separate ways|going our separate ways)', contexts: ['comment', 'review-reply'], message: LEAVE },
  // Contempt for the complainer as a kind of person.
  { phrase: '(some|certain) (people|folks|patients|parents|customers|individuals) (just |really |simply |)(love|like|enjoy|live|want|need|thrive) to (complain|whine|argue|be angry|be upset|be offended|find something|leave bad reviews|be miserable|stir)', contexts: ['comment', 'review-reply'] },
  { phrase: '(someone|anyone|people|a person|patients|parents|somebody) who (behaves|behave|acts|act|talks|talk|speaks|speak|treats|treat) (like this|like that|this way|that way)', contexts: ['comment', 'review-reply'] },
  { phrase: '(too much|way too much|a lot of) (free |spare |)time on (your|their|his|her) hands', contexts: ['comment', 'review-reply'] },
  { phrase: 'imagine (being|getting|writing|posting|complaining|leaving|crying|whining|throwing)', contexts: ['comment', 'review-reply'], sentenceStart: true },
  { phrase: 'should (be |feel |)(ashamed|embarrassed)', notAfter: ['we', 'i', 'us', 'our', 'were', 'ourselves'] },
  { phrase: '(held hostage|blackmailed|extorted|bullied|strong armed|strongarmed) (by|into)', contexts: ['comment', 'review-reply'] },
  // Contempt by comparison: what the practice is not, said to mock what the reader expected.
  // "We're not a daycare, but we DO have a play corner!" is a welcome.
  { phrase: `(not|isnt|arent|wasnt|werent|never) (a |an |your |some |your own |your personal |)${NOT_OUR_ROLE}`, notBefore: ['but'] },
  { phrase: `(think|thinks|thought|treat|treats|treating|treated|expect|expects|expected|act like|acts like|as if|as though) ~ (is|was|are|were|as|like) (a|an|your|some|their) ${NOT_OUR_ROLE}` },
  // Mockery: the team reading the review aloud or laughing at it.
  { phrase: '(read|reading|passed|passing|shared|sharing) (this|it|your review|your post|your comment|this review|your rant|your message|your complaint) (out loud|aloud|around the office|with the whole|at lunch|to the whole)', contexts: ['comment', 'review-reply'], unlessTextHas: WARM_TEXT },
  { phrase: '(had|got|having|getting|get|have) (a |quite a |)(good |great |real |big |nice |hearty |)(laugh|laughs|chuckle|giggle|kick) (out of|at|from|reading|over) (this|your|it|that|these)', contexts: ['comment', 'review-reply'], unlessTextHas: WARM_TEXT },
  { phrase: '(instead of|rather than) (writing|posting|leaving|trashing|bashing|attacking|complaining about|whining about) (reviews|a review|bad reviews|nasty reviews|fake reviews|angry reviews|one star reviews|1 star reviews|rants|small businesses|local businesses|hardworking|hard working|people|us online)', contexts: ['comment', 'review-reply'] },
  { phrase: '(get|find|go find|try finding|finding|pick up|take up|get yourself|find yourself) (a|another|some|a new|a better|a real) hobby', contexts: ['comment', 'review-reply'] },
  { phrase: 'see (right |straight |)through (you|your|this|them|him|her)', contexts: ['comment', 'review-reply'] },
  { phrase: '(this|that|your review|your behavior|your behaviour|your post|it|what you did) (is|was|constitutes|amounts to|s) (harassment|defamation|libel|bullying|abuse|extortion|blackmail|slander|stalking)', severity: 'block', message: THREAT },
  { phrase: '(stops|ends) (now|today|here|right now)', contexts: ['comment', 'review-reply'] },
  { phrase: 'keep (your|ur) (opinions|opinion|comments|thoughts|mouth|complaints|negativity|drama|nose) (to yourself|out of)' },
  { phrase: "(don't|dont|do not|doesn't|doesnt|does not|won't|wont|will not) (scare|intimidate|frighten|faze|phase|threaten) (us|me|our|anyone)", contexts: ['comment', 'review-reply'] },
  { phrase: "(waste|wasting|wasted) (our|my|the staff's|the staffs|everyone's|everyones|the doctor's|the doctors) time", contexts: ['comment', 'review-reply'] },
  { phrase: '(have|ve|has|had|weve|we|ive|i) (now |)(banned|blocked|blacklisted|dismissed|discharged|reported|flagged) (you|this reviewer|your account|this account|them)', severity: 'block', message: LEAVE },
  { phrase: '(mind your own business|take a hike|beat it|buzz off|scram|go away|leave us alone|back off|get out of here|get outta here)', contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  { phrase: '(stop|quit) (pretending|acting like|playing the victim|playing victim|playing dumb)', contexts: ['comment', 'review-reply'] },
  { phrase: '(pursue|pursuing|report|reporting|escalate|escalating|take|taking|refer|referring|forward|forwarding) (this|you|it|the matter|your review|your behavior|your behaviour) (with|to) (the |)(proper |appropriate |relevant |)(authorities|police|board|licensing board|attorney|attorneys|lawyer|lawyers|legal|courts|court|yelp|google)', severity: 'block', message: THREAT },
  { phrase: 'last time (you|u) (will|ll|are going to|re going to) (be seen|come|visit|set foot|be treated|be welcome|step)', severity: 'block', message: LEAVE },
  { phrase: '(go|take it|take that|complain|take your complaints|go complain|whine) (somewhere|someplace|anywhere) else', severity: 'block', message: LEAVE },
  { phrase: '(hiding|hide|hides|hid) behind (a|your|the|their|his|her) (keyboard|screen|computer|phone|fake name|anonymous|username|screen name)', contexts: ['comment', 'review-reply'] },
  { phrase: 'say (that|it|this) to (our|my|their|his|her) (face|faces)', contexts: ['comment', 'review-reply'] },
  { phrase: '(need|needs) (serious|professional|mental|psychiatric|real|some serious) (help|therapy|counseling)', contexts: ['comment', 'review-reply'] },
  { phrase: '(need|needs|get) (a hobby|a life|a therapist|therapy|to get a life|to touch grass|a job)', contexts: ['comment', 'review-reply'] },
  { phrase: "(don't|dont|do not|never) (ever |)(set foot|step foot|darken our door|come near)", severity: 'block', message: LEAVE },
  { phrase: '(nobody|no one) (cares|asked|wants|needs) (about |for |)(you|your|ur|u)' },
  { phrase: '(ashamed of yourself|ashamed of yourselves|shame on you|you should be ashamed|have you no shame|have some shame)', severity: 'block' },
  { phrase: "(what's|whats|what is) wrong with (you|u|people|these people|some people)" },
  // Session 5 (blind round 4): contempt and dismissal in polite, terse or regional dress.
  // Closing the conversation ("End of discussion.", "Case closed.", "Discussion over.").
  { phrase: '(end of|end of the) (discussion|story|conversation|debate|argument|subject|topic)', message: LEAVE, wholeSentence: true },
  { phrase: "(thats the end of the|that is the end of the|and that is the end of the|and thats the end of the) (discussion|conversation|debate|argument|subject|topic|matter)", message: LEAVE },
  { phrase: '(discussion|conversation|debate|argument|case) (over|closed|ended|finished|is over|is closed)', message: LEAVE, wholeSentence: true },
  // Contempt for anyone who disagrees ("anyone who says otherwise is spreading misinformation").
  { phrase: "(anyone|anybody|whoever|those|people|someone|any dentist|any doctor|any parent) (who|that) (says|say|thinks|think|claims|claim|believes|believe|tells you|told you|argues) otherwise (is|are|was) (just |simply |clearly |obviously |)(spreading|lying|misinformed|wrong|ignorant|uneducated|clueless|an idiot|a fool|delusional|crazy|a quack|quacks|padding|selling|scamming|uninformed|kidding|fooling|a liar|liars)" },
  // The rhetorical question that shuts the reader up ("What exactly did you expect us to do?").
  { phrase: "what (exactly |else |more |on earth |)(did|do|were) (you|u) (expect|expecting|want|wanting) (us|me|the doctor|our staff|our team|them|the office|the front desk|dr *) to (do|say)", contexts: ['comment', 'review-reply'] },
  { phrase: 'what exactly (did|do|were) (you|u) (expect|expecting)', contexts: ['comment', 'review-reply'] },
  // Denying the reader exists for the practice, or scolding them for tagging it.
  { phrase: "(weve|we have|we|i|ive|i have) (never|not) (even |ever |)heard of (you|u|this person|them|your family)", contexts: ['comment', 'review-reply'] },
  { phrase: '(why|not sure why|no idea why|idk why) (are you|youre|you are|do you keep|you keep|r u|are u|u keep) (tagging|mentioning|messaging|dming|pinging|calling) (us|our page|this page)', contexts: ['comment', 'review-reply'] },
  // A threat made as a condition ("Speak to our staff like that again and you'll be banned").
  { phrase: "(like that|that way|this way|like this|that again|this again) ~ (again |)(and|&) (youll|you will|you are|youre|we will|well|were|we are|you|theyll) (be |)(banned|dismissed|discharged|removed|escorted|reported|blocked|asked to leave|out|done|gone|find|need|looking|regret)", contexts: ['comment', 'review-reply', 'post'] },
  // A reader's family sent away ("Your family has been dismissed from the practice").
  { phrase: '(your|ur) (whole |entire |)(family|household|son|daughter|child|children|kids|kid|husband|wife|account|family members) (has been|have been|is being|are being|is now|are now|was|were|is|are) (permanently |officially |now |hereby |)(banned|dismissed|discharged|blacklisted|blocked|removed|terminated) (from|as|by|effective)', severity: 'block', message: LEAVE },
  { phrase: '(dismissed|discharged|banned|terminated|removed) (from (the|our) (practice|office|clinic) |as patients |)effective immediately', message: LEAVE },
  // The reader's records sent "elsewhere": a dismissal by paperwork.
  { phrase: '(send|transfer|forward|mail|release|sending|transferring|forwarding) (your|their|his|her|the) (records|chart|charts|file|files|x rays|xrays) elsewhere', message: LEAVE },
  // The review filed with contempt ("We'll file it with the others").
  { phrase: '(file|filed|filing|put|add|added|toss|tossed|throw|threw|place|placed) (it|this|that|your review|your feedback|your complaint|your comment|your opinion|your input) (with|under|in|on|into|onto) (the others|the rest|the trash|the bin|the pile|the garbage|the circular file|the round file|the other ones|the rest of them|the others like it|junk)', contexts: ['comment', 'review-reply'] },
  // A scold as its own sentence ("Be better.", "Do better.").
  { phrase: '(be|do) better', wholeSentence: true },
  // Ending the exchange from the practice's side ("We won't be responding to you any further").
  { phrase: '(we|i) (will not|wont|will no longer|are not going to|arent going to|re not going to|am not going to|wont be|will not be|will no longer be|shall not|shall no longer) (be |)(responding|replying|respond|reply|engaging|engage|answering|answer|communicating|corresponding) (to you|with you|to this|to your comments|to your messages|to your posts|to your reviews|to you here) (any further|further|again|anymore|any more|any longer)', contexts: ['comment', 'review-reply'], message: LEAVE, unlessSentenceHas: ['privacy', 'private', 'privately', 'please', 'call', 'but', 'protect', 'offline'] },
  // Sending the reader off to bother someone else ("go bother someone else", "go troll some other page").
  { phrase: '(go|go and|go on and) (bother|harass|annoy|troll|pester|complain to|yell at|whine to|rant at|scream at|lecture) (someone|somebody|some other|another|other|elsewhere|another page|a different)', message: LEAVE },
  // Taking the reader off the books ("We will be removing your family from our patient list").
  { phrase: '(remove|removing|removed|drop|dropping|dropped|strike|striking|struck|delete|deleting|deleted) (you|your family|your son|your daughter|your kids|your account|your child|your household|you and your family|your children|your whole family) (from|off) (our|the) (patient list|patient roster|roster|practice|books|patient panel|panel|active patients|patient base|patient records|schedule permanently)', contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  // A curt order to be quiet, as its own sentence ("Sit down.").
  { phrase: '(sit down|pipe down|simmer down|settle down|calm down|chill out|chill|shush|hush)', contexts: ['comment', 'review-reply'], wholeSentence: true, message: LEAVE },
  // Session 5, third batch (own variants in formal, regional and non-native registers).
  // Ending care formally ("we have decided to end our relationship with your family").
  { phrase: '(end|ending|terminate|terminating|discontinue|discontinuing|sever|severing|conclude|concluding|dissolve|dissolving) (our|the|this|any) (relationship|care|treatment relationship|doctor patient relationship|professional relationship|services|patient relationship) (with|to|for) (you|your|u)', severity: 'block', message: LEAVE },
  // The police held over the reader ("the police will be called").
  { phrase: '(the police|security|the authorities|law enforcement|the cops|police) (will|would|are going to|is going to|shall|will immediately|will absolutely) be (called|contacted|notified|involved|informed)', contexts: ['comment', 'review-reply'], severity: 'block', message: THREAT },
  // A curt goodbye as its own sentence ("Bye then 👋", "Good riddance.").
  { phrase: '(bye then|bye now|buh bye|bye bye|byeee|byee|good riddance|goodbye then|so long then|ciao then|toodles)', contexts: ['comment', 'review-reply'], wholeSentence: true, message: LEAVE },
  // "…and see how far it gets you."
  { phrase: 'see how far (it|that|this|being rude|yelling|rudeness|attitude|that attitude|your attitude) (gets|will get|got|takes|will take) (you|u|ya)', contexts: ['comment', 'review-reply'] },
  // Contempt for the exchange ("We have better things to do than respond to this nonsense").
  { phrase: '(have|got|had) (better|more important|more useful) things to do than', contexts: ['comment', 'review-reply'] },
  // Care withheld as deserved ("People who talk to nurses like that don't deserve care from us").
  { phrase: '(dont|do not|doesnt|does not|didnt|did not) deserve (care|treatment|our care|our time|service|to be seen|to be treated|our help|our services|a dentist) (from|by|at|here|in)', contexts: ['comment', 'review-reply'] },
  // Session 5, fourth batch (own variants: terse, formal, Indian and British English).
  // A formal request to stay away ("We'd ask that you please not return to our office").
  { phrase: "(ask|request|insist|asking|requesting) that (you|your family|u) (please |kindly |)(not|do not|never|no longer|refrain from) (return|returning|come back|coming back|come in|contact|contacting|call|calling|visit|visiting|book|booking|schedule|scheduling)", contexts: ['comment', 'review-reply'], message: LEAVE },
  // "Whatever helps you sleep at night."
  { phrase: "whatever (helps|makes|lets) (you|u) (sleep at night|feel better|sleep better|cope)", contexts: ['comment', 'review-reply'] },
  // The review reported to the platform, options weighed ("we are considering our options").
  { phrase: "(asked|asking|ask|request|requested|requesting|reported|reporting) (yelp|google|facebook|the platform|the site|instagram) to (remove|take down|delete|investigate)", contexts: ['review-reply', 'comment'], message: THREAT },
  { phrase: "(are|were|we re|we are|am|i am|re) (now |currently |seriously |)(considering|exploring|weighing|reviewing|evaluating) (our|all|all of our|all available|every) (options|legal options|next steps|remedies)", contexts: ['review-reply'], message: THREAT },
  // "shown the door".
  { phrase: "(shown|show|showing|shows) (you |them |him |her |)the door", contexts: ['comment', 'review-reply'], message: LEAVE },
  // "You are officially no longer a patient here."
  { phrase: "(you are|youre|you|your family is|your son is|your daughter is|your child is|you and your family are|your family are) (officially |now |hereby |effectively |)no longer (a patient|patients|a client|clients|part of|being seen|seen|treated|accepted)", contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  // "Who even are you?"
  { phrase: "who (even|tf|the hell|exactly|on earth|the heck) (are|r) (you|u|ya)", contexts: ['comment', 'review-reply'] },
  // "Stay in your lane." as its own sentence.
  { phrase: "(stay in your lane|know your place|mind your business|mind your own business|mind ur business)", contexts: ['comment', 'review-reply'], wholeSentence: true, message: LEAVE },
  // Session 5, fifth batch (own variants: politeness as a weapon, questions, closers).
  { phrase: '(reported|flagged|referred) (you |your account |your profile |this account |)(to) (yelp|google|facebook|instagram|the platform|the site) (for|as)', contexts: ['comment', 'review-reply'], message: THREAT },
  { phrase: 'not that (it|this|anything|we|you|that) (will|would|could|is going to|s going to) (change|matter|make a difference|help|convince)', contexts: ['comment', 'review-reply'] },
  { phrase: "(expect|anticipate|you will get|youll get|you will receive|youll receive|look out for) (a call|a visit|a letter|to hear|a notice) from (the police|our lawyer|our attorney|our legal team|the authorities|our lawyers|security)", contexts: ['comment', 'review-reply'], severity: 'block', message: THREAT },
  { phrase: "(nobody|no one|none of us|we dont|we don't|we do not|i dont|i do not) (here |)(cares|care|really cares|really care) (what|about what|how) (you|u) (think|feel|say|write|post|thought)", contexts: ['comment', 'review-reply'] },
  { phrase: '(happy|glad|relieved|thrilled|pleased) (that |)(you|u|they|your family) (went|left|moved|took your business|found another|are going|have gone|decided to go) (elsewhere|somewhere else|to another)', contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: '(glad|happy|relieved|thrilled|pleased) to (be rid of|see the back of|see you go|see them go|have you gone)', contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: '(you|u) (clearly |obviously |evidently |apparently |)(have|got|ve got) (some |a lot of |serious |real |deeper |other |personal |)(issues|problems|stuff|things) (to work through|to work on|to deal with|going on|to sort out)', contexts: ['comment', 'review-reply'] },
  // Session 5, sixth batch (own variants: billing and scheduling disputes).
  { phrase: '(no longer|not) (able to|going to|in a position to|willing to|prepared to) (offer|provide|give|schedule|book|see|treat|accept|continue seeing|continue treating|care for) (you|your family|your son|your daughter|your child|your kids|your children)', contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  { phrase: '(tolerate|put up with|deal with|stand for) (that|this|your|such|this kind of|that kind of) (attitude|behavior|behaviour|language|tone|rudeness|abuse|nonsense|disrespect)', contexts: ['comment', 'review-reply'] },
  { phrase: '(trespassed|barred|trespass|bar) (you|your family|your son|your daughter|them|him|her) from', contexts: ['comment', 'review-reply'], severity: 'block', message: LEAVE },
  { phrase: "(wont|will not|will no longer|are not going to|arent going to|re not going to|no longer) (be taking|take|be accepting|accept|be answering|answer|be returning|return|taking|accepting|answering|returning) (any more of |any further |any more |)(your) (calls|messages|emails|bookings|appointments|texts)", contexts: ['comment', 'review-reply'], message: LEAVE },
  { phrase: '(unfollow|unlike|unsubscribe from|block) (us|our page|the page|this page) (then|if|already)', contexts: ['comment', 'review-reply'], message: LEAVE },
];

// ---- Word classes for the hostility structures (lib/checks/tone/hostility-structures.ts) ----

/** Words that insult a person when aimed at the reader ("you are a miserable person"). */
export const INSULTS_FOR_READER: readonly string[] = [
  'miserable', 'pathetic', 'entitled', 'ignorant', 'arrogant', 'delusional', 'stupid', 'dumb', 'idiot', 'idiots', 'moron',
  'morons', 'crazy', 'insane', 'nasty', 'vile', 'disgusting', 'unhinged', 'hysterical', 'petty', 'spiteful', 'bitter', 'toxic',
  'ungrateful', 'liar', 'troll', 'karen', 'clown', 'clowns', 'joke', 'childish', 'immature', 'lazy', 'cheap', 'cheapskate',
  'deadbeat', 'freeloader', 'psycho', 'lunatic', 'whiner', 'crybaby', 'narcissist', 'narcissistic', 'bully', 'coward',
  'loser', 'losers', 'jerk', 'creep', 'hypocrite', 'fraud', 'scammer', 'selfish', 'hateful', 'obnoxious', 'unreasonable',
  'irrational', 'deranged', 'clueless', 'incompetent', 'nightmare', 'rude', 'mean', 'horrible', 'awful', 'terrible',
  'ridiculous', 'embarrassing', 'embarrassment', 'disgrace', 'pest', 'nuisance', 'brat', 'bratty', 'spoiled', 'dramatic',
  'jealous', 'paranoid', 'impossible', 'twisted', 'gross', 'sketchy', 'angry', 'hostile', 'aggressive', 'abusive', 'unstable',
  'vindictive', 'cruel', 'hateful', 'unpleasant', 'insufferable', 'despicable', 'shameless', 'disgraceful', 'disrespectful',
  'rudest', 'worst', 'nastiest', 'meanest', 'cruelest', 'dumbest', 'laziest', 'unhinged', 'unacceptable', 'inappropriate',
  'appalling', 'outrageous', 'threatening', 'belligerent', 'combative', 'volatile',
];

/** Words between "you" and the insult ("you are just so", "you're clearly a"). */
export const INSULT_BRIDGE: readonly string[] = [
  'are', 're', 'were', 'was', 'sound', 'seem', 'look', 'act', 'acting', 'being', 'must', 'be', 'just', 'such', 'a', 'an', 'so',
  'really', 'very', 'truly', 'clearly', 'obviously', 'the', 'most', 'one', 'of', 'total', 'complete', 'absolute', 'real',
  'utterly', 'incredibly', 'extremely', 'pretty', 'quite', 'always', 'still', 'sounding', 'seeming', 'little', 'big', 'kind',
];

/** Adjectives that, alone as a sentence in a reply, are contempt ("Pathetic.", "Unbelievable."). */
export const CONTEMPT_ALONE: readonly string[] = [
  'pathetic', 'unbelievable', 'ridiculous', 'embarrassing', 'disgusting', 'childish', 'absurd', 'laughable', 'sad', 'sickening',
  'shameful', 'incredible', 'unreal', 'wow', 'whatever', 'bye', 'next', 'typical', 'classic', 'clown', 'joke', 'yawn', 'boring',
  'grow up', 'get over it', 'move on', 'do better', 'deal with it', 'figure it out', 'read it', 'look it up', 'google it',
  'ok', 'okay', 'k', 'fine', 'noted',
];

/** Capitalised words that shout an order or a threat even one at a time ("we WILL", "do NOT"). */
export const LOUD_COMMANDS: readonly string[] = [
  'will', 'not', 'never', 'must', 'read', 'stop', 'dont', 'no', 'nobody', 'now', 'ever', 'wont', 'cant', 'before', 'again',
  'your', 'you', 'youre', 'ever', 'did', 'didnt', 'was', 'were',
];

// ---- Word classes for the dismissal structures (lib/checks/tone/dismissal-structures.ts) ----

/** Where a reply may send the reader instead ("another practice", "other dentists"). */
export const ELSEWHERE_PROVIDERS: readonly string[] = [
  'practice', 'practices', 'dentist', 'dentists', 'office', 'offices', 'provider', 'providers', 'doctor', 'doctors', 'clinic',
  'clinics', 'orthodontist', 'orthodontists', 'pediatrician', 'pediatricians', 'physician', 'physicians', 'practitioner', 'place',
  'places', 'pediatric', 'surgeon', 'specialist',
];

/** After "another practice": words that say the reader would fit better there. */
export const FIT_WORDS: readonly string[] = [
  'suit', 'suits', 'suited', 'fit', 'match', 'happier', 'better', 'comfortable', 'elsewhere', 'meet', 'accommodate', 'willing',
  'tolerate', 'tolerates', 'patience', 'meets', 'standards', 'expectations',
];

/** Words that make a mention of another practice help rather than a brush-off. */
export const HELPING_WORDS: readonly string[] = [
  'help', 'helps', 'refer', 'referral', 'referrals', 'referring', 'recommend', 'recommendation', 'recommendations', 'records',
  'send', 'sent', 'sending', 'transfer', 'transferred', 'share', 'names', 'list', 'opinion', 'gladly', 'joined', 'joining', 'hiring',
  'take', 'takes', 'accept',
  'accepts', 'network', 'specialist', 'coordinate', 'forward', 'copy', 'copies', 'emergency', 'emergencies', 'closed', 'covering',
  'bring',
];

/** Warm words that make a mention of another practice a kind farewell, unless a pointed word follows. */
export const WARM_WORDS: readonly string[] = [
  'glad', 'happy', 'thank', 'thanks', 'love', 'miss', 'congrats', 'congratulations', 'welcome', 'grateful', 'appreciate',
];

/** Words of speaking up online: what a threat of "consequences" is aimed at. */
export const SPEECH_WORDS: readonly string[] = [
  'posting', 'post', 'posts', 'posted', 'review', 'reviews', 'reviewing', 'writing', 'write', 'wrote', 'saying', 'lies', 'lying',
  'claims', 'comments', 'comment', 'spreading', 'defamation', 'defamatory', 'statements', 'accusations', 'online', 'slander',
  'harassing', 'harassment', 'threatening', 'trashing', 'bashing', 'smearing', 'rants', 'ranting',
];
