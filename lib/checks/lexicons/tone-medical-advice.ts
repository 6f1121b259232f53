// Specific medical advice to one person in public: telling someone to change a dose, stop a
// drug, get a test, or what their symptom "is". Advice needs an exam and a chart, and in a
// reply it also tells everyone the person is a patient. General advice to everyone is fine.
// Source: written for this project. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';
import { defineWordClass } from '../tone/phrase-set';

/** Common prescription and over-the-counter medicines, and the words for them. */
export const MEDICINES: readonly string[] = [
  'medication', 'medications', 'meds', 'medicine', 'medicines', 'pills', 'pill', 'tablets', 'tablet', 'capsules', 'drops', 'cream',
  'ointment', 'inhaler', 'insulin', 'antibiotic', 'antibiotics', 'steroid', 'steroids', 'prednisone', 'prescription', 'supplement',
  'supplements', 'vitamins', 'vitamin', 'iron', 'birth control', 'patch', 'statin', 'antidepressant', 'antidepressants',
  'metformin', 'lisinopril', 'atorvastatin', 'lipitor', 'amlodipine', 'losartan', 'levothyroxine', 'synthroid', 'omeprazole',
  'prilosec', 'warfarin', 'coumadin', 'eliquis', 'xarelto', 'plavix', 'aspirin', 'baby aspirin', 'ibuprofen', 'advil', 'motrin',
  'tylenol', 'acetaminophen', 'aleve', 'naproxen', 'benadryl', 'zyrtec', 'claritin', 'allegra', 'flonase', 'mucinex', 'sudafed',
  'nyquil', 'dayquil', 'pepto', 'imodium', 'miralax', 'amoxicillin', 'augmentin', 'azithromycin', 'cipro',
  'doxycycline', 'keflex', 'cephalexin', 'bactrim', 'gabapentin', 'tramadol', 'oxycodone', 'hydrocodone', 'norco', 'vicodin',
  'percocet', 'xanax', 'zoloft', 'prozac', 'lexapro', 'wellbutrin', 'adderall', 'ritalin', 'vyvanse', 'ozempic', 'wegovy',
  'mounjaro', 'zepbound', 'jardiance', 'zpack', 'z-pack', 'albuterol', 'symbicort', 'singulair', 'epipen', 'melatonin', 'magnesium', 'potassium',
  'lasix', 'furosemide', 'hydrochlorothiazide', 'metoprolol', 'prednisolone', 'tamiflu', 'paxlovid', 'retinol', 'hydrocortisone',
  'neosporin', 'orajel', 'peridex', 'chlorhexidine', 'antacids', 'tums', 'aspirin',
];

/** Tests, procedures and treatments a person might be told they "need". */
export const TESTS_AND_TREATMENTS: readonly string[] = [
  'mri', 'x ray', 'xray', 'x-rays', 'xrays', 'ct', 'ct scan', 'cat scan', 'scan', 'biopsy', 'ultrasound', 'mammogram', 'colonoscopy',
  'endoscopy', 'ekg', 'ecg', 'echo', 'stress test', 'blood test', 'blood work', 'bloodwork', 'labs', 'culture', 'strep test',
  'root canal', 'crown', 'extraction', 'filling', 'deep cleaning', 'implant', 'surgery', 'operation', 'cortisone shot',
  'steroid shot', 'injection', 'stitches', 'cast', 'brace', 'splint', 'physical therapy', 'pt', 'chiropractor', 'specialist',
  'cardiologist', 'dermatologist', 'neurologist', 'inhaler', 'nebulizer', 'tetanus shot', 'antibiotics', 'antibiotic',
  'steroids', 'stronger dose', 'higher dose', 'lower dose', 'pap smear', 'allergy test', 'sleep study', 'hearing test',
  'hysterectomy', 'c section', 'tonsillectomy', 'gallbladder surgery', 'knee replacement', 'hip replacement', 'therapy',
  'counseling', 'medication', 'meds', 'prescription',
];

