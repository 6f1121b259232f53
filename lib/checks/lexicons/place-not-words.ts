// Capitalised words that follow "from", "in" or "near" but name no place: everyday words,
// months, languages, titles, brands and payers ("in March", "in Spanish", "from Dr. Ortiz",
// "from Delta Dental"). Source: written by hand. Licence: CC0.
import { COMMON_WORDS } from './common-words';

const EXTRA = `
english spanish french chinese mandarin cantonese vietnamese korean japanese arabic russian portuguese german italian
hindi tagalog somali swahili farsi punjabi urdu polish ukrainian asl sign
mr mrs ms miss mx sgt lt capt col rev pastor coach officer father sister brother mom dad mama papa grandma grandpa nana
invisalign botox zoom venmo paypal zelle google apple amazon netflix
room op chair suite lobby building office unit apt apartment floor
delta cigna aetna humana kaiser anthem blue metlife guardian regence moda united medicaid medicare tricare ohp careoregon
dental medical health insurance pharmacy lab labs bank clinic hospital center group associates inc llc company plan
radiology imaging surgery surgical orthodontics pediatrics
`;

export const PLACE_NOT_WORDS: ReadonlySet<string> = new Set([...COMMON_WORDS, ...EXTRA.split(/\s+/).filter(Boolean)]);
