// Procedures, tests, results, treatments, therapies and appliances, lower-case,
// comma-separated. Source: written by hand from common consumer-health and dental vocabulary
// (no text copied). Licence: CC0. Plurals are matched by the lookup.
import { parseTerms } from './parse-terms';

export const PROCEDURES: readonly string[] = parseTerms(`
root canal, filling, crown, bridge, implant, dental implant, extraction, tooth extraction, wisdom teeth,
wisdom tooth, wisdom teeth removal, veneers, veneer, whitening, teeth whitening, deep cleaning, scaling, scaling and root planing,
braces, invisalign, aligners, retainer, night guard, mouth guard, mouthguard, dentures, denture, sealants,
fluoride treatment, bonding, gum graft, bone graft, oral surgery, frenectomy, pulpotomy, space maintainer, expander,
palate expander, rubber bands, x ray, x rays, xray, panoramic x ray, bitewings,
surgery, hernia surgery, knee surgery, hip replacement, knee replacement, joint replacement, back surgery,
bunion surgery, heart surgery, bypass, stent, pacemaker, c section, cesarean, delivery, vasectomy, tubal ligation,
hysterectomy, mastectomy, double mastectomy, lumpectomy, appendectomy, tonsillectomy, adenoidectomy, tubes, ear tubes,
circumcision, colonoscopy, endoscopy, biopsy, mammogram, pap, pap smear, pap test, colposcopy, ultrasound, sonogram,
mri, ct scan, cat scan, pet scan, scan, ekg, ecg, echocardiogram, stress test, sleep study, blood test, blood work,
bloodwork, labs, lab work, lab results, test results, results, tb test, covid test, strep test, pregnancy test,
drug test, drug screen, std test, hiv test, a1c test, allergy test, hearing test, vision test, eye exam, dilation,
speech evaluation, evaluation, screening, physical, physical exam, sports physical, well child visit, checkup,
check up, follow up, post op, pre op, consult, consultation,
chemo, chemotherapy, radiation, dialysis, infusion, transfusion, immunotherapy, physical therapy, occupational therapy,
speech therapy, therapy, counseling, rehab program, detox, treatment, treatment plan, wound care, home health,
nebulizer, nebulizer treatment, inhaler, cpap, insulin pump, glucose monitor, hearing aid, hearing aids,
glasses, contact lenses, cast, splint, brace, crutches, walker, catheter, colostomy, feeding tube, epipen,
lasik, cataract surgery, botox, filler, fillers, liposuction, tummy tuck, breast augmentation, rhinoplasty, facelift,
vaccine, vaccination, shot, flu shot, booster, immunization, injection, cortisone shot, steroid shot, iud, birth control,
ivf, prenatal care, ultrasound appointment, stitches out, prescription, refill, medication, meds, dose, dosage,
cleaning, exam, sedation, iv sedation, laughing gas, nitrous, nitrous oxide, general anesthesia, anesthesia, numbing,
crown seat, crown prep, tongue tie release, frenotomy, partial, pacifier weaning, extraction site, lab fee,
resultados, radiografía, radiografias, radiografías, limpieza, cita, receta, tratamiento, cirugía
`);