/** Dental treatments a child may be told they "need": in a post "you'll need a retainer" speaks to
 *  everyone, so these count only in replies and comments. */
export const DENTAL_TREATMENTS: readonly string[] = [
  'pulpotomy', 'pulpectomy', 'baby root canal', 'nerve treatment', 'stainless steel crown', 'space maintainer', 'spacer',
  'frenectomy', 'tongue tie release', 'lip tie release', 'sealants', 'fluoride varnish', 'scaling', 'root planing',
  'scaling and root planing', 'night guard', 'nightguard', 'mouthguard', 'retainer', 'braces', 'expander', 'palatal expander',
  'bridge', 'denture', 'dentures', 'veneer', 'veneers', 'bonding', 'gum graft', 'bone graft', 'pulp cap', 'apicoectomy',
  'crowns', 'fillings', 'extractions',
];

/** Conditions someone might be told they "probably have". */
export const CONDITIONS: readonly string[] = [
  'infection', 'sinus infection', 'ear infection', 'strep', 'strep throat', 'pink eye', 'uti', 'bladder infection',
  'covid', 'a cold', 'allergies', 'sprain', 'fracture', 'migraine', 'migraines',
  'concussion', 'pinched nerve', 'sciatica', 'tendonitis', 'bronchitis', 'pneumonia', 'shingles', 'eczema', 'rash', 'cavity',
  'abscess', 'dry socket', 'gum disease', 'gingivitis', 'tmj', 'anxiety', 'depression', 'acid reflux', 'reflux', 'gerd', 'ibs',
  'vertigo', 'hernia', 'kidney stone', 'kidney stones', 'gout', 'arthritis', 'plantar fasciitis', 'carpal tunnel', 'cyst',
  'ringworm', 'impetigo', 'hives', 'asthma', 'diabetes', 'prediabetes', 'thyroid', 'anemia', 'dehydration', 'food poisoning',
  'stomach bug', 'norovirus', 'rsv', 'mono', 'lyme', 'lyme disease', 'adhd', 'a uti', 'an infection', 'a sprain', 'a cavity',
  'cracked tooth', 'wisdom tooth', 'wisdom teeth', 'a virus', 'the flu', 'a migraine', 'a fracture', 'a hernia', 'an abscess',
];

const MED = defineWordClass('medicine', MEDICINES);
const TEST = defineWordClass('test_or_treatment', TESTS_AND_TREATMENTS);
const DENTAL = defineWordClass('dental_treatment', DENTAL_TREATMENTS);
const COND = defineWordClass('condition', CONDITIONS);
const BODY = '(ankle|knee|wrist|foot|feet|back|neck|shoulder|elbow|leg|arm|jaw|hand|toe|finger|hip|cheek|face|eye|eyes)';
const DOSE_WORDS = '(dose|dosage|doses|medication|meds|medicine|insulin|units|pills|prescription|inhaler)';

