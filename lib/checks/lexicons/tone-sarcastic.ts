// Sarcastic phrases and the emoji that make a reply read as mocking.
// Source: written for this project. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';

const REPLIES = ['comment', 'review-reply'] as const;
const STAFF = '(doctors|doctor|doc|docs|staff|team|dentist|dentists|providers|provider|nurses|nurse|receptionists|receptionist|front desk|office|hygienists|physicians|we|i)';

export const SARCASTIC_PHRASES: readonly ToneEntry[] = [
  { phrase: `(sorry|so sorry|apologies|forgive us|excuse us|pardon us) (that |)(our|the) ${STAFF} (isn't|isnt|aren't|arent|is not|are not|can't|cant|cannot|couldn't|couldnt|weren't|werent|wasn't|wasnt) (psychic|psychics|mind readers|mind reader|magicians|magician|miracle workers|clairvoyant|perfect|superhuman|robots)`, suggestion: "We're sorry we missed what you needed" },
  { phrase: `(we|our ${STAFF}|doctors|i|nobody here) (can't|cannot|cant|don't|dont|do not) read (minds|your mind|people's minds|peoples minds|thoughts)` },
  { phrase: "(we're|we are|were|i'm|i am|they're|they are|doctors are|the doctor is|our staff is|our doctors are) (not|no) (psychic|psychics|mind readers|a mind reader|magicians|a magician|miracle workers|clairvoyant|fortune tellers)" },
  { phrase: '(nice try|good luck with that|cool story|thanks for nothing|must be nice|bless your heart|heaven forbid|what a shock|what a surprise|big surprise|imagine that|go figure|news flash|newsflash|yeah right|boo hoo|cry me a river|poor baby|duly noted|how original|slow clap)' },
  // With "!" right after, "Sure thing!" is a cheerful yes; flat or with a comma it is a shrug.
  { phrase: '(oh well|as if|sure thing|the horror|who knew|shocking|riiight|riiiight|suuure|suure|sureee|okaaay|k thanks|ok boomer)', contexts: REPLIES, calmEnding: true },
  { phrase: "(sure|of course|right),? because (we|our|everyone|nobody|that|it's|its|doctors)" },
  { phrase: '(funny|interesting|strange|amazing|odd|curious|convenient|ironic) (how|that) (you|some people|people|this|nobody|no one|the reviewer)', contexts: REPLIES },
  { phrase: '(funny|interesting|strange|oddly enough|convenient|ironic),? you (seemed|were|didn\'t|didnt|did not|never|had no)', contexts: REPLIES },
  { phrase: '(you|u) (seemed|looked|sounded) (pretty |very |quite |perfectly |so |totally |awfully |)(happy|fine|satisfied|pleased|thrilled|content|okay|ok|glad)', contexts: REPLIES },
  { phrase: "(we'll|we will|well|i'll) (be sure to |make sure to |)(get right on that|alert the media|take that under advisement|add it to the list|call the waahmbulance)" },
  { phrase: '(a whole|an entire|a grand total of|all of|a full) (# |two |three |five |ten |fifteen |twenty |thirty |forty |)(minutes|minute|mins|seconds|hours)', contexts: REPLIES },
  { phrase: "some people (just |)(can't|cannot|cant|will never|are never|are impossible|love to|will always|always find)" },
  { phrase: '(because|since) (apparently|clearly|obviously)', contexts: REPLIES },
  { phrase: 'apparently (we|our|everyone|nobody|the|it\'s|its|you)', contexts: REPLIES },
  { phrase: "obviously (you|we|the|your|some|nobody|no one|someone|it's|its)", contexts: REPLIES },
  { phrase: "(gee|geez|jeez|gosh|wow) (thanks|thank you) (so much |)(for|a lot)", contexts: REPLIES },
  { phrase: '(congrats|congratulations) on (being|your|writing|the) (first|most|only|worst|longest)' },
  { phrase: "(clearly|obviously) (you|someone|somebody|the reviewer) (has|have|had|did|didn't|didnt|never) (never|not|no)" },
  { phrase: "(we're|we are|were) (so |terribly |truly |deeply |)sorry (that |)(we|our|the) ~ (didn't|didnt|did not|couldn't|couldnt|wasn't|wasnt|weren't|werent) (meet|live up to|up to) your (high |lofty |impossible |very high |)(standards|expectations)" },
  { phrase: "(lofty|impossible|royal|princess|high maintenance) (standards|expectations|treatment)" },
  { phrase: "(sorry|so sorry) (we|that we) (couldn't|could not|cant|can't|didn't|didnt) (roll out the red carpet|work miracles|perform miracles)" },
  { phrase: "(isn't|isnt|wasn't|wasnt|weren't|werent|aren't|arent|is not|was not|were not|are not) (good|nice|fast|quick|fancy|perfect) enough for (you|your|her|him|them|some people)" },
  { phrase: "(this|that) is (the|what) thanks (we get|we got|for)" },
  { phrase: '(you\'re|youre|you are|and you\'re|and you are) still (complaining|upset|mad|whining|angry|unhappy|not happy|griping)' },
  { phrase: "(sorry|excuse me|pardon),? what" , contexts: ['comment', 'review-reply'] },
  { phrase: "(it's|its|that's|thats|how) rich", contexts: ['comment', 'review-reply'] },
  { phrase: '(ah yes|oh look|oh wow|oh great|oh good|oh joy|how nice|how lovely|how convenient|real mature|very mature|so mature|how mature|keyboard warrior|keyboard warriors|internet tough guy|ok we get it|okay we get it|the famous)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you're|youre|you are) welcome", notBefore: ['to', 'back', 'here', 'anytime', 'any', 'at', 'in', 'for'], contexts: ['review-reply'], wholeSentence: true },
  { phrase: '(sounds|seems|looks) like (someone|somebody|some people|a certain someone)', contexts: ['comment', 'review-reply'] },
  { phrase: '(lol ok|ok karen|okay karen|ok boomer|k karen)', contexts: ['comment', 'review-reply'] },
  { phrase: '(wow|really|seriously|unbelievable|noted|sure|right|yikes|wild|lol|lmao|ok|okay|hmm|hm|mhm|come on|cmon|riiight|shocker|typical|whatever|bravo|oops|sure thing|ok then|okay then|good for you)', contexts: ['comment', 'review-reply'], wholeSentence: true, calmEnding: true, unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'appreciate', 'welcome', 'glad'] },
  { phrase: '(let me|let us) guess' },
  { phrase: "(who would have thought|who would've thought|who'd have thought|who woulda thought|color us shocked|colour us shocked|color me shocked|what a shocker|what a novel idea|what a concept)" },
  { phrase: '(well done|good job|nice work|great job|very helpful|so helpful|how helpful|real helpful|very constructive|so constructive|how constructive|very mature|so classy|real classy|how original|how kind|how generous)', contexts: ['review-reply'], wholeSentence: true, calmEnding: true },
  { phrase: '(must be|must have been) (exhausting|hard being|tough being|fun being|so hard|rough)', contexts: ['comment', 'review-reply'] },
  { phrase: '(clearly|evidently)', contexts: ['review-reply'], sentenceStart: true },
  // Talking down: the obvious pointed out, the reader's expertise mocked.
  { phrase: "(not|isnt|its not|it's not|it is not|this isnt|this is not) (that |exactly |)(complicated|rocket science|brain surgery|open heart surgery|hard math|the end of the world)", contexts: REPLIES },
  { phrase: "(that's|thats|this is|that is) (just |simply |literally |)how (businesses|business|insurance|it|things|the world|life|dentistry|healthcare|billing|appointments|scheduling|medicine) (work|works)", contexts: REPLIES },
  { phrase: 'not sure what (the|your|their) (complaint|problem|issue|confusion|grievance) (is|was)', contexts: REPLIES },
  { phrase: 'literally (on|in|at|right|everywhere|written|posted|printed|listed|stated|the first|the same|every)', contexts: REPLIES },
  { phrase: '(like|as) (it|the sign|the form|the website|our website) (says|said|clearly says|states) (everywhere|on|in|right|clearly|twice)', contexts: REPLIES },
  { phrase: 'least of (your|their|his|her) (problems|worries|concerns)', contexts: REPLIES },
  { phrase: '(with|have|has) (actual|real) (degrees|degree|training|credentials|medical training|dental training|licenses|expertise|medical degrees|dental degrees)', contexts: REPLIES },
  { phrase: '(dr google|doctor google|google university|youtube university|webmd degree|internet degree|facebook degree)' },
  // Not "if you ever want to chat…", which is a sincere offer.
  { phrase: 'if (you|u) (actually|even|really) (want|care|wanted|cared|need|needed|bothered|intend)', contexts: REPLIES },
  { phrase: '(truly|really|so|very|such) (inspiring|impressive|classy|mature|helpful|considerate|thoughtful) (stuff|work|behavior|behaviour|move|of you|parking)', unlessTextHas: ['thank', 'thanks', 'congrats', 'congratulations', 'proud', 'love', 'welcome'] },
  // "Sure, Jan" is a meme of disbelief wherever it is written, a post included.
  { phrase: 'sure (jan|karen|buddy|pal|sweetie|honey|champ|chief|thing pal)' },
  // Mock kindness and mock drama.
  { phrase: '(nice|kind|good|sweet|generous|thoughtful|big|gracious) of (you|u) to (finally|actually|even|bother|grace|join|show up|remember)', contexts: REPLIES },
  { phrase: 'finally (decided|bothered|showed|remembered|graced|deigned|managed|found time)', contexts: REPLIES },
  { phrase: '(apparently|evidently|i guess|guess) (were|we|im|i|our|us|everyone|nobody|its|it is)', contexts: REPLIES },
  { phrase: '(how|however|how on earth|how ever) (did|will|could|do|would|can) (you|u|they|anyone|she|he) (ever |possibly |)(survive|recover|get over it|move on|bounce back|cope|manage|go on|live|bear|endure|stand)', contexts: REPLIES },
  { phrase: '(oh no|the horror|gasp|oh dear|heaven forbid|god forbid),? not (a|the|another|an|one|two|# )', contexts: REPLIES },
  { phrase: '(great|wonderful|fantastic|perfect|lovely|awesome|wow|terrific|brilliant|super|yay|cool|oh good|oh great) another', contexts: REPLIES, sentenceStart: true },
  { phrase: '(out of|from) your (busy|hectic|important|very busy|incredibly busy) (schedule|day|life)', contexts: REPLIES },
  { phrase: '(this|that|your|an|a|the) (essay|novel|manifesto|dissertation|thesis|saga|epic|five paragraph essay|short story|masterpiece)', contexts: ['review-reply'] },
  { phrase: '(very thorough|so thorough|very detailed|so detailed|very informative|riveting|fascinating|compelling stuff|gripping|noted|cool|fascinating stuff)', contexts: ['review-reply'], wholeSentence: true, calmEnding: true },
  { phrase: '(sorry|apologies|apologize|so sorry) ~ (perfect|miracle|miracles|magic|overnight|instantly|superhuman)', contexts: REPLIES },
  { phrase: '(your|a|the) (punching bag|scapegoat|doormat|whipping boy|emotional support|personal assistant|verbal punching bag)', contexts: REPLIES },
  { phrase: 'imagine (expecting|thinking|believing|wanting|being|paying|complaining|getting|blaming|asking|demanding)', contexts: REPLIES, sentenceStart: true },
  { phrase: 'the only (patient|person|one|customer|client|family) (who|that) (matters|counts|exists|has ever)', contexts: REPLIES },
  { phrase: '(lesson|lecture|masterclass|tutorial|seminar|crash course|ted talk) (in|on|about) (customer service|manners|dentistry|medicine|how|business|running|billing|patience|healthcare)', contexts: REPLIES },
  { phrase: "(we'll|well|we will|i'll|ill) (frame|treasure|cherish|print|laminate) (it|this|that|your)", contexts: REPLIES },
  { phrase: '(your|the|this weeks|this week\'s) (villain|villains|bad guy|bad guys|enemy|nemesis)', contexts: REPLIES },
  { phrase: '(sorry|apologies|apologize) ~ enough', contexts: REPLIES },
  { phrase: '(run|clear|check) (every|each|all|any) (decision|decisions|choice|choices|change|changes) (by|past|with) (you|u)', contexts: REPLIES },
  { phrase: 'go back to (google|the internet|webmd|dr google|youtube|tiktok|facebook|reddit)', contexts: REPLIES },
  { phrase: 'only (you|u) (understand|understood|know|knew|see|saw|could|would|can|care)', contexts: REPLIES },
  { phrase: '(champagne|caviar|a limo|limousine|helipad|a helipad|yacht|yachts|a moat|private jet|a private jet|personal chef|a personal chef|hot tub|a hot tub|mansion|mansions|valet parking|first class|velvet|chandelier|chandeliers|a butler|butlers|a masseuse|gold plated|a harpist)', contexts: REPLIES },
  { phrase: "(wasn't|wasnt|weren't|werent|isn't|isnt|was not|were not|not) (quite |exactly |entirely |)to your (liking|taste|tastes|satisfaction)", contexts: REPLIES },
  { phrase: '(bold|brave|rich|cute|interesting|funny|generous|sweet) of (you|u) to', contexts: REPLIES },
  { phrase: "(funny|interesting|strange|odd|curious|weird),? (we|i) (don't|dont|do not|didn't|didnt|did not) (remember|recall|see|hear)", contexts: REPLIES },
  { phrase: '(highlight|high point|best part|low point) of your (day|week|month|year|life)', contexts: REPLIES },
  { phrase: '(someone|somebody|some people) (has|have|had|must have|clearly has|needs|need|woke up|is|s|sounds|seems) (a lot of free time|too much free time|too much time|way too much time|a lot of time|grumpy|cranky|bitter|jealous|hangry|a nap|a hobby|on the wrong side|salty)', contexts: REPLIES },
  { phrase: '(helpful|useful|insightful|valuable|brilliant|enlightening) (tip|tips|advice|lesson|lecture|insight|insights|explanation|reminder) (about|on) (how|what|why)', contexts: REPLIES },
  { phrase: 'how (medicine|dentistry|insurance|healthcare|health care|billing|the body|biology|science|teeth|scheduling|doctors|clinics|hospitals) (works|work)', contexts: REPLIES, unlessTextHas: ['sorry', 'apologize', 'confusing', 'understand'] },
  { phrase: "(doesn't|doesnt|does not|don't|dont|do not|won't|wont) (revolve|bend|cater) (around|to) (you|your|u|ur)", contexts: REPLIES },
  { phrase: '(just|simply|only) to (annoy|upset|irritate|bother|hurt|inconvenience|spite|punish|torture|ruin|mess with|wreck) (you|u|patients|people|everyone|your|ur|their|his|her)', contexts: REPLIES },
  { phrase: 'how dare (we|i|us|they|she|he|the doctor|our staff|our team|our receptionist|our hygienist)' },
  { phrase: 'nothing (says|screams|shows) ~ like', contexts: REPLIES },
  { phrase: '(sure|ok|okay|fine|right|k|cool) (well|we will|ill|i will|we ll|let me) just', contexts: REPLIES },
  { phrase: '(up to|live up to|lived up to|meet|met|meeting) your (high |lofty |exacting |exquisite |royal |refined |discerning |impeccable |)standards', contexts: REPLIES },
  { phrase: 'your (very |so |such |incredibly |extremely |)(high|lofty|exacting|impeccable|royal|exquisite|refined|discerning|impossibly high) (standards|expectations|tastes)', contexts: REPLIES },
  { phrase: '(good luck|best of luck) (finding|getting|with that|trying|explaining|convincing)', contexts: ['review-reply'] },
  { phrase: '(red carpet|magic wand|magic wands|crystal ball|mind reader|mind readers|psychic|psychics|miracle worker|miracle workers|superpowers|super powers|time machine|fortune teller|fortune tellers|genie|royal treatment|vip treatment|personal butler|personal assistant|personal chauffeur|magicians)', contexts: REPLIES },
  { phrase: '(not|arent|isnt|no|never) (a |an |)(spa|drive thru|drive through|fast food|mcdonalds|hotel|five star hotel|5 star hotel|resort|restaurant|concierge|charity|vending machine)', contexts: REPLIES },
  { phrase: '(our|my) (favorite|favourite) (hobby|pastime|sport)', contexts: REPLIES },
  { phrase: '(miracle|miracles|magician|magic|superhero|superheroes|wizard|wizards|saint|saints|robot|robots)', contexts: REPLIES, unlessSentenceHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'amazing', 'awesome', 'grateful', 'wonderful'] },
  { phrase: '(oh|ah|well|yeah|yes) (of course|sure|right|great|wonderful|perfect|naturally|obviously|totally|definitely|clearly)', contexts: REPLIES, sentenceStart: true },
  { phrase: '(ruined|destroyed|ended|wrecked) (your|his|her|their) (entire |whole |)(day|week|life|month|year|weekend|existence)', contexts: REPLIES },
  { phrase: '(the |)end of the world', contexts: REPLIES, notAfter: ['not'] },
  { phrase: '(in|of) (your|his|her|their) (entire |whole |)(life|existence)', contexts: REPLIES },
  { phrase: '(google|the internet|youtube|tiktok|webmd|facebook|reddit|instagram) (made|makes|taught|teaches|gave|turned) (you|u|them|him|her)', contexts: REPLIES },
  { phrase: 'your (expert|professional|medical|legal|expert medical|valuable|brilliant|esteemed) (opinion|advice|analysis|diagnosis|assessment|review|input|insight|insights|take)', contexts: REPLIES },
  { phrase: '(how|tips on how|advice on how|instructions on how) to (run|do|manage) (our|a|the|my) (office|practice|business|job|clinic|jobs)', contexts: REPLIES },
  { phrase: '(we|were|we are|were clearly|we\'re clearly|i am|im|i\'m) (clearly |obviously |apparently |evidently |just |)(the|such) (villain|villains|bad guys|bad guy|monsters|monster|enemy|devil|worst)', contexts: REPLIES },
  { phrase: '(clearly|obviously|apparently|evidently)', contexts: ['comment'], sentenceStart: true, unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'glad', 'sorry'] },
  { phrase: "(we|i|dentists|doctors|our staff|our team|everyone here) (totally |just |really |absolutely |so |all |)(love|enjoy|adore|live for|get a kick out of) (causing|ruining|overcharging|wasting|hurting|ignoring|torturing|losing|scamming|inflicting|stealing|cheating|gouging|making people|making you|making patients|keeping people|keeping you|keeping patients)", contexts: REPLIES },
  // Irony pinned to the reader's own record: "Interesting review, considering you rebooked…".
  { phrase: '(interesting|funny|strange|odd|curious|fascinating|bold|rich|cute) (take|review|claim|story|comment|complaint|account|version|accusation|perspective|one|) (considering|given|seeing as)' },
  // Feigned helplessness at being misunderstood: "not sure how we could make it any clearer".
  { phrase: '(make|made|making|put|say|said|explain|explained|spell|spelled|write|written|be|been|post|posted) (it|this|that|them|things|the policy|our policy|the sign|the hours|the rules|) (any|much) (clearer|plainer|simpler|more obvious|more clearly|more plainly)', unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'improve', 'feedback', 'suggestion', 'suggestions', 'ideas', 'let'] },
  { phrase: 'how much (clearer|plainer|simpler|more obvious|more clearly|more plainly)', unlessSentenceHas: ['sorry', 'apologize', 'apologise', 'improve', 'feedback', 'suggestion', 'suggestions', 'ideas', 'let'] },
  // Mock accommodation: what the office "didn't" do for one person, or "will just" do for them.
  { phrase: "(didnt|didn't|did not|couldnt|couldn't|wouldnt|wouldn't|wont|won't|cant|can't|not) (drop|dropping) everything", contexts: REPLIES },
  { phrase: 'just (cancel|reschedule|bump|move|ignore|drop|kick out|turn away) (everyone|everybody) (else|elses)', contexts: REPLIES },
  { phrase: 'read (your|ur|their|peoples|people\'s|his|her|patients) (mind|minds)', contexts: REPLIES },
  { phrase: '(hope|hopefully) (youre|you\'re|you are|ur) (proud|happy now|satisfied now|proud of yourself|pleased with yourself)', contexts: REPLIES, calmEnding: true },
  // Ironic credit and praise of the review itself: "points for creativity", "riveting review", "such a helpful review".
  { phrase: '(points|bonus points|props|a gold star|gold star|full marks|an a|a plus|10 10|ten out of ten) for (creativity|the creativity|effort|the effort|imagination|originality|trying|persistence|consistency|enthusiasm|drama|the drama|storytelling)', contexts: REPLIES },
  { phrase: '(riveting|gripping|thrilling|captivating|electrifying|enlightening|compelling|fascinating) (review|read|story|tale|take|post|saga|account|novel|essay)', contexts: REPLIES },
  { phrase: '(such a|what a|very|so|really|super|truly) (helpful|useful|constructive|thoughtful|insightful|fair|balanced|accurate|informative|productive|mature|classy) (review|comment|post|contribution|take|response|message|rant)', contexts: REPLIES, unlessTextHas: ['thank', 'thanks', 'glad', 'appreciate', 'sorry', 'welcome', 'congrats', 'love', 'loved'] },
  // Sarcastic tails and one-word verdicts that end flat: "Truly.", "Super fun.", "Makes total sense.", "Oh wait."
  { phrase: '(truly|super fun|so fun|how fun|fun times|good times|makes total sense|makes perfect sense|love that for you|love to see it|classic|iconic|oh wait|wait what|oh right)', contexts: REPLIES, wholeSentence: true, calmEnding: true },
  // Received insults and complaints praised: "we're honored to be your first one-star".
  { phrase: "(that's|thats|that is|what a|quite a|one) (one |)way to (describe|put|look at|say|see|spell|tell|remember|summarize|characterize|sum up|phrase)", contexts: REPLIES },
  { phrase: '(advice|tips|review|opinion|take|lecture|critique|expertise) from (someone|somebody|a person|a guy|a lady|a reviewer) (who|that) (hasnt|has not|has never|hasn\'t|never|doesnt|doesn\'t|didnt|didn\'t|clearly|obviously|cant|can\'t)', contexts: REPLIES },
  { phrase: '(human rights violation|human rights abuse|war crime|war crimes|crime against humanity|crimes against humanity|federal offense|federal crime|hate crime|cardinal sin|capital offense|national emergency|national tragedy|cruel and unusual|torture chamber|greatest injustice)', contexts: REPLIES },
  { phrase: '(shocked|surprised|stunned|amazed|floored|speechless) (shocked|surprised|stunned|amazed|floored|speechless)' },
  { phrase: '(color|colour) (us|me) (shocked|surprised|stunned|amazed|astonished|flabbergasted|impressed|unsurprised)' },
  { phrase: '(love|gotta love|got to love|dont you love|don\'t you love|dont you just love|don\'t you just love|i love|we love) (how|when) (you|u|people|some people|someone|somebody|the reviewer|reviewers|patients|folks|everyone)', contexts: REPLIES, unlessTextHas: ['thank', 'thanks', 'congrats', 'congratulations', 'proud', 'welcome', 'glad', 'grateful', 'miss', 'sweet', 'kind'] },
  { phrase: '(found|find|finding|made|make|making|took|take|taking) (the |some |)time (between|in between|amid|amidst) (your|all your|all of your)', contexts: REPLIES },
  { phrase: '(how|what) (terrible|awful|horrible|evil|greedy|incompetent|rude|lazy|heartless|cruel|monstrous|careless) (we are|we were|were|our staff is|our team is|our office is|people we are|monsters we are)', contexts: REPLIES },
  { phrase: 'nothing (like|beats) ~ (one star|1 star|a one star|a 1 star|bad review|negative review|angry review|rant|complaint|no show|no shows|cancellation|cancellations|tantrum|meltdown)' },
  // Mock congratulations on the obvious, mock confessions, mock escalation.
  { phrase: '(congratulations|congrats|well done|bravo|good job|nice work),? (you|youve|you\'ve|you have|u) (discovered|figured out|found out|learned|cracked|uncovered|solved|realized|noticed)', contexts: REPLIES },
  { phrase: '(you caught us|you got us|you figured us out|guilty as charged|busted|the jig is up)', contexts: REPLIES, wholeSentence: true, calmEnding: true },
  { phrase: '(our|the) (evil|secret|master|diabolical|sinister|nefarious) (plan|plot|scheme|list|agenda)', contexts: REPLIES },
  { phrase: '(alert|call|notify|contact|phone|inform|tell) (the fbi|the cia|the national guard|the coast guard|congress|the president|interpol|the media|the press|the news|the pope|the supreme court)', contexts: REPLIES },
  { phrase: '(your|this|that|the) (very |incredibly |extremely |so |)(detailed |thorough |in depth |exhaustive |extensive |comprehensive |lengthy |)(analysis|treatise|expose|deep dive|investigation|dissertation|breakdown|critique) (of|on|about)', contexts: REPLIES, unlessTextHas: ['sorry', 'apologize', 'apologise'] },
  // A flat one-word verdict on a post about people: "Shocking." (with "!" it is real surprise).
  { phrase: '(shocking|shocker|who knew|quelle surprise|surprise surprise)', wholeSentence: true, calmEnding: true },
  // "We get it." alone waves the reader off; "We get it, visits aren't fun" is sympathy.
  { phrase: '(we get it|yes we get it|we heard you|message received)', contexts: REPLIES, wholeSentence: true, calmEnding: true },
  // Polite wrappers around a jab: sending the reader elsewhere, irony about who writes reviews,
  // the office as greedy or magical, sympathy for the reader's trouble with fairness.
  { phrase: '(perhaps|maybe) (a|another|a different) (dentist|office|practice|clinic|provider|doctor|place) (who|that|would|might|will|closer|better)', contexts: REPLIES },
  { phrase: '(always |so |)(nice|great|lovely|wonderful|fun|refreshing|interesting) to (hear|get a review|get reviews) from (someone|somebody|people|patients|folks|reviewers) (who|that)', contexts: REPLIES },
  { phrase: '(just|only|all) in it for the money', contexts: REPLIES },
  { phrase: "(we're|we are|were|we aint|we ain't) (not|no) (santa|santa claus|made of money|a bank|an atm|genies|a genie|wizards|the tooth fairy|a charity)" },
  { phrase: 'how (upsetting|hard|difficult|painful|traumatic|inconvenient|frustrating|confusing|scary|tough) (fairness|rules|following rules|following the rules|punctuality|being on time|showing up|reading|reading signs|paying bills|paying|common courtesy|manners|basic math|calendars|clocks|alarms|accountability) (can be|is|must be)', contexts: REPLIES },
  { phrase: '(internet|online|armchair|google|self proclaimed|self appointed|keyboard|facebook|yelp|tiktok|youtube) (expert|experts|doctor|doctors|dentist|dentists|critic|critics|genius|geniuses|scholar|scholars|lawyer|lawyers|specialist)', contexts: REPLIES },
  { phrase: "(you're|youre|you are|so you are|so you're|so youre|now you're|now youre) (a |an |)(dentist|doctor|expert|lawyer|nurse|hygienist|specialist|surgeon|orthodontist|scientist|pharmacist) now", contexts: REPLIES },
  // Session 5: condescension as reassurance ("Grown-ups can survive 20 minutes without ESPN").
  { phrase: '(grown ups|grownups|adults|grown adults|big kids|big boys|big girls|sir|maam|mate) (can|will|could|should be able to) (survive|live|manage|cope|make it|handle)', contexts: REPLIES },
];

