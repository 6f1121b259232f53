// The words around an identifier's label: the labels themselves, the filler words that may
// stand between a label and its number, and the words that show a number is stated, or is a
// phone after all.

// Words that label an identifier. Keyed by the word; the number may follow a few filler words.
export const LABELS = new Set(
  `ssn ss ssa social mrn chart record member subscriber policy group grp account acct acc claim license licence dl lic
  plate tag serial sn s/n device rec imei vin udi lot id ids identifier medicare medicaid mbi hicn rx prescription invoice
  inv tracking authorization auth preauth preauthorization precert reference ref confirmation conf case ticket passport
  itin tin ein card visa mastercard amex discover hsa fsa carecredit routing insurance beneficiary enrollee patient
  checking savings check cheque`.split(/\s+/),
);
// Labels too common to stand alone: they need "number", "#", "ID" or a colon between them and the number.
export const WEAK_LABELS = new Set(['record', 'rec', 'tag', 'lot', 'case', 'checking', 'savings', 'check', 'cheque', 'ticket', 'patient', 'insurance', 'reference', 'card', 'visa', 'discover', 'chart']);
// Words between a label and its number ("member ID number is", "card ending in", "last four of your social are").
export const FILLERS = new Set(
  `number numbers no num nbr nos id is was are were of ending ends end in with last four 4 digits digit on file the your his her their
  its it's still as security plate license licence card account policy member subscriber group claim serial code
  pre authorization auth prior medical driver's drivers state identification ins insurance health plan dental vision
  new old correct right listed shows showing reads says i d`.split(/\s+/),
);
// Fillers that make a weak label strong ("record number", "card #", "group ID").
export const STRENGTHENERS = new Set(['number', 'no', 'num', 'nbr', 'id', 'ending', 'ends', '#']);
// Labels that name an identifier on their own, with no "number" or "#" after them.
export const SELF_MARKED_LABELS = new Set(['vin', 'mrn', 'ssn', 'imei', 'udi', 'mbi', 'hicn', 'itin', 'ein', 'dl', 'npi', 'plate']);
// Words in the sentence after a label that show its number is a phone after all.
export const PHONE_WORDS = new Set(['call', 'text', 'phone', 'cell', 'mobile', 'fax', 'tel', 'reach', 'line', 'desk', 'office', 'ext', 'dial']);
// Words right before the number that state it: "the one we have on file is 108 223 4419".
export const STATING_WORDS = new Set(['is', 'are', 'was', 'reads', 'says', 'shows', 'listed', 'ends', 'still', "it's", 'its', "that's"]);
