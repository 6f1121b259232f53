// Words for a person defined by family or age ("your son", "her daughter", "the toddler"). A
// health or care word tied to one of these is about an identifiable person once the person
// addressed is identifiable (a reviewer, a commenter). Source: written by hand. Licence: CC0.

export const RELATION_WORDS: ReadonlySet<string> = new Set(
  `son sons daughter daughters child kid kids baby babies toddler infant newborn boy girl teen teenager
  mom mother mum mama mommy dad father papa daddy parent parents husband wife spouse partner fiance fiancee boyfriend girlfriend
  brother sister sibling grandma grandmother grandpa grandfather granny nana grandson granddaughter grandchild grandkids
  aunt uncle niece nephew cousin stepson stepdaughter stepmom stepdad twin twins little one lo
  kiddo kiddos kiddie youngest oldest eldest middle hubby wifey grandbaby grandbabies stepkid stepkids fiancé fiancée
  bestie roommate caregiver ward foster nanny mil fil
  hijo hija hijos hijas niño niña nino nina bebé bebe mamá madre papá padre esposo esposa abuela abuelo nieto nieta`.split(/\s+/).filter(Boolean),
);

// Words that stand for one particular person in a post ("the senior", "a patient", "the
// 11am"): a care word tied to one of these can identify someone.
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `patient pt man woman lady gentleman guy gal boy girl kid child baby toddler infant teen teenager student senior
  grandma grandpa mom dad father mother veteran athlete kindergartener preschooler kiddo lady guy gentleman`.split(/\s+/).filter(Boolean),
);
