// Medical advice as structure: an instruction (an imperative, or "you/he should…") whose verb
// acts on a body or a treatment and whose clause names a medical thing (a dose, a drug, a tooth,
// a remedy), and a diagnosis ("sounds like…", "probably…" followed by a problem word). Words are
// looked up in Sets; each clause is looked at once.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { CONDITIONS } from '../lexicons/conditions';
import { MEDICATIONS } from '../lexicons/medications';
import { PROCEDURES } from '../lexicons/procedures';
import {
  CAUSE_CERTAINTY,
  CAUSE_WORDS,
  DIAGNOSES,
  DIAGNOSIS_LEADS,
  ONE_ASKER,
  SYMPTOMS,
  INSTRUCTION_LEAD,
  MEDICAL_OBJECTS,
  MEDICINES,
  TREATMENT_VERBS,
} from '../lexicons/tone-medical-advice';
import { opensClause } from './cooccurrence';
import { memoByDoc } from '../detectors/memo';
import { toneTokens, type ToneToken } from './tokens';

const VERBS = new Set(TREATMENT_VERBS);
const LEAD = new Set(INSTRUCTION_LEAD);
const DRUGS = new Set([...MEDICINES, ...MEDICATIONS].filter((w) => !w.includes(' ')));
const OBJECTS = new Set([...MEDICAL_OBJECTS, ...DRUGS]);
// Drugs by name, not the generic words for them ("medicine", "pills").
const NAMED_DRUGS = new Set([...DRUGS].filter((w) => !MEDICAL_OBJECTS.includes(w) && w.length > 3));
// Problems and procedures from the PHI lexicons too: "probably needs his adenoids out".
const DIAGNOSIS = new Set([...DIAGNOSES, ...[...CONDITIONS, ...PROCEDURES].filter((w) => !w.includes(' ') && w.length > 3)]);
const PROBABLY = new Set(DIAGNOSIS_LEADS);
const SUBJECT = new Set(['you', 'u', 'he', 'she', 'they', 'son', 'daughter', 'kid', 'child', 'baby', 'mom', 'dad']);
// Not "can": "you can take your retainer out to eat" gives permission, not an order.
const MODAL = new Set(['should', 'need', 'needs', 'must', 'have', 'has', 'ought', 'gotta', 'better', 'shouldve', 'shoulda']);
// "You can stop wearing the retainer" is care advice; "you can take it out to eat" is permission.
const CAN_CHANGE = new Set(['stop', 'quit', 'skip', 'discontinue', 'switch']);
// "just have him wear his mouthguard": a causative opens an instruction about someone else.
const CAUSATIVE = new Set(['have', 'make', 'let', 'get']);
const OBJECT_PRONOUN = new Set(['him', 'her', 'them']);
// "should have kept taking": the participle stands for its verb.
const PARTICIPLES = new Set(['kept', 'taken', 'stopped', 'used', 'worn', 'started', 'rinsed', 'brushed', 'flossed', 'iced', 'finished', 'gotten', 'avoided', 'switched']);
// "take a look", "take care", "get in touch": everyday phrases, not instructions, unless a
// medical word follows at once ("take a Tylenol").
const IDIOM_NEXT = new Set(['a', 'care', 'us', 'in', 'back', 'it', 'time', 'touch', 'note', 'advantage', 'part', 'off', 'our', 'the']);
// After a problem word, a season or a campaign: "flu season", "flu shots".
const NOT_A_CASE = new Set(['season', 'shot', 'shots', 'vaccine', 'vaccines', 'clinic', 'clinics', 'day', 'week', 'month', 'awareness', 'prevention', 'free']);
const HELPS = new Set(['help', 'helps', 'work', 'works', 'fix', 'clear', 'do', 'knock', 'calm', 'settle', 'ease', 'numb', 'bring', 'reduce', 'take', 'lift', 'soothe', 'stop']);
// Home remedies that, like a named drug, are promised to help ("warm compresses will bring it down").
const REMEDIES = new Set(['compress', 'compresses', 'ice', 'heat', 'rinse', 'rinses', 'gel', 'ointment', 'cream', 'drops', 'spray', 'gauze', 'saltwater', 'peroxide', 'clove', 'orajel', 'sensodyne', 'soda', 'honey', 'teabag', 'popsicle', 'popsicles']);
const WILL = new Set(['should', 'will', 'would', 'can', 'll', 'might', 'may']);
const DEFER = new Set(['doctor', 'pharmacist', 'physician', 'provider', 'dentist', 'prescribed', 'directed', 'without', 'ask', 'call']);
const MESSAGE = 'This is medical advice to one person in public. Ask them to call the office so a clinician can help.';

