// Guarantees and absolute claims about outcomes: "100% painless", "guaranteed results",
// "cures", "never fails", "risk-free". Health claims like these draw FTC and licensing-board
// complaints, and no treatment can promise them.
// Source: written for this project from FTC health-claims guidance (no guarantees of results,
// no "risk-free"). Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';
import { NEGATIONS } from '../tone/phrase-findings';

const HEDGES = [...NEGATIONS, 'nearly', 'almost', 'virtually', 'mostly', 'usually', 'often', 'generally', 'relatively', 'fairly', 'any', 'promise', 'claim', 'claims'];
const NO_RISK_HEDGES = ['not', 'never', 'isnt', 'arent', 'few', 'little', 'low', 'minimal', 'some'];
const RISK = 'Every treatment carries some risk. Say it is low-risk and that you will go over the risks.';
const OUTCOME =
  '(painless|pain free|safe|effective|guaranteed|satisfaction|success|successful|better|results|cure|cured|natural|risk free|accurate|fixed|gone|healed|recovered|clear|effective|permanent|pain relief|relief|healthy|whiter|straight|straighter)';
const CONDITIONS =
  '(your|you|all|any|it|them|the|back pain|neck pain|pain|acne|anxiety|depression|migraines|migraine|headaches|headache|insomnia|diabetes|arthritis|allergies|tmj|sciatica|snoring|obesity|cancer|autism|adhd|vertigo|tinnitus|eczema|psoriasis|fibromyalgia|neuropathy|infertility|hair loss|acid reflux|gerd|ibs|asthma|colds|the flu|covid)';