/** Applause with no thanks or congratulations around it is a slow clap. */
export const SLOW_CLAP_EMOJI: readonly string[] = ['👏'];
export const SINCERE_APPLAUSE: readonly string[] = [
  'thank', 'thanks', 'congrats', 'congratulations', 'proud', 'love', 'welcome', 'happy', 'amazing', 'awesome', 'great', 'best',
  'celebrate', 'celebrating', 'huge', 'win', 'won', 'yay', 'graduated', 'finished', 'kind', 'grateful',
];

/** Emoji that read as eye-rolling or mocking wherever they appear. */
export const SARCASTIC_EMOJI_ANYWHERE: readonly string[] = ['🙄', '😒', '🤡', '🥱', '🙃'];
/** Emoji that read as smug in a comment or reply, but are fine in a playful post. */
export const SARCASTIC_EMOJI_IN_REPLIES: readonly string[] = ['😏', '💅', '🗑'];
/** Laughing or shrugging at a review reads as mocking; in a friendly comment it is just fun. */
export const SARCASTIC_EMOJI_IN_REVIEW_REPLIES: readonly string[] = ['🤷', '😂', '🤣', '💀', '🫠', '😬'];

// ---- Word classes for the sarcasm structures (lib/checks/tone/sarcasm-structures.ts) ----