/** Index of the instruction's verb when the clause at `i` opens with one, else -1. */
function instructionVerb(tokens: readonly ToneToken[], i: number): number {
  let j = i;
  while (j < i + 3 && LEAD.has(tokens[j]?.text ?? '')) j++;
  const w = tokens[j]?.text ?? '';
  if (w === 'dont' || w === 'never' || (w === 'do' && tokens[j + 1]?.text === 'not')) j += w === 'do' ? 2 : 1;
  else if (CAUSATIVE.has(w) && OBJECT_PRONOUN.has(tokens[j + 1]?.text ?? '') && VERBS.has(tokens[j + 2]?.text ?? '')) j += 2;
  else if (SUBJECT.has(w) || w === 'your') {
    // "you should stop", "your son needs to stop", "he can go back".
    let k = j + (w === 'your' ? 2 : 1);
    const modal = tokens[k]?.text ?? '';
    const canChange = modal === 'can' && CAN_CHANGE.has(tokens[k + 1]?.text ?? '') && !/^(by|in|over)$/.test(tokens[k + 2]?.text ?? '');
    if (!MODAL.has(modal) && !canChange) return -1;
    k++;
    if (tokens[k]?.text === 'to') k++;
    if (tokens[k]?.text === 'have' && PARTICIPLES.has(tokens[k + 1]?.text ?? '')) k++;
    j = k;
  }
  const verb = tokens[j];
  if (!verb || (j > i && verb.breakBefore) || !(VERBS.has(verb.text) || (PARTICIPLES.has(verb.text) && tokens[j - 1]?.text === 'have'))) return -1;
  // "keep an eye on", "keep an eye out": watching, not an instruction about an eye.
  if (tokens[j + 1]?.text === 'an' && tokens[j + 2]?.text === 'eye') return -1;
  if (IDIOM_NEXT.has(tokens[j + 1]?.text ?? '') && verb.text !== 'give') {
    let medical = false;
    for (let k = j + 2; k <= j + 7 && k < tokens.length && !tokens[k]!.clauseBefore; k++) medical ||= OBJECTS.has(tokens[k]!.text);
    if (!medical) return -1;
  }
  return j;
}

/** Token indices right after an "@handle": the handle is a vocative, so what follows opens a clause. */
export const afterHandles = memoByDoc((doc: Doc): ReadonlySet<number> => {
  const tokens = toneTokens(doc);
  const out = new Set<number>();
  const s = doc.norm;
  let t = 0;
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < s.length && /[\w.]/.test(s[end]!)) end++;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    if (t < tokens.length) out.add(t);
  }
  return out;
});

function instructions(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  const handles = doc.norm.includes('@') ? afterHandles(doc) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    // A clause start, or "and"/"then" joining a second instruction ("… and skip lidocaine").
    // Also right after a problem word: "for the eczema try…".
    const afterProblem = i > 0 && VERBS.has(tokens[i]!.text) && isProblemWord(tokens[i - 1]!.text);
    if (!opensClause(tokens, i) && tokens[i]!.text !== 'and' && tokens[i]!.text !== 'then' && !handles?.has(i) && !afterProblem) continue;
    const v = instructionVerb(tokens, i);
    if (v === -1) continue;
    let object = -1;
    let deferred = false;
    // "bite on a damp tea bag": biting on something is itself the instruction.
    if (tokens[v]!.text === 'bite' && tokens[v + 1]?.text === 'on') object = v + 1;
    for (let k = v + 1; object === -1 && k < tokens.length && k <= v + 10; k++) {
      if (tokens[k]!.clauseBefore && tokens[k]!.breakBefore) break;
      if (DEFER.has(tokens[k]!.text)) deferred = true;
      if (OBJECTS.has(tokens[k]!.text)) {
        object = k;
        break;
      }
    }
    for (let k = object + 1; object !== -1 && k < tokens.length && k <= object + 6 && !tokens[k]!.clauseBefore; k++) {
      if (DEFER.has(tokens[k]!.text)) deferred = true;
    }
    if (object === -1 || deferred) continue;
    const from = tokens[i]!.text === 'and' || tokens[i]!.text === 'then' ? i + 1 : i;
    found.push({ start: tokens[from]!.start, end: tokens[object]!.end, message: MESSAGE });
    i = object;
  }
  return found;
}

