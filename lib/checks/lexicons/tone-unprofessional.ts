// Unprofessional language: profanity (also when starred out), slang, insults and gossip about
// patients or staff. A practice's public voice is read by every patient it has.
// Source: written for this project; the profanity list is the common English core, kept
// short on purpose. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';
import { defineWordClass } from '../tone/phrase-set';

// Appointment slots written as times ("the 11am", "my 3pm"): how staff refer to a patient.
const TIME = defineWordClass('clock_time', Array.from({ length: 12 }, (_, h) => [`${h + 1}am`, `${h + 1}pm`]).flat());
const SLOT_TALK =
  '(today|yesterday|this morning|this afternoon|last week|was a|was an|is a|is an|came in|showed up|lady|guy|kid|patient|pt|woman|man|girl|boy|dude|mom|dad|no show|no showed|was late|again|slot)';

/** Strong profanity: should not go out under the practice's name. */
export const STRONG_PROFANITY: readonly string[] = [
  'fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'fuckin', 'motherfucker', 'fk', 'fck', 'fcking', 'fkn', 'fuk', 'fuking',
  'shit', 'shitty', 'shits', 'bullshit', 'horseshit', 'shitshow', 'dipshit',
  'bitch', 'bitches', 'bitchy', 'bitching', 'asshole', 'assholes', 'bastard', 'bastards',
  'cunt', 'dickhead', 'douchebag', 'jackass', 'dumbass', 'wtf', 'stfu', 'omfg', 'idgaf', 'goddamn', 'goddamnit',
];

/** Mild profanity: looks careless in a practice's voice. */
export const MILD_PROFANITY: readonly string[] = [
  'damn', 'dammit', 'damnit', 'crap', 'crappy', 'piss', 'pissed', 'pissy', 'ass', 'arse', 'douche', 'freakin', 'frickin', 'effing',
  'freaking', 'friggin', 'frigging', 'fricking',
];

export const SLANG: readonly string[] = [
  'ngl', 'tbh', 'smh', 'lmao', 'lmfao', 'rofl', 'bruh', 'deadass', 'lowkey', 'highkey', 'yeet', 'periodt', 'bffr', 'idc',
  'sksksk', 'istg', 'fml', 'jfc', 'ffs', 'omfg', 'bro', 'dude', 'bruh', 'lmaoo', 'patientproblems', 'dentistproblems', 'nurseproblems', 'frontdeskproblems', 'hygienistproblems', 'nurselife', 'dentallife', 'frontdesklife',
];

export const INSULTS: readonly string[] = [
  'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'stupid', 'dumb', 'imbecile', 'clueless', 'incompetent', 'psycho',
  'nutjob', 'nutcase', 'lunatic', 'karens', 'creep', 'whiner', 'whiners',
  'crybaby', 'hypochondriac', 'hypochondriacs', 'quack', 'quacks', 'weirdo', 'weirdos', 'slob',
  'trashy', 'ghetto', 'ratchet', 'druggie', 'tweaker', 'crackhead', 'pillhead', 'fatso',
  'dumbest', 'stupidest', 'idiocy', 'brainless', 'pathetic', 'loser', 'losers', 'airhead', 'dimwit', 'halfwit', 'nitwit',
];

