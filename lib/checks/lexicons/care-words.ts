// Words of care and records. "Your" (or a named person's) plus one of these says the person was
// a patient: HHS counts confirming that someone is a patient as a disclosure in itself.
// Source: written by hand. Licence: CC0.
import { parseTerms } from './parse-terms';

/** Visits, records and encounters: "your visit", "your chart", "your appointment". */
export const ENCOUNTER_WORDS: readonly string[] = parseTerms(`
visit, appointment, appt, appointments, chart, file, medical file, records, medical records, record, history,
medical history, dental history, intake, exam, examination, checkup, check up, cleaning, hygiene visit, consult,
consultation, follow up, session, procedure, surgery, treatment, care plan, treatment plan, stay, admission, discharge,
referral, test, tests, results, labs, x rays, prescription, refill, diagnosis, case, slot, appointment slot, signature,
signed consent, consent form, chair time, time in the chair, patient account, patient file,
new patient paperwork, paperwork, intake form, forms, portal message, patient portal, last visit, next visit,
next appointment, last appointment, recall, recall visit, hospital stay, er visit, stitches, cast, shots,
mrn, medical record number, chart number, patient id, patient number, chair, dental chair, check in, check out,
callback, call back, reminder, appointment reminder, confirmation, confirmation text, recall card, new patient forms,
health history, medical history form, waiting room visit, emergency visit, walk in visit, same day appointment, eval, evaluation,
six month checkup, six month visit, cleaning appointment, hygiene appointment, consult appointment, follow up visit
`);

/** Who gave the care: "your husband's dentist" says he was a patient, but "your dentist" alone is
 *  usually advice ("ask your dentist"), so these count only for a named person or a relative. */
export const PROVIDER_WORDS: readonly string[] = parseTerms(`
provider, doctor, dentist, hygienist, surgeon, physician, pediatrician, therapist, orthodontist, specialist, nurse
`);

/** Staff roles: a name right after one of these is a colleague, not a patient. */
export const STAFF_ROLE_WORDS: ReadonlySet<string> = new Set(
  `dr doctor dentist hygienist hygienists nurse np pa rn lpn cna ma assistant assistants receptionist coordinator manager
  surgeon physician pediatrician orthodontist therapist technician tech director founder owner colleague staff team
  teammate provider practitioner midwife doula optometrist ophthalmologist chiropractor pharmacist scheduler biller
  intern resident`.split(/\s+/).filter(Boolean),
);