/** Praise and thanks: sarcastic when the same sentence is about a complaint or a bad review. */
export const PRAISE_WORDS: readonly string[] = [
  'love', 'loving', 'loved', 'great', 'wonderful', 'lovely', 'fantastic', 'glowing', 'thanks', 'thank', 'congrats',
  'congratulations', 'appreciate', 'nice', 'brilliant', 'awesome', 'amazing', 'inspiring', 'impressive', 'bravo', 'kudos',
  'cute', 'adorable', 'perfect', 'fabulous', 'delightful', 'charming', 'helpful', 'classy', 'mature', 'stellar', 'terrific',
  'honored', 'honoured', 'flattered', 'thrilled', 'delighted', 'touched',
];
/** A complaint or a bad review, as the thing praised ("thanks for the 1-star", "love the rant"). */
export const COMPLAINT_WORDS: readonly string[] = [
  'complain', 'complaining', 'rant', 'ranting', 'rants', 'whining', 'whine', 'tantrum', 'trashing', 'bashing', 'yelled',
  'yelling', 'screamed', 'screaming', 'cursing', 'outburst', 'meltdown', 'lecture', 'lecturing', 'attack', 'attacking',
  'scammers', 'liars', 'crooks', 'thieves', 'frauds', 'butchers',
];
/** Numbers before "star" that make it a bad review ("a 1-star", "one star"). */
export const LOW_STARS: readonly string[] = ['1', 'one', 'zero', '0', 'single', 'two', '2', 'half'];