export const UNPROFESSIONAL_PHRASES: readonly ToneEntry[] = [
  // Gossip about patients or staff.
  { phrase: '(poor kid|poor thing|poor guy|poor girl|poor woman|poor man|poor lady|poor baby|poor dude|poor soul|poor old)', contexts: ['post'], message: 'This reads as gossip about a patient. Keep patient stories off social media.' },
  { phrase: "(guess who|you'll never guess who|you wont believe who|you won't believe who|you will never believe who|can you believe who) (came|walked|showed|stopped|was)", message: 'This reads as gossip about a patient.' },
  { phrase: "(you won't believe|you wont believe|you will not believe|can you believe) (what|who|how) (this|that|a|one|our) (patient|pt|lady|guy|woman|man|mom|dad|kid)", message: 'This reads as gossip about a patient.' },
  { phrase: '(the|that|this|one) (lady|guy|woman|man|girl|boy|kid|dude|patient|pt|mom|dad|grandma|grandpa|gentleman|teen) (in|from) (room|the waiting room|chair|exam room|the lobby|bed|bay|op|operatory)', message: 'This reads as gossip about a patient.' },
  { phrase: '(front desk|office|staff|breakroom|break room|team|hygienist|lunchroom) (tea|gossip|drama)', message: 'This reads as gossip. Keep office talk off the practice\'s page.' },
  { phrase: '(between you and me|just between us|dont tell anyone|don\'t tell anyone|spill the tea|the tea is|tea time|so much drama|the drama|drama queen|frequent flyer|frequent flyers)', message: 'This reads as gossip. Keep office talk off the practice\'s page.' },
  { phrase: '(weirdest|craziest|strangest|grossest|most annoying|rudest) (patient|patients|thing a patient|pt|visit|appointment|case)', message: 'This reads as gossip about patients.' },
  { phrase: "(we|i) (can't|cannot|cant) stand (her|him|them|that|this|patients|people|when patients|it when)", message: 'Complaining about patients in public is unprofessional.' },
  { phrase: '(crazy|rude|annoying|nasty|dramatic|smelly|drunk) (patient|patients|lady|guy|woman|man|mom|dad|parents|pt|people)', message: 'Describing patients this way in public is unprofessional.' },
  { phrase: '(our|the) (receptionist|front desk|nurse|nurses|hygienist|assistant|staff|doctor|dr|billing|manager|ma|tech) (is|was|are|were) (useless|lazy|incompetent|clueless|a mess|hopeless|the worst|a nightmare|hungover|drunk|out again|late again)', message: 'Complaining about staff in public is unprofessional.' },
  { phrase: '(hungover|still drunk|so drunk|wasted last night)', message: 'This is too casual for the practice\'s page.' },
  // A request to the slot's own family ("Could the parent of our 2:30 patient please move your car?") is a notice, not gossip.
  { phrase: `(the|our|my|that) (${TIME}|# (am|pm)|# oclock|# #) ${SLOT_TALK}`, message: 'Talking about a patient by their appointment slot is still gossip about a patient.', unlessSentenceHas: ['please', 'your'] },
  // Disparaging other practices.
  { phrase: '(across the street|down the street|next door|down the road|in town|other office|other practice|other clinic|other dentist|other dentists|other doctors|competitors|competition) (is|has|are|was|were|have) (the |a |)(worst|terrible|awful|garbage|trash|a joke|clowns|hacks|quacks|useless|a mess|disgusting|gross)', message: 'Running down another practice looks petty and can be unfair competition.' },
  { phrase: '(smells|smelled|smell|stinks|stank|reeks|reeked) (like|of) (feet|garbage|trash|death|poop|pee|urine|vomit|puke|cigarettes|booze|alcohol|weed|a locker room|a barn|b o)', message: 'This is insulting and too casual for the practice\'s page.' },
  // Slang written as phrases.
  { phrase: '(a|such a|total|typical|full|major|real|classic) karen', message: 'Calling someone a "Karen" is an insult.' },
  // "calm down Karen": the name as a put-down after an order to settle, in a post as much as a reply.
  { phrase: '(calm down|relax|chill|chill out|settle down|simmer down|cool it|easy there|ok|okay|sure thing|sorry) karen', message: 'Calling someone a "Karen" is an insult.' },
  { phrase: "(mondays|monday|this week|today|work|this job|patients|people|insurance companies) (are|is|has been|have been|s) (the absolute worst|the worst|killing me|killing us|exhausting|brutal|a nightmare|the literal worst|the bane)", message: 'Venting like this is too casual for the practice\'s page.' },
  { phrase: "(can't wait|cant wait|counting down) (for|till|until) (this week|today|this day|work|this shift|friday|the weekend) (to be over|to end|is over)", message: 'Venting like this is too casual for the practice\'s page.' },
  { phrase: '(is|are|s|was|its|this|that) sending me', contexts: ['comment', 'review-reply', 'post'], message: 'Slang like this is too casual for the practice\'s page.' },
  { phrase: 'not (us|me) (having to|being|getting|trying|pretending)', sentenceStart: true, message: 'Slang like this is too casual for the practice\'s page.' },
  { phrase: '(we|i) know (its|it\'s|it is|it was) (you|u)', message: 'Calling someone out in public is unprofessional.' },
  { phrase: '(k|kk|ok|okay) (thx|thanks|ty|tnx)', contexts: ['comment', 'review-reply'], wholeSentence: true, message: 'This is too casual for the practice\'s page.' },
  { phrase: '(that|the) awkward moment (when|where)', message: 'This is too casual for the practice\'s page.' },
  { phrase: "(some of yall|some of y all|some of you|you people|some people) (really |seriously |honestly |just |)(need|needs) to (learn|figure out|understand|get a clue|grow up)", message: 'Lecturing patients as a group is unprofessional.' },
  { phrase: '(hard pass|big mood|same tbh|it is what it is|not gonna lie|aint|ain\'t)', contexts: ['comment', 'review-reply'], message: 'Slang like this is too casual for the practice\'s page.' },
  { phrase: '(no cap|on god|fr fr|its giving|it\'s giving|big yikes|hot mess|sus af|spill the tea|whatever lol|ok boomer)', message: 'Slang like this is too casual for the practice\'s page.' },
  { phrase: '(what the hell|the hell|hell no|hell yeah|hell yes|heck no|sucks to be)', message: 'Swearing looks careless under the practice\'s name.' },
  { phrase: '(the|that|this) (lady|guy|woman|man|dude|kid|mom|dad|girl|boy|grandma|grandpa|patient|family) (who|that) (fainted|cried|screamed|threw up|puked|yelled|bit|passed out|freaked out|came in|was in|keeps|always|never|brought)', unlessTextHas: ['thank', 'thanks', 'grateful', 'appreciate', 'sweet', 'kindness', 'bless'], message: 'This reads as gossip about a patient.' },
  { phrase: '(saw|ran into|spotted|bumped into|seen) ~ (at|in) (target|walmart|the store|the grocery store|costco|church|the gym|kroger|the mall|the bar|the park|starbucks|the game|school pickup)', message: 'Talking about seeing a patient around town is gossip, and it tells everyone they are a patient.' },
  { phrase: '(tired of|sick of|fed up with|so over) (people|patients|parents|folks|moms|dads|families|those|the people) (who|that|like)', message: 'Complaining about patients in public is unprofessional.' },
  { phrase: "(it's|its|it is|honestly) (honestly |truly |just |)(so |really |)(sad|pathetic|ridiculous|embarrassing|shameful|disgusting|gross) (how|that|when) (many |some |)(parents|people|patients|moms|dads|families|folks|adults|kids)", message: 'Judging patients or parents in public is unprofessional.' },
  { phrase: '(the|our) (worst|rudest|most difficult|most annoying|laziest|dirtiest|smelliest) (patient|patients|family|families|parents|people|person|customer|customers)', notBefore: ['experience', 'experiences', 'care', 'outcomes', 'outcome', 'satisfaction', 'safety'], message: 'Insulting patients in public is unprofessional.' },
  { phrase: '(yo|ayy|ayyy|sup|wassup|heyyy|chill)', contexts: ['comment', 'review-reply'], sentenceStart: true, message: 'This is too casual for the practice\'s page.' },
  { phrase: '(dude|bro|just|pls|please|yall|hey|ok|okay|so|everyone|relax|guys) chill', contexts: ['comment', 'review-reply'], message: 'This is too casual for the practice\'s page.' },
  { phrase: '(a future in|future career in) (mma|wrestling|boxing|the ufc|screaming|opera)', message: 'Joking about a patient in public is unprofessional.' },
  { phrase: '(a|one|this|that|our) (patient|pt|lady|guy|mom|dad|kid|woman|man|grandma|grandpa|teen|dude|gentleman) (today|this morning|yesterday|earlier|last week|last night) (who|that|was|had|came|told|asked|tried|said|brought|showed|thought|decided|insisted|literally)', message: 'This reads as gossip about a patient.' },
  { phrase: '(hot mess|train wreck|trainwreck|dumpster fire|shit show|clown show|total circus|absolute zoo)', message: 'This is too casual for the practice\'s page.' },
  { phrase: '(smelled|smells|stunk|stank|reeked) (so bad|terrible|awful|horrible|disgusting|like)', message: 'Describing how someone smelled is insulting and unprofessional.' },
  { phrase: '(so|super|really|kinda) (annoying|extra|cringe|weird|gross|dramatic|entitled)', contexts: ['comment', 'review-reply', 'post'], message: 'This is too casual and judgmental for the practice\'s page.' },
  { phrase: '(ew|eww|ewww|cringe|yuck)', message: 'This is too casual for the practice\'s page.' },
  { phrase: '(whatever|meh|welp|ok boomer|bye felicia|cool story bro|cool story)', contexts: ['comment', 'review-reply'], wholeSentence: true, message: 'This is too casual and dismissive for the practice\'s page.' },
  { phrase: '(keyboard warrior|keyboard warriors|internet tough guy|snowflake|snowflakes|drama queen|haters|hater|troll|trolls)', contexts: ['comment', 'review-reply'], message: 'Name-calling looks unprofessional, whoever it is aimed at.' },
  // Put-downs: telling someone to mature, that no one wanted their view, or how they look.
  { phrase: '(nobody|no one|noone|who) (even |)asked (you|u|for your opinion|for ur opinion)', message: 'This is a put-down. It looks unprofessional, whoever it is aimed at.' },
  { phrase: 'who (even |)asked', wholeSentence: true, contexts: ['comment', 'review-reply'], message: 'This is a put-down. It looks unprofessional, whoever it is aimed at.' },
  { phrase: '(honestly |seriously |just |please |pls |so |ok |okay |dude |bro |lol |um |)(grow up|get a life|get a grip|get over yourself|get over it|touch grass|stay mad|cry about it|cope harder|go outside|log off)', contexts: ['comment', 'review-reply'], sentenceStart: true, message: 'This is a put-down. It looks unprofessional, whoever it is aimed at.' },
  { phrase: '(not a|really not a|never a) (good|great|cute|nice) look', contexts: ['comment', 'review-reply'], message: 'This is a jab in slang. It looks unprofessional on the practice\'s page.' },
  { phrase: '(such a|what a|a|really) (bad|terrible|awful) look', notBefore: ['at', 'inside', 'into', 'around', 'through', 'over'], contexts: ['comment', 'review-reply'], message: 'This is a jab in slang. It looks unprofessional on the practice\'s page.' },
  { phrase: '(who|whoever) raised (you|u|them|him|her|that kid|this kid|these kids|those kids)', message: 'This is an insult. It looks unprofessional, whoever it is aimed at.' },
  { phrase: '(raised by wolves|no home training|zero manners|no manners|no class|zero class|no common sense|zero common sense)', notAfter: ['with', 'there', 'is'], message: 'This is an insult. It looks unprofessional, whoever it is aimed at.' },
  { phrase: '(sir|maam|ma am|madam|bro|buddy|dude|friend|my guy) this is a', sentenceStart: true, contexts: ['comment', 'review-reply'], message: 'This is a meme put-down. It looks unprofessional on the practice\'s page.' },
  // Judging patients or parents as a group: venting, rhetorical "why do parents…", lecturing.
  { phrase: '(kinda|kind of|so|soo|sooo|really|honestly|totally|officially|just) (over|done with) (people|patients|parents|folks|moms|dads|families|those people|everyone|adults)', message: 'Complaining about patients in public is unprofessional.' },
  { phrase: 'why (do|would|does) (some |so many |certain |)(parents|people|moms|dads|patients|families|adults|folks) (let|give|allow|think|keep|insist|bring|refuse|wait|expect|believe|feed)', message: 'Judging patients or parents in public is unprofessional.' },
  { phrase: '(some|certain|so many) (people|parents|patients|moms|dads|families|folks|adults) (really|seriously|honestly|desperately|clearly|just|truly) (need|needs) to', message: 'Lecturing patients as a group is unprofessional.' },
  // Calling out one person in public by what they looked like or did.
  { phrase: '(psa to|shoutout to|shout out to|message to|note to|memo to|dear) the (mom|dad|lady|guy|person|patient|parent|woman|man|family|driver|grandma|grandpa|gentleman|teen|kid|owner) (in|with|who|that|driving)', unlessTextHas: ['thank', 'thanks', 'love', 'sweet', 'kind', 'kindness', 'appreciate', 'grateful', 'bless', 'made'], message: 'Calling someone out in public is unprofessional, and it can identify a patient.' },
  { phrase: 'the way (this|that|the|a) (man|lady|guy|woman|mom|dad|patient|kid|child|family|girl|boy|dude|grandma|grandpa|gentleman|teen|person|parent)', unlessTextHas: ['thank', 'thanks', 'proud', 'brave', 'love', 'sweet', 'kind', 'congrats'], message: 'This reads as gossip about a patient.' },
  { phrase: '(couldnt|couldn\'t|could not|could) care less', message: 'This is dismissive. It looks unprofessional on the practice\'s page.' },
  { phrase: '(dont|don\'t|do not|doesnt|doesn\'t) (really |honestly |even |)care (if|whether) (you|u) (come|return|ever|stay|leave|go|like)', message: 'This is dismissive. It looks unprofessional on the practice\'s page.' },
  { phrase: '(people|ppl|patients|parents|some people|folks|yall) (really |seriously |honestly |)(will|would|can) (complain|whine|moan|gripe|cry) about (anything|everything|literally anything|nothing)', message: 'Complaining about patients in public is unprofessional.' },
  { phrase: '(no more|free from|escape from|a break from|away from|days without|hours without) (crying|screaming|whiny|whining|cranky|bratty|biting|kicking|angry|rude|sticky|smelly) (toddlers|kids|babies|patients|children|parents|people|brats)', message: 'Venting about patients is unprofessional on the practice\'s page.' },
  { phrase: '(ok|okay|k|so) and', contexts: ['comment', 'review-reply'], wholeSentence: true, message: 'This is dismissive. It looks unprofessional on the practice\'s page.' },
  { phrase: "(nobody|no one|noone|nobody's|nobodys|no one's) (is |s |)(forcing|making) (you|u) (to |)(come|stay|be|use|choose|visit|book|return|read)", message: 'This is dismissive. It looks unprofessional on the practice\'s page.' },
  { phrase: '(who|that|to) (put|puts|putting|can put) up with (you|u|people like you|your attitude)', message: 'This is an insult. It looks unprofessional, whoever it is aimed at.' },
  { phrase: '(dont|do not|pls dont|please dont) (us|me)', contexts: ['comment', 'review-reply'], wholeSentence: true, message: 'Slang like this is too casual for the practice\'s page.' },
];

