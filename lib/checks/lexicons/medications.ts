// Medications by common generic and brand name, lower-case, comma-separated. Source: written
// by hand from widely known drug names (generic names are public nomenclature; no list
// copied). Licence: CC0.
import { parseTerms } from './parse-terms';

export const MEDICATIONS: readonly string[] = parseTerms(`
insulin, novocaine, novocain, lidocaine, articaine, metformin, ozempic, wegovy, mounjaro, zepbound, semaglutide, tirzepatide, jardiance, trulicity, januvia,
lisinopril, amlodipine, losartan, metoprolol, atenolol, hydrochlorothiazide, furosemide, lasix, atorvastatin, lipitor,
simvastatin, rosuvastatin, crestor, warfarin, coumadin, eliquis, xarelto, plavix, clopidogrel, aspirin regimen,
levothyroxine, synthroid, prednisone, methylprednisolone, albuterol, advair, symbicort, singulair, montelukast,
amoxicillin, augmentin, azithromycin, z pack, zpack, cephalexin, keflex, doxycycline, cipro, ciprofloxacin, bactrim,
penicillin, clindamycin, antibiotics, antibiotic, tamiflu, paxlovid,
sertraline, zoloft, fluoxetine, prozac, escitalopram, lexapro, citalopram, celexa, paroxetine, paxil, bupropion,
wellbutrin, venlafaxine, effexor, duloxetine, cymbalta, trazodone, lithium, lamotrigine, lamictal, seroquel,
quetiapine, abilify, aripiprazole, risperdal, xanax, alprazolam, ativan, lorazepam, klonopin, clonazepam, valium,
diazepam, ambien, zolpidem, adderall, ritalin, concerta, vyvanse, methylphenidate, stimulants, stimulant,
suboxone, buprenorphine, methadone, naltrexone, vivitrol, narcan, naloxone, oxycodone, percocet, hydrocodone,
vicodin, tramadol, codeine, morphine, fentanyl, gabapentin, neurontin, lyrica, pregabalin, opioids, painkillers,
antidepressants, antidepressant, ssri, birth control pills, plan b, truvada, prep, hrt, estrogen,
testosterone, hormone therapy, accutane, isotretinoin, tretinoin, retin a, humira, enbrel, dupixent, methotrexate,
chemotherapy drugs, tamoxifen, epinephrine, benadryl, zyrtec, claritin, flonase, ibuprofen, acetaminophen, tylenol, motrin, advil, children's ibuprofen, children's tylenol, clove oil, steroids,
antibiotic prescription, blood thinner, blood thinners, statin, statins, beta blocker,
chlorhexidine, peridex, chlorhexidine rinse, prescription rinse, prevident, prescription toothpaste, fluoride prescription,
magic mouthwash, valacyclovir, valtrex, acyclovir, nystatin, fluconazole, diflucan, metronidazole, flagyl, penicillin vk,
prednisolone, dexamethasone, medrol, medrol dosepak, ketorolac, toradol, naproxen, aleve, meloxicam, celecoxib, celebrex,
ondansetron, zofran, hydroxyzine, atarax, melatonin, guanfacine, clonidine, strattera, focalin, dexedrine, sumatriptan,
imitrex, topiramate, topamax, propranolol, spironolactone, finasteride, sildenafil, viagra, cialis, estradiol, progesterone,
clomid, letrozole, prenatal vitamins, folic acid, iron supplements, b12 shots, allergy shots, biologics, rituximab, keytruda,
orajel, baby orajel, anbesol, benzocaine, teething gel, numbing gel, maalox, sudafed, mucinex, neosporin, hydrocortisone cream,
nyquil, dayquil
`);