// Medical word endings ("fasciitis", "neuralgia", "tonsillectomy") name a problem or procedure.
// (Tested with endsWith, not a regex: it runs for most words of a text.)
const MEDICAL_ENDINGS = ['itis', 'osis', 'algia', 'emia', 'pathy', 'ectomy', 'otomy', 'plasty'];
function hasMedicalEnding(w: string): boolean {
  for (let k = 0; k < MEDICAL_ENDINGS.length; k++) if (w.endsWith(MEDICAL_ENDINGS[k]!)) return true;
  return false;
}
const isProblemWord = (w: string) => DIAGNOSIS.has(w) || (w.length > 6 && hasMedicalEnding(w));

/** "sounds like a cracked filling", "it's probably a mild allergy". */
function diagnoses(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    const lead = PROBABLY.has(w) || (w === 'like' && /^(sounds|looks|seems|sound|look|seem)$/.test(tokens[i - 1]?.text ?? ''));
    if (!lead) continue;
    // "sounds like he's got an ear infection" reaches one word further than "probably a cavity".
    const reach = w === 'like' ? 5 : 4;
    for (let k = i + 1; k < tokens.length && k <= i + reach; k++) {
      if (tokens[k]!.clauseBefore) break;
      if (isProblemWord(tokens[k]!.text) && !NOT_A_CASE.has(tokens[k + 1]?.text ?? '')) {
        const from = w === 'like' ? i - 1 : i;
        found.push({ start: tokens[from]!.start, end: tokens[k]!.end, message: 'This tells one person what their symptom is, without an exam. Ask them to call so a clinician can look.' });
        i = k;
        break;
      }
    }
  }
  return found;
}

/** "half a Benadryl before bed should help": a named drug and a promise that it helps. */
function drugWillHelp(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMED_DRUGS.has(tokens[i]!.text) && !REMEDIES.has(tokens[i]!.text)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      if (tokens[k]!.breakBefore) break;
      if (WILL.has(tokens[k]!.text) && HELPS.has(tokens[k + 1]?.text ?? '')) {
        found.push({ start: tokens[i]!.start, end: tokens[k + 1]!.end, message: MESSAGE });
        i = k + 1;
        break;
      }
    }
  }
  return found;
}

const SYMPTOM = new Set(SYMPTOMS);
const CERTAIN = new Set(CAUSE_CERTAINTY);
const CAUSE = new Set(CAUSE_WORDS);
const BE = new Set(['be', 'is', 's', 'its', 'has', 'have', 'was', 'are', 'were']);
const SPECIFIC = new Set(['the', 'your', 'ur', 'her', 'his', 'that', 'this', 'their']);
const IF = new Set(['if', 'when', 'whether', 'unless']);

const POSSESSIVE = new Set(['your', 'ur', 'her', 'his', 'their']);
const CAUSED = new Set(['caused', 'triggered']);