// ---- Word classes for casual language (lib/checks/tone/casual-language.ts) ----

/** Pet names: condescending from a practice when they address the reader ("Bless your heart, sweetie."). */
export const PET_NAMES: readonly string[] = [
  'sweetie', 'sweetheart', 'hun', 'hon', 'honey', 'darling', 'darlin', 'buddy', 'pal', 'champ', 'bud', 'missy', 'babe', 'sis',
  'bro', 'chief', 'toots', 'princess', 'sunshine', 'mister', 'lady', 'karen',
];
/** Pet names that open a sentence as a form of address ("Hun, nobody forced…", "Sweetie you need to…"):
 *  only as a vocative, so "Sugar-free gum…" or "Boss move!" are not read as one. */
export const OPENING_PET_NAMES: readonly string[] = [
  'sweetie', 'honey', 'hun', 'hon', 'sweetheart', 'darling', 'darlin', 'sis', 'buddy', 'pal', 'champ', 'bud', 'sugar', 'toots',
  'missy', 'girl', 'bestie', 'babe', 'fam', 'chief', 'boss', 'mate', 'luv', 'dearie', 'sweetpea',
];
/** Spanish function words: "sus" in a Spanish sentence ("sus brackets") is "their", not slang. */
export const SPANISH_FUNCTION_WORDS: readonly string[] = [
  'que', 'por', 'para', 'con', 'los', 'las', 'del', 'muy', 'una', 'está', 'estamos', 'gracias', 'usted', 'nuestro', 'nuestra',
  'su', 'el', 'la', 'es', 'de', 'y', 'tan', 'bien', 'dígale',
];
/** Interjections that a warm, otherwise careful comment can carry ("omg congrats!"). */
export const SOFT_INTERJECTIONS: readonly string[] = ['omg', 'omgg', 'ommg', 'yay', 'eek', 'aww', 'awww'];