/** After "sorry we're not a…": things a practice is harmlessly not ("sorry we're not open Sundays"). */
export const HONEST_NOT: readonly string[] = [
  'open', 'able', 'available', 'in', 'taking', 'accepting', 'a good fit', 'good', 'fit', 'match', 'contracted', 'covered',
  'there', 'here', 'closer', 'sure', 'aware', 'perfect', 'always',
];

/** Imperatives after "Maybe"/"Perhaps" that tell the reader what they should have done. */
export const SNIDE_IMPERATIVES: readonly string[] = [
  'set', 'try', 'read', 'listen', 'check', 'call', 'ask', 'look', 'pay', 'arrive', 'brush', 'floss', 'plan', 'bring', 'show',
  'come', 'think', 'consider', 'learn', 'take', 'write', 'use', 'wear', 'double', 'google', 'stop', 'start', 'remember',
  'reconsider', 'keep', 'get', 'put', 'leave', 'do', 'save', 'skip', 'respect', 'buy', 'invest', 'find', 'make', 'actually',
];

/** Things a speaker pretends to enjoy ("we LOVE causing pain", "enjoy paying triple"). */
export const SPITE_GERUNDS: readonly string[] = [
  'causing', 'making', 'keeping', 'ruining', 'overcharging', 'charging', 'wasting', 'hurting', 'ignoring', 'torturing', 'losing',
  'scamming', 'paying', 'waiting', 'finding', 'driving', 'explaining', 'dealing', 'sitting', 'trying', 'being', 'getting',
];