export const GUARANTEE_PHRASES: readonly ToneEntry[] = [
  { phrase: '(100%|completely|totally|absolutely) (painless|pain free)', notAfter: HEDGES, suggestion: 'as comfortable as we can make it', message: 'No treatment is 100% painless. Say you will keep the patient as comfortable as you can.' },
  { phrase: `100% ${OUTCOME}`, notAfter: HEDGES, message: 'No treatment is 100% anything. Describe what patients can usually expect instead.' },
  { phrase: `(one hundred percent|a hundred percent|100 percent) ${OUTCOME}`, notAfter: HEDGES },
  { phrase: '(we|i) (guarantee|guarantees|promise you|can promise|can guarantee)', notAfter: HEDGES, suggestion: 'we aim for' },
  { phrase: '(guaranteed|guarantee) (results|to|relief|success|outcome|outcomes|painless|pain free|cure|improvement|weight loss|smile|smiles|satisfaction|recovery|improvement|fix)', notAfter: HEDGES, message: 'Results cannot be guaranteed. Describe what the treatment aims for instead.' },
  { phrase: '(results|satisfaction|relief|success|outcome|improvement) (are |is |)guaranteed', notAfter: HEDGES },
  { phrase: '(money back|money-back|lifetime|100%|full|ironclad) guarantee', notAfter: HEDGES },
  { phrase: `(cure|cures|curing) ${CONDITIONS}`, notAfter: [...HEDGES, 'for', 'find', 'finding', 'search', 'searching', 'research', 'researching', 'looking', 'hope'], message: 'Promising a cure is an absolute claim. Say the treatment can help.' },
  { phrase: '(will|can|guaranteed to|that will|which will|we) (cure|heal|eliminate|erase|reverse) (your|you|it|them|any|all|back|neck|acne|pain|migraines|anxiety|diabetes|wrinkles|scars)', notAfter: HEDGES },
  { phrase: '(a|the|our|permanent|complete|total|miracle|magic|natural) cure (for|to)', notAfter: [...HEDGES, 'find', 'finding', 'search', 'searching', 'research', 'researching', 'looking', 'hope', 'toward', 'towards'] },
  { phrase: 'cured (in|after|within|forever|for good|for life|permanently|overnight)', notAfter: HEDGES },
  { phrase: '(permanent|permanently|complete|total|instant|immediate|overnight|guaranteed|lasting) (cure|fix|relief|results|solution|weight loss)', notAfter: HEDGES },
  { phrase: '(miracle|magic|magical) (cure|treatment|pill|results|solution|drug|formula|procedure)', notAfter: HEDGES },
  { phrase: '(perfect|flawless) (vision|results|outcome|outcomes|eyesight|smile|smiles|teeth|skin|bite|alignment|fit|crowns|veneers|implants|complexion)', notAfter: HEDGES, unlessSentenceHas: ['no', 'not', 'isnt', 'arent', 'never', 'nobody', 'aim', 'aims', 'pursuit', 'chasing', 'cant', 'cannot'] },
  { phrase: '(results|smile|smiles|relief|whiter|straighter|painless|pain free) ~ (every time|for everyone|for everybody|for every patient|for all patients)', notAfter: HEDGES },
  { phrase: '(never fails|works every time|works for everyone|always works)', notAfter: HEDGES, suggestion: 'works well for many patients', message: 'Nothing works every time. Say it works well for many patients.' },
  { phrase: '(never fail|never failed|never let you down|work every time|works on everyone|every single time|100% of the time|100% success rate|100% of patients|100% of our patients|100% effective)', notAfter: HEDGES, message: 'Nothing works every time. Say it works well for many patients.' },
  { phrase: '(risk free|riskfree|zero risk)', notAfter: NO_RISK_HEDGES, suggestion: 'low-risk', message: RISK },
  { phrase: '(no risk|without risk|without any risk|completely risk free|no side effects|zero side effects|without side effects|no complications|zero complications|no downtime|zero downtime|zero pain|no pain at all)', notAfter: NO_RISK_HEDGES, message: RISK },
  { phrase: '(completely|totally|absolutely|entirely|perfectly|fully|100%|guaranteed) (safe|painless|pain free|harmless|risk free|effective|tear free|fear free|stress free|anxiety free|worry free|cry free)', notAfter: HEDGES },
  { phrase: "(won't|will not|wont|doesnt|doesn't|does not|never) (hurt|hurts) (a bit|at all|one bit|a thing|even a little)", notAfter: HEDGES },
  { phrase: "(you won't|you will not|you wont|you'll not|won't|will not) feel a (thing|thing at all)", notAfter: HEDGES },
  { phrase: "(you'll|you will|youll|you're going to|youre going to|you are going to) (feel|be|look) (100%|completely|totally|perfectly|pain free|cured|brand new|good as new|like new|fine in no time|back to normal)", notAfter: HEDGES },
  { phrase: '(100%|completely|totally|fully) (better|healed|recovered|cured|pain free) (by|in|after|within)', notAfter: HEDGES },
  { phrase: '(no|zero) (chance|risk|possibility) of (infection|complications|pain|failure|side effects|relapse|scarring)', notAfter: HEDGES },
  { phrase: '(best|top|number one|#1|no 1) (results|outcomes) (guaranteed|every time|always)', notAfter: HEDGES },
  { phrase: 'guaranteed', notAfter: HEDGES, notBefore: ['parking', 'seating', 'seat', 'seats', 'spot', 'spots', 'issue', 'income', 'minimum', 'rate', 'hours'] },
  { phrase: '(will|gonna|going to|it\'ll|itll|this will|that will) (100%|definitely|absolutely|completely|totally|permanently|fully|certainly) (fix|cure|heal|solve|stop|end|eliminate|get rid of|take care of|resolve|clear up|work)', notAfter: HEDGES },
  { phrase: "(you'll|you will|youll|he'll|hell|she'll|shell|they'll|theyll|it'll|itll) (be|feel) (totally |completely |100% |all |)(fine|good|okay|ok|better|healed|cured|pain free|good as new|back to normal|great|perfect) (by|in|within|after|tomorrow|soon|overnight|in no time|right away|immediately)", notAfter: HEDGES },
  { phrase: "(you'll|you will|youll|he'll|she'll|they'll|your (son|daughter|kid|child) will) never (have|get|need|feel|see) (another|a|any|again)", notAfter: HEDGES },
  { phrase: '(leaves|leave|walks out|walk out|goes home|go home|left|walked out) (completely |totally |100% |)(pain free|painless|cured|healed)', notAfter: HEDGES },
  { phrase: '(painless|pain free) (dentistry|dental|procedure|procedures|treatment|treatments|extraction|extractions|injections|injection|shots|removal|experience|visit|visits|cleanings|cleaning|fillings|root canals|root canal|surgery|care|braces|implants)', notAfter: HEDGES },
  { phrase: '(are|is) the (very |)best (dentist|dentists|doctor|doctors|practice|clinic|care|team|orthodontist|pediatrician|surgeon|surgeons|office|providers) in', notAfter: HEDGES },
  { phrase: "(never|don't|dont|do not|doesnt|doesn't|does not) (make|made|makes) (a |any |a single |)(* |)(mistake|mistakes|errors|error)" },
  { phrase: 'trust me', contexts: ['comment', 'review-reply'] },
  { phrase: '(works|worked|work|effective) (on|for) (everyone|everyones|everybody|everybodys|every patient|every smile|all patients|any smile|every tooth|all teeth|all skin)', notAfter: HEDGES },
  { phrase: 'never (have to |need to |)(worry|deal|suffer|struggle|stress|think) (about|with) ~ again', notAfter: HEDGES },
  { phrase: '(works|worked|work) (every time|100%|every single time|for everyone|for everybody|on everyone|each time|without fail)', notAfter: HEDGES },
  { phrase: '(every single one|each and every one|every single patient|every patient|all of our patients|all our patients) (of our patients |)(leaves|leave|goes|walks|is|are|gets|get) (home |out |)(pain free|happy|satisfied|cured|healed|painless)', notAfter: HEDGES },
  { phrase: '(fix|fixes|fixed|cure|cures|eliminate|eliminates|end|ends|stop|stops|reverse|reverses|remove|removes|get rid of|gets rid of|straighten|straightens|whiten|whitens|heal|heals|solve|solves|correct|corrects) ~ (for good|forever|once and for all|for life|permanently|instantly|overnight|in one visit|in a single visit|in just one visit|in minutes|in one session|in a single session)', notAfter: HEDGES },
  { phrase: '(results|relief|straighter teeth|whiter teeth|a new smile|your new smile|perfect teeth) in (just |only |as little as |)(# |one |two |three |a |)(day|days|visit|visits|week|weeks|session|sessions|hour|hours|minutes)', notAfter: HEDGES },
  { phrase: '(100% |completely |totally |perfectly |)safe for (everyone|everybody|anyone|every patient|all patients)', notAfter: HEDGES },
  { phrase: '(results|smile|smiles|teeth|relief) (that |)(last|lasts) (forever|a lifetime|for life)', notAfter: HEDGES },
  { phrase: '(lifetime|permanent|forever) (results|smile|relief|fix|solution)', notAfter: HEDGES },
  { phrase: '(no|zero|without) (needles|drills|shots|pain|discomfort) (at all|whatsoever|ever|guaranteed)', notAfter: HEDGES },
  { phrase: "(we|i) promise (you'll|you will|youll|you won't|you wont|no|zero|a|your|it won't|it wont|it will|results|this will)", notAfter: HEDGES },
  { phrase: '(works|work|worked) (like magic|wonders|miracles|like a miracle|like a charm)', notAfter: HEDGES },
  { phrase: '(clinically |scientifically |)proven to (cure|eliminate|work|fix|reverse|stop|end|heal|remove)', notAfter: HEDGES },
  { phrase: '(#1|number one|no 1|the best) (rated |)(dentist|dentists|doctor|doctors|practice|clinic|choice|orthodontist|pediatrician) in', notAfter: HEDGES },
  { phrase: "(will|won't|wont|will not|it'll|itll|it will) (never|not) (hurt|sting|be painful|feel a thing)", notAfter: ['may', 'might', 'should', 'usually', 'probably'] },
  // A definite prognosis: the problem "will be gone in 2 days", a drug "will clear it right up".
  { phrase: "(will|'ll|ll|itll|it'll|going to|gonna) (clear it|clear|clear up|go away|be gone|heal|heal up|disappear|resolve|fix it|take care of it|knock it out) (right up|up|on its own|by itself|in # (days|hours|weeks)|in a day|in a couple days|in two days|overnight|by tomorrow|for sure|in no time|right away|completely|for good)", notAfter: [...HEDGES, 'should', 'hopefully'] },
  { phrase: '(or|else) (your|you get your|get your|all your) money back' },
  { phrase: '(gone|clear|clearer|fixed|healed|cured|pain free|straight|straighter|whiter|vanished|disappears|disappear|better) (in|within|after) (# |one |two |three |four |a |just # |just one |just a |only # |only one |only a )(day|days|week|weeks|month|months|session|sessions|visit|visits|hour|hours|treatment|treatments|appointment)', notAfter: [...HEDGES, 'should', 'usually', 'often', 'typically'] },
  { phrase: "(will|ll|to|and) (end|eliminate|stop|cure|fix|restore|realign|reverse|erase|remove|heal|clear|banish|resolve|get rid of) your (* |)(pain|back pain|neck pain|headaches|migraines|acne|wrinkles|anxiety|depression|insomnia|snoring|allergies|symptoms|problem|problems|condition|spine|hearing|vision|sensitivity|stains|cavities)", notAfter: HEDGES },
  { phrase: '(restore|restores|give|gives|guarantee|guarantees|deliver|delivers) (perfect|flawless|full|complete|100%) (hearing|vision|sleep|health|posture|balance|mobility|function|teeth|smile|skin)', notAfter: HEDGES },
  { phrase: '(leaves|leave|with|means|mean|get|gets|guaranteed|absolutely) no (scar|scars|scarring|wrinkles|pain|marks|trace|downtime|side effects|bruising|swelling|discomfort)', notAfter: [...HEDGES, 'little', 'almost', 'nearly', 'virtually'] },
  { phrase: "(won't|wont|will not|never) (get|be|feel|fall) (sick|ill|a cold|the flu|sore|any pain|pain)", notAfter: [...HEDGES, 'hope', 'hopefully'], unlessSentenceHas: ['if', 'when', 'unless'] },
  { phrase: 'after (one|a single|just one|1|only one|a|just a) (session|visit|treatment|appointment|adjustment|dose|injection|shot|class|procedure)', notAfter: HEDGES, unlessSentenceHas: ['many', 'most', 'some', 'may', 'might', 'can', 'feel', 'call', 'follow', 'check'] },
  // "most plans cover two cleanings a year at 100%" is coverage, however far the plan is from the number.
  { phrase: '(back to|feel|feeling|be back at|good as|at) 100%', notAfter: [...HEDGES, 'covered', 'covers', 'cover', 'paid', 'pays', 'reimbursed'], unlessSentenceHas: ['covered', 'covers', 'cover', 'coverage', 'plan', 'plans', 'insurance', 'insurer', 'benefits', 'reimbursed', 'pays', 'paid'] },
  { phrase: '(cavity|pain|stain|decay|fracture|chip|crack|leak|germ|bulletproof|shatter|break) proof', notAfter: HEDGES },
  { phrase: 'no more (headaches|headache|pain|cavities|sensitivity|snoring|migraines|back pain|grinding|glasses|braces|toothaches|toothache|acne|wrinkles|stains|yellow teeth|dentures) (after|with|in|once|thanks to|from)', notAfter: HEDGES },
  { phrase: "(will|ll) (fit|look|feel|work|function|last|match|heal) (perfectly|flawlessly|forever|perfect|like new|like a dream)", notAfter: HEDGES },
  { phrase: "(you'll|youll|you will|they'll|theyll|your kids will|kids will|he'll|she'll|hell|shell) never (*|* *) again", notAfter: HEDGES },
  { phrase: '(gives|give|guarantees|get|gets|achieve|achieves|delivers|deliver) (everyone|everybody|every patient|all patients|anyone|you|all of our patients) (20 20|perfect|flawless|permanent|pain free|painless|a perfect)', notAfter: HEDGES },
  { phrase: '(gone|fixed|cured|healed|over|done|vanish|vanishes|disappear|disappears|erased|eliminated) (for good|forever|for life|permanently|once and for all)', notAfter: HEDGES },
  { phrase: '(any|every|all) (scar|scars|wrinkle|wrinkles|stain|stains|pain|problem|problems|condition|mark|marks|spot|spots|blemish|blemishes|line|lines) ~ (vanish|disappear|go away|gone|erased|melt away|fade away)', notAfter: HEDGES },
  { phrase: 'never (need|needs|have|get|feel|wear|suffer|worry|deal) ~ again', notAfter: [...HEDGES, 'will', 'll', 'might'] },
  { phrase: "(or|else) (we'll|well|we will|it's|its|it is|the next one is|your next visit is|the rest is) ~ (free|for free|on us|no charge|at no cost)", notAfter: HEDGES },
  { phrase: '(full|complete) refund if (you|youre|you are|your) (not|dont|don\'t|arent|aren\'t|unhappy|unsatisfied)' },
  { phrase: '(feel|notice) (absolutely |literally |)nothing', notAfter: HEDGES },
  { phrase: "(will|ll|going to) (look|be|stay|feel|remain|come out) (perfect|flawless|brand new|like new|pristine|immaculate)", notAfter: HEDGES },
  { phrase: '(zero|no) (cavities|pain|discomfort|complications|side effects|needles|drills|decay) (for|with) (anyone|everyone|kids|patients|families|you|children|members|every|all)', notAfter: HEDGES },
  { phrase: "(will|ll|going to|gonna) (be |look |feel |stay |come out |)(perfectly|completely|totally|absolutely|100%|permanently|flawlessly|entirely) (straight|white|healed|fixed|cured|pain free|painless|healthy|fine|gone|normal|perfect|new|even|aligned)", notAfter: HEDGES },
  { phrase: '(eliminate|eliminates|eradicate|eradicates|remove|removes|cure|cures|stop|stops|prevent|prevents|end|ends|fix|fixes|reverse|reverses|whiten|whitens|straighten|straightens) ~ (completely|entirely|totally|permanently|forever|for good|100%|instantly|overnight|once and for all|for life|guaranteed)', notAfter: HEDGES },
  // A free visit staked on an outcome: "zero cavities or your next cleaning is on us".
  { phrase: '(or|else) (your|the) (next |first |whole |entire |)(cleaning|visit|exam|treatment|checkup|appointment|one|filling|month|year|session) (is|are|will be|s|its) (free|on us|on the house|at no charge|at no cost)', notAfter: HEDGES },
  // An outcome as a flawless thing: "perfectly straight teeth".
  { phrase: '(perfectly|flawlessly|completely|totally|100%) (straight|white|even|aligned|healthy|cavity free|pain free|painless) (teeth|smile|smiles|bite|mouth|kids|results|gums)', notAfter: HEDGES },
  // The office's processes as infallible: "that never happens here", "our sterilization is perfect".
  { phrase: 'never (happens|happen|happened) (here|at our|in our|with us|at this|in this|to our)', notAfter: [...HEDGES, 'almost', 'nearly'] },
  { phrase: '(our|the) (sterilization|records|record|billing|charting|system|systems|process|processes|technique|techniques|work|track record|safety record|hygiene|infection control) (is|are|s|has been|have been) (always |)(perfect|flawless|infallible|foolproof|error free|spotless|impeccable|100% accurate)', notAfter: HEDGES, notBefore: ['for', 'to', 'timing'] },
  // "You will never have sensitive teeth again", with any words between.
  { phrase: "(you'll|youll|you will|they'll|theyll|kids will|your kids will|your child will|your son will|your daughter will|he'll|she'll|hell|shell) never ~ again", notAfter: HEDGES },
  // No one does it better: "Nobody does braces better than we do", "gentler than anyone".
  { phrase: '(nobody|no one|noone|no other (dentist|office|practice|clinic|team|orthodontist)) (does|do|can do|treats|cares|handles|makes|gives|knows) ~ (better|gentler|safer|more gently|more carefully|faster) (than|in)' },
  { phrase: '(better|gentler|safer|faster|more gently|more carefully) than (anyone|anybody|any other|every other|all other|all the other)', notAfter: HEDGES },
  // "Every time." closing a claim, and outcomes everyone leaves with.
  { phrase: '(every time|every single time|without fail|each and every time)', wholeSentence: true, calmEnding: true, contexts: ['post', 'review-reply'] },
  { phrase: '(every patient|every kid|every child|every single patient|every family|all our patients|all of our patients|everyone) (leaves|walks out|goes home|leave) (smiling|with a smile|happy|cavity free|satisfied|comfortable|relaxed|pain free|thrilled)', notAfter: HEDGES },
  { phrase: '(absolutely|totally|completely|literally|truly) (zero|no) (pain|discomfort|needles|drills|side effects|downtime|risk|complications|cavities|sensitivity|bleeding|swelling)', notAfter: HEDGES },
  { phrase: '(will|guaranteed to|that will|which will|it will|itll|it\'ll|this will) (cure|heal|eliminate|erase|reverse|stop|prevent|end) (all |any |your |)(cavities|cavity|decay|tooth decay|gum disease|gingivitis|sensitivity|stains|yellowing|bad breath|plaque|tartar|grinding|crowding)', notAfter: HEDGES },
  { phrase: '(straight|white|perfect|straighter|whiter) (teeth|smile|smiles) in (just |only |as little as |under |)(# |one |two |three |six |a |)(day|days|week|weeks|month|months|visit|visits|hour|hours)', notAfter: HEDGES },
  { phrase: 'no more (*|* *) ever', notAfter: HEDGES },
  // Flawless for everyone, right every time, unmatched anywhere.
  { phrase: '(perfect|perfectly|flawless|flawlessly|painless|pain free|amazing|great|beautiful) (on|for) (everyone|everybody|every patient|every smile|every face|all patients|all our patients)', notAfter: HEDGES },
  { phrase: '(are|is|were|was|get it|gets it) always (right|correct|accurate|perfect|flawless|painless|pain free) (the first time|first time|every time|)', notAfter: HEDGES },
  { phrase: "(won't|wont|will not|can't|cant|cannot|never) find (a |an |any |)(better|gentler|kinder|friendlier|nicer|safer|more gentle|more caring|more experienced) ~ (anywhere|in town|in the state|in the county|in the area|around|in oregon|on earth)" },
  // A treatment equated with an absence: "Sealants = no cavities", "flossing means no cavities".
  { phrase: '(sealants|sealant|fluoride|flossing|brushing|cleanings|xylitol|braces|invisalign|aligners|our cleanings|our sealants|whitening|implants) (means |mean |equals |equal |)(no|zero) (cavities|cavity|decay|pain|tears|sensitivity|stains)', notAfter: HEDGES },
  { phrase: "(we|we're|were|we are|our doctors|our dentists|our team|our staff|our hygienists|the doctor|the doctors|our office|dr *) (are |is |)(never|not ever) (wrong|mistaken|incorrect)" },
  { phrase: '(last|lasts|stay|stays|work|works|hold|holds) (for |)(the rest of (your|their|his|her|a) (life|lives)|your whole life|your entire life|a lifetime)', notAfter: [...HEDGES, 'can', 'could', 'may', 'might', 'should', 'help'], unlessSentenceHas: ['care', 'if', 'with'] },
  { phrase: '(zero|0|absolutely no|absolutely zero) (chance|possibility|percent chance)', notAfter: HEDGES },
];