/** Laughing written out: reads as laughing at someone on a practice's page. */
export const LAUGH_WORDS: readonly string[] = ['lol', 'lolol', 'haha', 'hahaha', 'hahahaha', 'hehe', 'lmao', 'lmfao', 'rofl', 'lul', 'lolz'];

/** Interjections and chat abbreviations that are too casual anywhere. */
export const CHAT_WORDS: readonly string[] = [
  'omg', 'omfg', 'ugh', 'ughh', 'ughhh', 'meh', 'welp', 'oof', 'smh', 'bruh', 'jk', 'ikr', 'nvm', 'ttyl', 'brb', 'istg', 'tfw',
  'mfw', 'irl', 'imho', 'wth', 'af', 'yolo', 'bff', 'bestie', 'besties', 'stahp', 'ded', 'sus', 'cray', 'totes', 'obvi', 'vibes',
  'sheesh', 'jeez', 'geez', 'lowkey', 'fam', 'nah', 'dang', 'dangit', 'dayum', 'lmk', 'hmu', 'ttyl', 'smdh', 'bleh', 'tmrw', 'tho', 'karaoke', 'partying', 'highkey', 'fr', 'deadass', 'cringe', 'whatevs',
];

/** Text-message spellings: careless in a reply, unless the reply is plainly warm thanks. */
export const TEXT_SPELLINGS: readonly string[] = [
  'u', 'ur', 'r', 'pls', 'plz', 'bc', 'cuz', 'thx', 'tho', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'ppl', 'rn', 'idk',
  'imo', 'sry', 'ya', 'yep', 'nope', 'yeah', 'convo', 'prolly', 'tmrw', 'tmr', 'b4', 'fr', 'dunno',
  'lemme', 'gimme', 'cya', 'wat', 'wut', 'dis', 'dat', 'coz', 'yup', 'nah',
];