export const MEDICAL_ADVICE_PHRASES: readonly ToneEntry[] = [
  // Changing or stopping a treatment.
  { phrase: `(stop|quit|discontinue|skip|pause|hold off on) (taking |using |applying |)(your |the |that |those |this |any |all |)${MED}`, severity: 'block', message: 'Telling someone in public to stop or skip a medicine is medical advice without an exam, and it confirms they are a patient. Ask them to call.' },
  { phrase: '(stop|quit) taking (it|them|that|those|this)', severity: 'block', message: 'Telling someone in public to stop a medicine is medical advice without an exam. Ask them to call.' },
  { phrase: `(start|resume|restart|keep|continue|stay on|go back on|get back on) (taking |using |applying |wearing |)(your |the |that |those |this |some |)${MED}` },
  { phrase: `(double|triple|halve|increase|decrease|lower|raise|reduce|up|bump up|cut back|cut|skip|split|adjust|change) (your|the|that|this|her|his) ${DOSE_WORDS}`, severity: 'block', message: 'Telling someone in public how to change a dose is medical advice without an exam, and it confirms they are a patient. Ask them to call.' },
  { phrase: 'double up on (your|the|that|those|this) (dose|doses|meds|medication|pills|insulin|inhaler)', severity: 'block' },
  { phrase: `(take|try|use|switch to|go with|alternate|grab|pick up) (# |two |three |an extra |another |a double |double |half |half a |half of |one |a |an |some |more |extra |)(more |extra |)${MED}` },
  { phrase: `${MED} (should|will|ought to|would) (help|fix|clear|knock|take care)` },
  { phrase: '# (mg|milligrams|mcg|ml|units|puffs|tablets|pills|capsules) (of|every|twice|three|each|a day|at)' },
  // Tests, procedures and referrals for this one person.
  { phrase: `(you|u|youll|youd|she|he|shell|hell|shed|your son|your daughter|your child|your kid|your baby|your mom|your dad) (need|needs|will need|ll need|should get|should have|should schedule|must get|have to get|need to get|need to have|definitely need|probably need|just need|might need|may need) (a |an |another |some |your |the |to get a |to get an |to have a |to have an |to get |to see a |to see an |)${TEST}` },
  { phrase: `(you|u) (dont|don't|do not|won't|wont|will not) (need|have to get|need to get) (a |an |any |the |to get a |to get an |to have |)${TEST}`, severity: 'warn' },
  { phrase: `${COND} (for sure|no doubt|definitely|100%|without a doubt|for certain)`, contexts: ['comment', 'review-reply'] },
  { phrase: '(need|needs|should get|should have|has to get|have to get|ought to get) (a|an|to see a|to see an|to get a|to get an) (* |)(eval|evaluation|consult|consultation|specialist|assessment|biopsy|root canal|extraction|orthodontist|periodontist|oral surgeon|endodontist|dermatologist|cardiologist|neurologist|ent|allergist)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you|u|he|she|they) (should have|shouldve|should've|should|need to|needed to) (been |)(taking|using|wearing|applying|rinsing|brushing|flossing|icing|eating|drinking) ~ (with|before|after|every|twice|daily|at night|food)", contexts: ['comment', 'review-reply'] },
  { phrase: `(your|ur) * (doesnt|doesn't|does not|dont|don't|do not|wont|won't) (need|have to get|need to get) (a |an |any |the |to get a |to get an |to have |)${TEST}`, severity: 'warn', contexts: ['comment', 'review-reply'] },
  { phrase: `${MED} (should|must|needs to|has to|can) (be|get) (used|taken|applied|given|stopped|started|continued|doubled|increased|decreased|restarted)`, contexts: ['comment', 'review-reply'] },
  { phrase: '(you|u|she|he) (dont|don\'t|do not|doesnt|doesn\'t|does not) need to (see|go to|come in|call|visit) (a|the|an|your|urgent care|the er) (doctor|dentist|er|emergency room|urgent care|specialist|hospital|provider)' },
  { phrase: '(no need to|there is no need to|theres no need to|there\'s no need to) (see|go to|come in|visit) (a|the|an|urgent care|the er) (doctor|dentist|er|emergency room|urgent care|specialist|hospital)' },
  // Telling someone what their symptom is.
  { phrase: `(sounds|looks|seems) like (you have|you've got|youve got|you got|your son has|your daughter has|your child has|your kid has|your baby has|she has|he has|it's|its|it is|a case of|you might have|you may have) (a |an |the |)${COND}` },
  { phrase: `(it's|its|it is|that's|thats|that is|this is|you have|you've got|youve got) (probably|likely|definitely|almost certainly|most likely|just|only|clearly|obviously|surely) ${COND}` },
  // Home procedures and regimens.
  { phrase: '(pull|take|cut|snip|pop|drain|squeeze|lance|remove) (that|the|those|your|this|it|them) (stitch|stitches|suture|sutures|blister|boil|cyst|splinter|pimple|abscess|cast|splint|brace|out yourself|yourself)', severity: 'block' },
  { phrase: '(pull|take|cut|snip) (it|them|that|those) out (yourself|at home)', severity: 'block' },
  { phrase: '(ice|elevate) (it|that|them|the area)', contexts: ['comment', 'review-reply'] },
  { phrase: `(ice|elevate|wrap|soak|massage|heat|rest|brace|stretch) (your|the|that) ${BODY}` },
  { phrase: '(rinse|gargle|swish) (with|using) (warm |salt |)(salt water|saltwater|peroxide|hydrogen peroxide|mouthwash|baking soda)' },
  { phrase: '(do|take|use|apply|keep doing|keep taking|repeat|continue|stretch|ice|rinse|do those|do the|keep up) ~ (twice|three times|four times|once|# times|every # hours|every few hours) (a|per|each|every) (day|night|hour|hours)' },
  { phrase: '(keep|continue) (doing|icing|stretching|rinsing|wearing|using|applying) (those|your|the|that) (exercises|stretches|glides|rinses|night guard|retainer|brace|splint|drops|cream|inhaler|nerve glides|band)' },
  { phrase: `(get|put|start|keep) (her|him|them|your son|your daughter|your kid|your child|your baby|yourself|your mom|your dad) on ${MED}` },
  { phrase: `(you're|youre|you are|she's|shes|he's|hes|she is|he is) (on|taking) ${MED}` },
  { phrase: `(take|use) (the|that|those|this|your|her|his) ${MED}`, unlessSentenceHas: ['prescribed', 'directed', 'pharmacist'] },
  { phrase: '(try|start|keep) (swishing|rinsing|gargling|icing|soaking|stretching|applying|taking|using)' },
  { phrase: '(try|use|apply|do|start) (a |an |some |)(soft diet|warm compresses|warm compress|cold compress|cold compresses|ice pack|heating pad|heat pack|salt water rinse|saltwater rinse|salt water rinses|night guard|mouth guard|humidifier|neti pot|brat diet|liquid diet|clear liquids|epsom salt|clove oil|orajel|tea bag)' },
  { phrase: '(twice|three times|four times|# times|every # hours|every few hours|# on # off) (a|per|each|every) (day|night|hour)', contexts: ['comment', 'review-reply'] },
  { phrase: '# on # off', contexts: ['comment', 'review-reply'] },
  { phrase: '(get|have) (all |all four |your |the |those |that |them |it |her |his |both |)(wisdom teeth|wisdom tooth|tooth|teeth|tonsils|appendix|gallbladder|mole|cyst|stitches|adenoids) (out|removed|pulled|extracted|taken out)' },
  { phrase: '(you should|you need to|you must|you have to|you ought to|you better|you\'d better|youd better|i\'d|id|i would) (just |definitely |really |probably |seriously |)(get|have) ~ (out|removed|pulled|extracted|taken out)', contexts: ['comment', 'review-reply'] },
  { phrase: '(need|needs|has to|have to|must|should) (stop|quit|start) (the|using|sucking|taking|his|her|their|your|that|those|wearing|eating|drinking)', contexts: ['comment', 'review-reply'] },
  { phrase: `(sounds|looks) like (a |an |)${COND}`, contexts: ['comment', 'review-reply'] },
  { phrase: '(is|are|looks|sounds|seems) (totally |completely |perfectly |pretty |)(normal|expected|fine|nothing to worry about) (for|at|after) (day|week|this|a|the|#)', contexts: ['comment', 'review-reply'] },
  { phrase: '(just|simply) (floss|brush|rinse|ice it|rest|stretch|take|swish|gargle)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you should|you need to|you'll want to|youll want to|you want to|make sure you|be sure to|i'd|id|i would|we'd|wed|we would|you must|you have to|you gotta|just) (take|start taking|stop taking|use|apply|ice|rest|avoid|skip|cut out|cut back on|drink|eat|try taking|switch to|double|increase|decrease|lower|gargle|rinse|swish|elevate|wear|quit|stop)", contexts: ['comment', 'review-reply'], notBefore: ['by', 'in', 'over', 'at', 'into'] },
  { phrase: '(should|will|it\'ll|itll|it will|it should) (go away|clear up|come back|wear off|fade|subside|heal|resolve|get better|settle down|calm down) (on its own|by itself|in a few days|in a week|in a couple days|with time|soon|by tomorrow|in # days)', contexts: ['comment', 'review-reply'] },
  { phrase: '(no need to|you don\'t need to|you dont need to|you do not need to) (come in|worry|see a doctor|see anyone|go to the er|go in|get it checked|be seen)', contexts: ['comment', 'review-reply'] },
  { phrase: 'every (# |few |couple |couple of |two |three |four |six |eight |twelve )(hours|hour)', contexts: ['comment', 'review-reply'] },
  { phrase: `(take|use|try) (some |an |a |)(otc|over the counter|otc pain|generic) (pain reliever|painkiller|painkillers|antihistamine|allergy medicine|medicine|meds|cream|drops|${'{'}medicine})`, contexts: ['comment', 'review-reply'] },
  { phrase: '(put|apply|rub|dab|use|try) (some |a little |a bit of |a dab of |)(ice|heat|vaseline|aloe|neosporin|cream|ointment|clove oil|honey|toothpaste|baking soda|tea tree oil|peroxide|a warm compress|a cold compress|an ice pack|a heating pad) (on|to|over|under|in)', contexts: ['comment', 'review-reply'] },
  { phrase: '(avoid|skip|cut out|stay away from|lay off|cut back on) (dairy|sugar|gluten|caffeine|coffee|alcohol|spicy food|spicy foods|hard foods|crunchy food|chewing|straws|carbs|salt|soda|red meat|citrus)', contexts: ['comment', 'review-reply'] },
  { phrase: '(drink|eat|take) (lots of|plenty of|more|extra) (water|fluids|fiber|protein|electrolytes|vitamin c|zinc)', contexts: ['comment', 'review-reply'] },
  { phrase: "(that's|thats|that is|which is) (why|how) (your|ur|her|his|the|you|she|he) ~ (infection|pain|swelling|cavity|cavities|decay|abscess|sensitivity|bleeding|receding|rash|toothache|gums|sore|stains)", contexts: ['comment', 'review-reply'] },
  { phrase: '(needs|need|should get|should have|has to get|ought to get) (his|her|their|your|those|the|them|both|all four) (wisdom teeth|wisdom tooth|tooth|teeth|tonsils|adenoids|appendix|gallbladder|tongue tie|frenulum|lip tie) (out|removed|pulled|extracted|taken out|clipped|cut|lasered|released)' },
  { phrase: "(that's|thats|that is|it's|its|it is|this is) (what's|whats|what is|what) (causing|behind|making|giving|caused|made|gave)", contexts: ['comment', 'review-reply'] },
  // Session 5: a dental treatment one child "will need" ("she'll need a pulpotomy, don't wait on it!").
  { phrase: `(you|u|youll|youd|she|he|shell|hell|shed|your son|your daughter|your child|your kid|your baby) (need|needs|will need|ll need|should get|should have|must get|have to get|need to get|need to have|definitely need|probably need|just need|might need|may need|is going to need|s going to need) (a |an |another |some |your |the |to get a |to get an |to have a |to have an |to get |)${DENTAL}`, contexts: ['comment', 'review-reply'], notAfter: ['if', 'whether', 'unless'] },
  // Session 5: weaning a habit, told to one parent ("you really need to stop the pacifier now, she's 3").
  { phrase: "(you|u) (really |just |seriously |honestly |definitely |)(need to|have to|should|must|gotta|ought to|better) (stop|start|quit|wean|take away|cut out|give up|ditch|drop|lose|get rid of|break) (the|her|his|that|their|using the|giving the|the nighttime|the night) (pacifier|paci|binky|dummy|bottle|sippy cup|sippy|thumb sucking|thumb|night bottle|bedtime bottle)", contexts: ['comment', 'review-reply'] },
];