/** Intensifiers that, in capitals inside a calm thank-you, turn it into mock thanks ("thanks SO much."). */
export const LOUD_INTENSIFIERS: readonly string[] = ['so', 'really', 'very', 'totally', 'super', 'such', 'truly', 'sooo', 'soooo'];

/** One word in quotes that, thrown back at the reader, mocks it ("your 'emergency'", "the 'feedback'"). */
export const MOCKED_WORDS: readonly string[] = [
  'feedback', 'review', 'emergency', 'pain', 'experience', 'concern', 'concerns', 'issue', 'issues', 'professional', 'expert',
  'research', 'service', 'rudeness', 'mistake', 'advice', 'help', 'problem', 'injury', 'trauma', 'facts', 'truth', 'doctor',
  'complaint', 'nightmare', 'ordeal', 'evidence', 'discussion', 'input', 'suggestion', 'suggestions', 'opinion', 'expertise',
];

/** Qualities a business claims for itself: in quotes after "the", they are doubted ("the "luxury" spa"). */
export const CLAIMED_QUALITIES: readonly string[] = [
  'luxury', 'luxurious', 'premium', 'boutique', 'gourmet', 'holistic', 'natural', 'organic', 'gentle', 'painless', 'specialist',
  'specialists', 'experts', 'professionals', 'professional', 'best', 'top', 'advanced', 'revolutionary', 'miracle', 'deal',
  'bargain', 'discount', 'affordable', 'honest', 'friendly', 'quick', 'fast', 'cheap', 'certified', 'pediatric', 'cosmetic',
  'spa', 'clinic', 'dentist', 'dentists', 'doctor', 'doctors', 'cleaning', 'whitening', 'treatment', 'consultation', 'research',
];

/** Suffering that no one is glad to hear of: "happy to hear … were so traumatic" is mock sympathy. */
export const SUFFERING_WORDS: readonly string[] = [
  'traumatic', 'traumatizing', 'traumatising', 'torture', 'torturous', 'ordeal', 'unbearable', 'horrific', 'nightmare', 'agony',
  'agonizing', 'devastating', 'scarring', 'excruciating', 'horrendous', 'hellish', 'tragic', 'tragedy',
];