// ---- Word classes for the promise structures (lib/checks/tone/promise-structures.ts) ----

/** Words that promise. */
export const PROMISE_WORDS: readonly string[] = [
  'guarantee', 'guaranteed', 'guarantees', 'promise', 'promises', 'promised', 'ensure', 'ensures', 'assure', 'assures', 'warranty',
];
/** Outcomes that no one can promise. */
export const ABSOLUTE_OUTCOMES: readonly string[] = [
  'perfect', 'perfectly', 'painless', 'permanent', 'permanently', 'forever', 'lifetime', 'cure', 'cured', 'cures', 'flawless',
  'flawlessly', '100%', 'results', 'satisfaction', 'love', 'straight', 'straighter', 'white', 'whiter', 'brighter', 'never',
  'always', 'zero', 'nothing', 'gone', 'fixed', 'healed', 'success', 'succeed', 'work', 'works', 'happy', 'comfortable',
];
/** Words that make "forever" a promise about care ("implants last forever", "pain gone for good"). */
export const LASTING_OUTCOMES: readonly string[] = [
  'will', 'll', 'stay', 'stays', 'lasts', 'remain', 'remains', 'perfect', 'whiter', 'brighter', 'straighter', 'never',
  'last', 'lasts', 'fix', 'fixes', 'fixed', 'cure', 'cures', 'cured', 'gone', 'goodbye', 'stop', 'stops', 'end', 'ends', 'straight',
  'white', 'results', 'solution', 'smile', 'smiles', 'implant', 'implants', 'veneers', 'whitening', 'braces', 'relief', 'pain',
  'eliminate', 'eliminates', 'erase', 'erases', 'reverse', 'reverses', 'heal', 'heals', 'healed', 'crowns', 'fillings', 'teeth',
];
/** Words that make "forever" a feeling, not a promise ("forever grateful"). */
export const FOREVER_FEELINGS: readonly string[] = [
  'grateful', 'thankful', 'friends', 'remember', 'love', 'miss', 'family', 'indebted', 'changed', 'memories', 'hearts', 'heart',
  'young', 'home', 'fan', 'fans',
];
/** Verbs a claim says "never" happen to patients or treatments ("never get cavities", "never chip"). */
export const NEVER_HAPPENS: readonly string[] = [
  'get', 'gets', 'got', 'need', 'needs', 'needed', 'feel', 'feels', 'felt', 'experience', 'experiences', 'develop', 'develops',
  'cry', 'cries', 'cried', 'complain', 'complains', 'complained', 'fail', 'fails', 'failed', 'chip', 'chips', 'stain', 'stains',
  'break', 'breaks', 'hurt', 'hurts', 'hurt', 'leave', 'leaves', 'left', 'loosen', 'loosens', 'decay', 'decays', 'regret',
];
/** Bad outcomes whose absence is claimed ("never had a single complaint", "never get cavities"). */
export const BAD_OUTCOMES: readonly string[] = [
  'cavities', 'cavity', 'pain', 'infection', 'infections', 'complication', 'complications', 'problem', 'problems', 'issue',
  'issues', 'sensitivity', 'decay', 'complaint', 'complaints', 'mistake', 'mistakes', 'failure', 'failures', 'single', 'unhappy',
  'tears', 'discomfort', 'side', 'relapse', 'cry', 'complain',
];
/** After "100%": money and coverage, which are facts, not promises. */
export const HUNDRED_PERCENT_FACTS: readonly string[] = [
  'covered', 'coverage', 'cover', 'covers', 'of', 'off', 'free', 'refund', 'deductible', 'insurance', 'paid', 'payment', 'donated',
  'proceeds', 'profits', 'financing', 'charged', 'owned', 'local', 'recyclable', 'recycled', 'online', 'sure', 'agree', 'honest',
  'booked', 'full', 'committed', 'behind', 'on', 'in', 'done', 'ready',
];
/** Nouns after "the best … in …" that make it a claim about care ("best hands in Eugene"). */
export const CARE_NOUNS: readonly string[] = [
  'dentist', 'dentists', 'doctor', 'doctors', 'dental', 'care', 'hands', 'team', 'practice', 'office', 'orthodontist',
  'pediatrician', 'hygienist', 'hygienists', 'smiles', 'results', 'service', 'staff', 'clinic', 'surgeon', 'surgeons',
  'sedation', 'cleanings', 'braces', 'implants', 'whitening', 'crowns', 'fillings', 'veneers', 'dentistry', 'orthodontics',
  'treatment', 'technology', 'aligners', 'dentures', 'sealants',
];