// ---- Word classes for the advice structures (lib/checks/tone/advice-structures.ts) ----

/** Verbs of doing something to a body or a treatment: the start of an instruction. */
export const TREATMENT_VERBS: readonly string[] = [
  'take', 'give', 'put', 'apply', 'rinse', 'gargle', 'swish', 'use', 'stop', 'start', 'skip', 'double', 'keep', 'chew', 'avoid',
  'ice', 'switch', 'soak', 'place', 'hold', 'leave', 'pop', 'crush', 'alternate', 'increase', 'decrease', 'lower', 'drink', 'eat',
  'wear', 'quit', 'wean', 'cut', 'halve', 'split', 'get', 'brush', 'floss', 'dab', 'rub', 'press', 'bite', 'spit', 'numb',
  'elevate', 'massage', 'wiggle', 'pull', 'drain', 'squeeze', 'mix', 'dissolve', 'sip', 'suck', 'stick', 'try', 'bump', 'thicken',
  'dilute', 'add', 'roll', 'ditch', 'crack', 'stretch', 'alternate', 'pack', 'paint', 'coat', 'swab', 'flush', 'irrigate',
];
/** Words that soften the start of an instruction without changing it ("just", "please", "then"). */
export const INSTRUCTION_LEAD: readonly string[] = [
  'just', 'please', 'then', 'and', 'so', 'also', 'definitely', 'honestly', 'simply', 'first', 'maybe', 'now', 'meanwhile', 'tbh',
];
/** What an instruction is about when it is medical: doses, frequencies, teeth, appliances, remedies. */
export const MEDICAL_OBJECTS: readonly string[] = [
  'mg', 'milligrams', 'ml', 'mcg', 'dose', 'doses', 'dosage', 'tablet', 'tablets', 'pill', 'pills', 'capsule', 'capsules', 'drops',
  'puffs', 'units', 'twice', 'daily', 'hourly', 'bedtime', 'tooth', 'teeth', 'gum', 'gums', 'mouthguard', 'bridge', 'filling',
  'crown', 'retainer', 'braces', 'aligners', 'invisalign', 'wound', 'socket', 'stitches', 'gauze', 'rash', 'ulcer', 'sore',
  'swelling', 'cheek', 'lip', 'jaw', 'tongue', 'pacifier', 'thumb', 'bottle', 'sippy', 'nightguard', 'implant', 'denture',
  'dentures', 'piece', 'milk', 'ice', 'heat', 'salt', 'saltwater', 'peroxide', 'mouthwash', 'listerine', 'clove', 'orajel',
  'vaseline', 'honey', 'compress', 'numbing', 'painkiller', 'painkillers', 'antibiotic', 'antibiotics', 'meds', 'medication',
  'medicine', 'prescription', 'toothpaste', 'whitening', 'fluoride', 'toothbrush', 'xray', 'xrays', 'rays',
  'lidocaine', 'anesthetic', 'novocaine', 'sedation', 'nitrous', 'food', 'foods', 'diet', 'straw', 'straws', 'side', 'area',
  'blister', 'cyst', 'abscess', 'bleeding', 'fever', 'pain', 'ear', 'throat', 'eye', 'eyes', 'skin', 'thinner', 'thinners',
  'weight', 'crutches', 'sling', 'splint', 'cast', 'stretches', 'exercises', 'contacts', 'lenses', 'glasses', 'heel', 'knee',
  'ankle', 'wrist', 'shoulder', 'back', 'neck', 'foot', 'calves', 'calf', 'hip', 'elbow', 'soda', 'stain', 'stains',
  'vinegar', 'charcoal', 'paste', 'gel', 'strips', 'rinse', 'spray', 'teabag', 'soap', 'lotion', 'moisturizer', 'aquaphor',
  'sunscreen', 'formula', 'cereal', 'tears', 'compresses', 'compress', 'heating', 'pad', 'guard', 'nails', 'nail',
];
/** Problems a reply may "diagnose" ("sounds like a cracked filling", "probably a mild allergy"). */
export const DIAGNOSES: readonly string[] = [
  'cracked', 'fractured', 'chipped', 'abscess', 'abscessed', 'infection', 'infected', 'cavity', 'cavities', 'decay', 'allergy',
  'allergic', 'reaction', 'teething', 'canker', 'ulcer', 'grinding', 'bruxism', 'tmj', 'sensitivity', 'recession', 'impacted',
  'erupting', 'sinusitis', 'sinus', 'strep', 'virus', 'viral', 'bacterial', 'fungal', 'thrush', 'gingivitis', 'periodontitis',
  'pericoronitis', 'mucocele', 'cyst', 'sprain', 'fracture', 'concussion', 'migraine', 'tendonitis', 'bronchitis', 'pneumonia',
  'flu', 'covid', 'uti', 'shingles', 'eczema', 'hives', 'dermatitis', 'conjunctivitis', 'mono', 'anemia', 'dehydration', 'reflux',
  'gerd', 'anxiety', 'depression', 'adhd', 'asthma', 'diabetes', 'inflammation', 'inflamed', 'nerve', 'pulpitis', 'dry',
  'socket', 'herpes', 'coldsore', 'lesion', 'tumor', 'sialolith', 'stone', 'stones', 'adenoids', 'tonsils', 'wisdom',
  'antibiotics', 'extraction', 'extracted', 'pulled', 'loose', 'bruised', 'swollen', 'sprained', 'broken', 'dying', 'dead',
];
/** Words that turn "probably" or "sounds like" into a diagnosis. */
export const DIAGNOSIS_LEADS: readonly string[] = [
  'probably', 'likely', 'definitely', 'certainly', 'clearly', 'obviously', 'def', 'defo', 'deffo', 'prob', 'prolly',
];