/** Emoji of laughing at someone or of watching drama: gossip on a practice's page. */
export const GOSSIP_EMOJI: readonly string[] = ['🍿', '💀', '🤡'];
/** Laughing emoji: a laugh at someone in a post or a review reply. */
export const LAUGHING_EMOJI: readonly string[] = ['😂', '🤣'];
/** Eye-rolls, shrugs and smirks: dismissive under the practice's name wherever they appear. */
export const DISMISSIVE_EMOJI: readonly string[] = ['🙄', '🙃', '🤷', '😒', '💅', '🤥'];

/** Partisan and campaign words: politics does not belong on a practice's page. */
export const POLITICS: readonly string[] = [
  'trump', 'biden', 'maga', 'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'dems', 'libs', 'liberals',
  'conservatives', 'leftist', 'leftists', 'socialist', 'socialists', 'socialism', 'communist', 'communists', 'woke',
  'politicians', 'levy', 'obamacare', 'antivax', 'antivaxxers', 'partisan', 'congressman', 'congresswoman',
];
/** After "vote"/"voting": a campaign, unless the vote is for the practice ("vote for us"). */
export const VOTE_FOR_PRACTICE: readonly string[] = ['us', 'our', 'your', 'next', 'the', 'best', 'which', 'in', 'on', 'today', 'early'];