/** Treatments and appliances whose failure a claim may deny ("our crowns simply do not crack"). */
export const TREATMENT_NOUNS: readonly string[] = [
  'filling', 'fillings', 'crown', 'crowns', 'implant', 'implants', 'veneer', 'veneers', 'sealant', 'sealants', 'bridge',
  'bridges', 'denture', 'dentures', 'braces', 'aligners', 'retainer', 'retainers', 'bonding', 'whitening', 'composites',
  'composite', 'restorations', 'restoration', 'work', 'results', 'treatment', 'treatments', 'brackets', 'caps', 'onlays',
];
/** Ways a treatment fails, as a claim denies them ("do not fall out", "won't chip"). */
export const FAILURE_VERBS: readonly string[] = [
  'fall', 'falls', 'break', 'breaks', 'crack', 'cracks', 'chip', 'chips', 'fail', 'fails', 'leak', 'leaks', 'stain', 'stains',
  'loosen', 'loosens', 'decay', 'discolor', 'discolour', 'shift', 'shifts', 'relapse', 'wear', 'pop', 'come',
];
/** Words of a condition or a care tip around a denied failure ("make sure it doesn't crack"). */
export const FAILURE_QUIET: readonly string[] = [
  'if', 'unless', 'when', 'whether', 'sure', 'ensure', 'keep', 'help', 'helps', 'prevent', 'avoid', 'store', 'hope', 'so',
  'usually', 'rarely', 'most', 'often', 'typically', 'should', 'may', 'might', 'less', 'likely',
];
/** Bad experiences a slogan says there will be none of ("No needles. No drills. No tears."). */
export const SLOGAN_ABSENCES: readonly string[] = [
  'pain', 'needles', 'needle', 'drills', 'drill', 'drilling', 'tears', 'fear', 'crying', 'shots', 'discomfort', 'anxiety',
  'stress', 'cavities', 'scars', 'downtime', 'worries', 'ouch', 'ouchies', 'tears',
];
/** After a superlative: where or how widely it claims to be best ("the best available", "hands down"). */
export const SUPERLATIVE_REACH: readonly string[] = ['available', 'anywhere', 'around', 'period', 'alive'];
/** Practice-side subjects of a record claim ("we have never charged anyone"). */
export const UNIVERSAL_OBJECTS: readonly string[] = ['anyone', 'anybody', 'everyone', 'everybody'];