/** "Your daughter's cavity was caused by the juice": one person's problem given a cause. */
function causedBy(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!CAUSED.has(tokens[i]!.text) || tokens[i + 1]!.text !== 'by' || !BE.has(tokens[i - 1]!.text)) continue;
    const problem = i - 2;
    const w = tokens[problem]!.text;
    if (!SYMPTOM.has(w) && !isProblemWord(w)) continue;
    let owner = -1;
    for (let k = problem - 1; k >= 0 && k >= problem - 3 && !tokens[k + 1]!.clauseBefore; k--) if (POSSESSIVE.has(tokens[k]!.text)) owner = k;
    if (owner === -1) continue;
    found.push({ start: tokens[owner]!.start, end: tokens[i + 1]!.end, message: 'This tells one person what caused their problem, without an exam. Ask them to call so a clinician can look.' });
  }
  return found;
}

/** "The pain must be coming from somewhere else", "the swelling is probably from the wisdom tooth": a cause, told without an exam. */
function certainCause(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SYMPTOM.has(tokens[i]!.text)) continue;
    // The symptom, then within three words a certainty ("must", "is probably"), then a cause word.
    let certain = -1;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && !tokens[k]!.clauseBefore; k++) {
      if (CERTAIN.has(tokens[k]!.text)) certain = k;
      else if (!BE.has(tokens[k]!.text) && tokens[k]!.text !== 'to') break;
    }
    // "The numbness is from the injection": a specific symptom ("the", "your") given a cause outright.
    const outright = tokens[i + 2]?.text === 'from' || tokens[i + 2]?.text === 'due' || tokens[i + 2]?.text === 'caused';
    // "the numbness", "your tooth pain": the symptom's owner may stand one word further back.
    const owner = SPECIFIC.has(tokens[i - 1]?.text ?? '') ? i - 1 : SPECIFIC.has(tokens[i - 2]?.text ?? '') && !tokens[i - 1]!.clauseBefore ? i - 2 : -1;
    if (certain === -1 && outright && BE.has(tokens[i + 1]?.text ?? '') && owner !== -1 && !IF.has(tokens[owner - 1]?.text ?? '')) {
      found.push({ start: tokens[owner]!.start, end: tokens[i + 2]!.end, message: 'This tells one person what is causing their symptom, without an exam. Ask them to call so a clinician can look.' });
      i += 2;
      continue;
    }
    if (certain === -1) {
      // "Bleeding gums means you need to floss more": a symptom read as one person's need.
      const m = tokens[i + 1]?.text === 'gums' || tokens[i + 1]?.text === 'teeth' ? i + 2 : i + 1;
      if ((tokens[m]?.text === 'means' || tokens[m]?.text === 'mean') && /^(you|your|he|she|his|her|they|u)$/.test(tokens[m + 1]?.text ?? '')) {
        found.push({ start: tokens[i]!.start, end: tokens[m + 1]!.end, message: 'This tells one person what their symptom means, without an exam. Ask them to call so a clinician can look.' });
        i = m + 1;
      }
      continue;
    }
    for (let k = certain + 1; k <= certain + 4 && k < tokens.length && !tokens[k]!.clauseBefore; k++) {
      if (!CAUSE.has(tokens[k]!.text)) continue;
      found.push({ start: tokens[i]!.start, end: tokens[k]!.end, message: 'This tells one person what is causing their symptom, without an exam. Ask them to call so a clinician can look.' });
      i = k;
      break;
    }
  }
  return found;
}

const ASKER = new Set(ONE_ASKER);
const MANY = new Set(['many', 'lots', 'lot', 'several', 'some', 'few', 'all', 'most', 'often', 'always', 'parents', 'families']);

/**
 * Whether a post answers one person's question: "A dad asked us about his son's grinding: …",
 * "Sophie's mom asked us…". "Parents often ask us about…" speaks to everyone.
 */
export const answersOneAsker = memoByDoc((doc: Doc): boolean => {
  const tokens = toneTokens(doc);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'asked' || tokens[i]!.breakBefore) continue;
    const who = tokens[i - 1]!.text;
    if (!ASKER.has(who) || MANY.has(tokens[i - 2]?.text ?? '')) continue;
    return true;
  }
  return false;
});

/** Instructions and diagnoses; the rule decides where they count (replies, or a post to one person). */
export function adviceStructures(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  return [...instructions(doc, tokens), ...diagnoses(tokens), ...drugWillHelp(tokens), ...certainCause(tokens), ...causedBy(tokens)];
}
