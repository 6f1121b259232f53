// Conditions, diagnoses, symptoms and health states, lower-case, comma-separated. Source:
// written by hand from common consumer-health vocabulary (the kind of terms MedlinePlus
// health-topic titles use; no text copied). Licence: CC0. Plurals are matched by the lookup.
// Words that are mostly non-medical in everyday use ("positive", "mass", "labor") are left
// out on purpose: results are found by phrases such as "came back positive" instead.
import { parseTerms } from './parse-terms';

export const CONDITIONS: readonly string[] = parseTerms(`
diabetes, prediabetes, type 1 diabetes, type 2 diabetes, gestational diabetes, hypertension, high blood pressure,
low blood pressure, high cholesterol, cholesterol, asthma, copd, emphysema, bronchitis, pneumonia, flu, influenza, covid,
strep, strep throat, sinus infection, ear infection, pink eye, conjunctivitis, uti, urinary tract infection,
kidney infection, kidney stone, kidney disease, kidney failure, liver disease, hepatitis, cirrhosis, fatty liver, hiv,
aids, std, sti, chlamydia, gonorrhea, syphilis, herpes, hpv, genital warts, cancer, breast cancer, prostate cancer,
lung cancer, colon cancer, skin cancer, melanoma, leukemia, lymphoma, tumor, tumour, lump, cyst, polyp, nodule, lesion,
depression, anxiety, panic attack, panic disorder, ptsd, bipolar, bipolar disorder, schizophrenia, ocd, adhd, autism,
eating disorder, anorexia, bulimia, addiction, substance use, opioid use disorder, alcoholism, sober, sobriety, relapse,
overdose, recovery, rehab, suicidal, self harm, insomnia, sleep apnea, dementia, alzheimer's, alzheimers, parkinson's,
parkinsons, stroke, seizure, epilepsy, migraine, concussion, head injury,
heart attack, heart disease, heart failure, afib, atrial fibrillation, arrhythmia, heart murmur, murmur, angina,
blood clot, dvt, anemia, thyroid, hypothyroidism, hyperthyroidism, lupus, arthritis, rheumatoid arthritis,
osteoarthritis, osteoporosis, gout, fibromyalgia, scoliosis, sciatica, herniated disc, bulging disc, back pain,
neck pain, knee pain, shoulder impingement, impingement, rotator cuff tear, torn acl, acl tear, meniscus tear, sprain,
sprained ankle, fracture, broken arm, broken leg, broken wrist, broken bone, tendinitis, tennis elbow, carpal tunnel,
plantar fasciitis, bunion, hammertoe, ingrown toenail,
eczema, psoriasis, acne, rosacea, rash, hives, shingles, chickenpox, measles, mumps, whooping cough, rsv, mono,
mononucleosis, lice, head lice, scabies, ringworm, impetigo, wart, athlete's foot,
allergy, allergies, peanut allergy, food allergy, allergic reaction, anaphylaxis, celiac, crohn's, crohns, colitis, ibs,
gerd, acid reflux, reflux, ulcer, hemorrhoids, constipation, diarrhea,
pregnancy, pregnant, miscarriage, stillbirth, ectopic pregnancy, infertility, endometriosis, pcos, menopause,
preeclampsia, due date, trimester, postpartum, postpartum depression, labor and delivery, contractions,
obesity, overweight,
cavity, cavities, tooth decay, decay, gum disease, gingivitis, periodontitis, periodontal disease, abscess,
abscessed tooth, toothache, cracked tooth, chipped tooth, broken tooth, dry socket, tmj, teeth grinding, grinding,
bruxism, sensitive teeth, tooth sensitivity, sensitivity, bad breath, impacted wisdom teeth, overbite, underbite,
crossbite, crooked teeth, plaque, tartar,
cataract, glaucoma, macular degeneration, lazy eye, amblyopia, nearsighted, farsighted, astigmatism,
hearing loss, tinnitus, ear wax, speech delay, developmental delay, mild delay,
fever, cough, sore throat, runny nose, congestion, headache, nausea, vomiting, dizziness, fatigue, chest pain,
shortness of breath, swelling, bleeding, infection, pain, numbness, tingling, bruise, bruising, sore, soreness,
stitch, stitches, wound, burn, scar, incision, sunburn,
high a1c, a1c, inr, abnormal ekg, disability, hospice, terminal illness, terminally ill, diagnosis, condition,
symptoms, injury, illness, sickness, weight, blood sugar, blood pressure, heart rate, vision, hearing,
teeth, tooth, baby teeth, baby tooth, adult teeth, front teeth, molar, molars, gums, gum, gum line, bite, open bite, jaw,
swollen jaw, swollen gum, swollen, loose tooth, loose crown, lost tooth, tongue tie, lip tie, dental anxiety, fainted,
fainting, passed out, gag reflex, cold sore, canker sore, ulcers, sore tooth, nursing, breastfeeding, embarazo, embarazada
`);