/** Gossip about staff's private lives ("Dr. Brandt's ex", "hungover", "pregnant … puking"). */
export const PRIVATE_LIFE: readonly string[] = [
  'ex', 'hungover', 'hangover', 'drunk', 'tipsy', 'puking', 'vomiting', 'divorce', 'divorced', 'dumped', 'breakup', 'hookup',
  'sexy', 'hottie', 'diarrhea', 'affair', 'cheating', 'cramps', 'boyfriend', 'girlfriend', 'keeper', 'flirting', 'flirt',
];
/** The practice's own people, as the subject of gossip. */
export const STAFF_WORDS: readonly string[] = [
  'dr', 'doctor', 'hygienist', 'hygienists', 'assistant', 'receptionist', 'manager', 'nurse', 'tech', 'coworker', 'boss', 'staff',
  'desk', 'intern', 'dentist', 'ortho', 'office',
];

/** A patient or stranger as the subject of a post: a laughing emoji there laughs at them. */
export const SOMEONE_IN_A_POST: readonly string[] = [
  'guy', 'lady', 'kid', 'kiddo', 'kindergartener', 'toddler', 'patient', 'patients', 'someone', 'somebody', 'gentleman', 'man',
  'woman', 'mom', 'dad', 'dude', 'grandma', 'grandpa', 'teen', 'teenager', 'family', 'parent', 'parents', 'yo', 'pt',
];
/** First-person plural: a laugh from "we" in a comment thread is laughing along, not at. */
export const WE_THE_PRACTICE: readonly string[] = ['we', 'well', 'weve', 'us', 'our', 'ours'];

