// Word classes that several tone rules share: who is spoken to, who speaks, the practice's
// people, a reader's family, apologies and hedges. Words are in token form: lower case,
// apostrophes dropped ("you're" → "youre", and so "we're" → "were").
// Source: written for this project. Licence: same as the project.

/** The reader, addressed directly. */
export const SECOND_PERSON: readonly string[] = ['you', 'u', 'youre', 'youve', 'youd', 'youll', 'ya', 'yourself'];

/** The reader's people, whose behaviour a reply may blame ("your son screamed"). */
export const FAMILY: readonly string[] = [
  'son', 'daughter', 'child', 'kid', 'kids', 'children', 'baby', 'toddler', 'teen', 'teenager', 'husband', 'wife', 'partner',
  'mother', 'father', 'mom', 'dad', 'mum', 'boy', 'girl', 'family', 'grandson', 'granddaughter', 'spouse', 'boyfriend', 'girlfriend',
  'kiddo', 'kiddos', 'munchkin', 'little',
];

/** The practice's people and parts, as the subject of a claim about itself. */
export const PRACTICE_SIDE: readonly string[] = [
  'we', 'were', 'weve', 'our', 'staff', 'team', 'doctor', 'doctors', 'dr', 'dentist', 'dentists', 'hygienist', 'hygienists',
  'assistant', 'assistants', 'receptionist', 'receptionists', 'desk', 'office', 'practice', 'clinic', 'providers', 'provider',
  'nurse', 'nurses', 'billing', 'manager', 'physician', 'physicians', 'surgeon', 'orthodontist', 'pricing', 'prices', 'fees',
  'rates', 'charges', 'estimate', 'recommendation', 'diagnosis', 'treatment', 'decision', 'care', 'plan',
];

/** An apology or acknowledgement in the sentence turns most sharp structures into sympathy. */
export const APOLOGY: readonly string[] = [
  'sorry', 'apologize', 'apologise', 'apologies', 'apologizing', 'regret', 'regrets', 'understand', 'understandable', 'sympathize',
];

/** Words that soften a claim into a hope or a likelihood. */
export const HEDGES: readonly string[] = [
  'may', 'might', 'could', 'can', 'usually', 'often', 'typically', 'generally', 'most', 'many', 'some', 'aim', 'aims', 'try',
  'tries', 'hope', 'hopefully', 'help', 'helps', 'designed', 'intended', 'goal', 'strive', 'nearly', 'almost', 'rarely',
  'seldom', 'likely', 'probably', 'possible', 'possibly', 'chance', 'vary', 'varies', 'individual', 'depends', 'depending',
];

/** Plain negations, in token form. */
export const NEGATION_WORDS: readonly string[] = [
  'not', 'no', 'never', 'cant', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'shouldnt',
  'wouldnt', 'couldnt', 'nobody', 'nothing', 'without', 'nor', 'neither',
];