/** Symptoms a reply may explain the cause of ("the pain must be coming from…"). */
export const SYMPTOMS: readonly string[] = [
  'pain', 'ache', 'aching', 'soreness', 'sensitivity', 'swelling', 'bleeding', 'throbbing', 'rash', 'numbness', 'tenderness',
  'headache', 'headaches', 'clicking', 'discomfort', 'toothache', 'fever', 'itching', 'burning', 'tingling', 'irritation',
  'redness', 'bump', 'lump', 'sore', 'taste', 'smell', 'breath', 'popping', 'stiffness', 'cough', 'symptoms', 'patch', 'blister',
  'ulcer', 'bruise', 'bruising', 'spots',
];
/** Certainty about a cause, after a symptom ("must be", "is probably", "is definitely"). */
export const CAUSE_CERTAINTY: readonly string[] = ['must', 'probably', 'definitely', 'likely', 'certainly', 'surely', 'obviously', 'clearly', 'almost', 'just', 'only'];
/** What names the cause ("coming from", "caused by", "from", "due to", "because of"). */
export const CAUSE_WORDS: readonly string[] = ['from', 'caused', 'due', 'because', 'coming', 'related', 'triggered'];
/** One person who asked the practice something, named in a post ("A dad asked us about…"). */
export const ONE_ASKER: readonly string[] = [
  'dad', 'mom', 'mum', 'parent', 'patient', 'reader', 'follower', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'mother',
  'father', 'guardian', 'someone', 'somebody', 'commenter', 'caller', 'lady', 'gentleman',
];