/** The staff as a crowd ("the whole team", "everyone in the back"): the subject of gossip about a patient. */
export const STAFF_CROWD: readonly string[] = ['everyone', 'everybody', 'team', 'office', 'staff', 'desk', 'back', 'girls', 'crew', 'all', 'whole'];
/** What a crowd of staff does with a patient's story: laughing at it is gossip on its own. */
export const MOCKING_VERBS: readonly string[] = [
  'laugh', 'laughs', 'laughed', 'laughing', 'joke', 'jokes', 'joked', 'joking', 'gossip', 'gossiped', 'gossiping',
  'screenshotted', 'cackled', 'cackling', 'giggled', 'giggling', 'howling', 'roasting', 'roasted',
];
/** Talking or remembering is gossip when a scene or its length follows ("remembers you yelling", "for days"). */
export const RETELLING_VERBS: readonly string[] = [
  'talk', 'talks', 'talked', 'talking', 'remember', 'remembers', 'remembered', 'buzzing', 'heard', 'discussed', 'discussing',
  'read', 'reading', 'retelling', 'recounting', 'saw', 'watched',
];
/** A scene a patient made, as staff retell it. */
export const SCENE_WORDS: readonly string[] = [
  'yelling', 'yelled', 'screaming', 'screamed', 'cursing', 'cursed', 'swearing', 'swore', 'crying', 'cried', 'tantrum',
  'meltdown', 'argued', 'arguing', 'fainted', 'puked', 'threw', 'throwing', 'bit', 'biting', 'stormed', 'storming', 'ranting',
  'rant', 'outburst', 'scene', 'kicking', 'kicked', 'slammed', 'freaked', 'freaking', 'days', 'weeks', 'months', 'loud',
  'aloud', 'lunch',
];
/** Warm words that make staff remembering someone fond, not gossip ("remembers you fondly"). */
export const FOND_WORDS: readonly string[] = [
  'fondly', 'love', 'loved', 'miss', 'missed', 'thank', 'thanks', 'grateful', 'changes', 'improve', 'sorry', 'proud', 'glad',
  'congrats', 'celebrate', 'happy', 'kindness', 'kind', 'sweet',
];
/** Whom gossip is about: the reader, a patient described, or the story or review itself. */
export const GOSSIP_TARGETS: readonly string[] = [
  'you', 'u', 'your', 'ur', 'him', 'her', 'them', 'this', 'that', 'it', 'review', 'dad', 'mom', 'mum', 'guy', 'lady', 'kid',
  'patient', 'family', 'man', 'woman', 'husband', 'wife', 'son', 'daughter', 'boy', 'girl', 'grandma', 'grandpa', 'parent',
];
/** Accusing other practices of cheating patients: slander in a practice's voice. */
export const CHEATING_WORDS: readonly string[] = [
  'robbed', 'robbing', 'robbery', 'ripoff', 'scam', 'scamming', 'scammed', 'scammers', 'gouging', 'gouged', 'fleecing',
  'fleeced', 'swindling', 'swindled', 'crooks', 'crooked', 'upselling', 'upsell', 'upsells', 'padding', 'grifters', 'grift',
];
/** After "ripping"/"rip": off is the cheat ("ripping families off" is found by its last word). */
export const CHEATING_PHRASE_HEADS: readonly string[] = ['ripping', 'rip', 'rips', 'ripped'];

/** Nouns and adjectives that insult a person when said of them ("your son was a nightmare"). */
export const PERSON_INSULTS: readonly string[] = [
  'nightmare', 'menace', 'brat', 'terror', 'monster', 'diva', 'handful', 'spoiled', 'entitled', 'disaster', 'mess', 'lunatic',
  'savage', 'gremlin', 'demon', 'animal', 'feral', 'nasty', 'obnoxious', 'unbearable', 'insufferable', 'crazy', 'insane', 'nuts',
  'unhinged', 'delusional', 'liar',
];
/** One person as the subject of such a remark: the reader, their child, a patient described. */
export const ONE_PERSON: readonly string[] = [
  'you', 'u', 'he', 'she', 'hes', 'shes', 'youre', 'son', 'daughter', 'kid', 'child', 'boy', 'girl', 'husband', 'wife', 'mom',
  'dad', 'lady', 'guy', 'patient', 'toddler', 'teen', 'grandma', 'grandpa', 'man', 'woman', 'pt',
];
