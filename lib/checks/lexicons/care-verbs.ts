// Verbs of care and of dealings between a practice and a person. A clause whose subject is the
// practice ("we", "our hygienist", "the front desk") and whose object is the person addressed
// ("we called you", "the hygienist ran late for you") narrates an encounter; so does a clause
// whose subject is the person and whose verb is a patient's part in a visit ("you came in",
// "you cancelled", "you signed the consent form"). Source: written by hand. Licence: CC0.

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** What a practice does to or for a person (past forms): "we called you", "Dr. Lee saw your son". */
export const PRACTICE_ACTION_VERBS = words(`
saw seen treated examined cleaned called phoned texted emailed mailed messaged contacted told informed reminded
warned advised explained sent billed charged refunded credited reimbursed scheduled rescheduled booked squeezed fit
fitted accommodated numbed sedated xrayed referred prescribed diagnosed discharged dismissed offered gave given
recommended quoted helped kept made stayed ran pulled extracted filled fixed repaired replaced placed removed checked
verified submitted cared worked loved enjoyed missed seated greeted served turned waived wrote rushed hurt asked left notified replied
responded answered got moved fitted adjusted tightened drilled stitched bandaged vaccinated tested screened measured
`);

/** A person's own part in a visit (past forms): "you came in", "you cancelled", "he waited". */
export const PATIENT_PAST_VERBS = words(`
came visited arrived waited sat left checked showed missed cancelled canceled rescheduled booked scheduled noshowed
signed paid filled brought walked stopped dropped picked declined refused requested chose opted agreed consented
complained yelled screamed cried fainted passed threw bit kicked spent
`);

/** Verbs that count only with a care, record or billing word in the clause: "you had a cleaning",
 *  "you asked for the X-rays" (not "you had a point", "you asked a fair question"). */
export const PATIENT_WEAK_VERBS = words(`had got received asked needed wanted used took gave told mentioned described`);

/** Payment verbs with the person as subject: "you didn't pay", "you owe nothing". */
export const PAYMENT_VERBS = words(`pay paid pays paying owe owes owed owing prepaid underpaid overpaid reimbursed`);

/** What a practice says to someone that is not about care: "we read your review", "we hear you". */
export const NON_CARE_OBJECTS = words(`
review reviews feedback comment comments post posts message messages note notes words concerns concern input response
patience business understanding kindness time stars star rating ratings shoutout shout photo photos picture pictures
story question questions point side perspective opinion thoughts honesty support recommendation referral referrals
`);

/** Subjects that are the practice: its staff by role and its parts. */
export const PRACTICE_SUBJECT_NOUNS = words(`
hygienist hygienists assistant assistants dentist dentists doctor doctors receptionist receptionists desk team staff
nurse nurses surgeon orthodontist provider providers tech technician technicians office billing manager coordinator
scheduler biller dr front everyone here nobody doc docs np pa
`);

/** Common irregular past forms (regular ones end in -ed). */
export const IRREGULAR_PAST = words(`
was were had did came went saw took gave got made ran sat left told said sent kept felt found thought brought bought
paid spent put set let cut hurt bit threw fell broke chose wrote drove rode woke wore tore forgot understood stood
began swam sang rang drank caught taught fought meant met heard held lost won shook spoke stole froze hid
seen given taken done gone written spoken broken chosen forgotten driven eaten fallen known shown bitten hidden worn
torn frozen stolen ridden grown drawn thrown begun
`);

/** Words ending in -ed that are no past tense. */
export const NOT_PAST_ED = words(`
need feed bed red shed seed speed proceed exceed succeed indeed hundred sacred naked wicked wed bled breed greed tweed
deed weed reed steed freed embed shred sled fled led ted ned
`);

/** A word reads as a past tense or past participle. */
export function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && !NOT_PAST_ED.has(lower);
}

/** Adverbs and auxiliaries that may stand between a subject and its verb: "you never even came". */
export const BETWEEN_SUBJECT_AND_VERB = words(`
never not just already actually literally even also only still really finally first then since ever once twice
did didn't have haven't has hasn't 've 'd d ve
`);
