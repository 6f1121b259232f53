// Hostility as structure: an insult word aimed at the reader ("you are a miserable person",
// "you're clearly delusional"), and raised voice aimed at the reader (capitals or !!!/??? in a
// sentence that says "you", with no warmth in it). Both found from the words, one pass, Set
// lookups only.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { ACRONYMS } from '../lexicons/tone-acronyms';
import { INSULTS_FOR_READER, INSULT_BRIDGE, LOUD_COMMANDS } from '../lexicons/tone-hostile';
import { APOLOGY, NEGATION_WORDS } from '../lexicons/tone-shared-classes';
import { writtenInCaps } from './cooccurrence';
import { anyIn, sentenceAround, toneTokens, type ToneToken } from './tokens';

const INSULT = new Set(INSULTS_FOR_READER);
const BRIDGE = new Set(INSULT_BRIDGE);
const NOT = new Set(NEGATION_WORDS);
const SORRY = new Set(APOLOGY);
const CONDUCT = new Set(['behavior', 'behaviour', 'attitude', 'conduct', 'language', 'tone', 'manners', 'outburst', 'rant', 'review', 'comments', 'post']);
const LOUD = new Set(LOUD_COMMANDS);
const COPULA = new Set(['was', 'is', 'were', 'has', 'have', 'been']);
const ACRONYM = new Set(ACRONYMS.map((a) => a.toLowerCase()));
const READER = new Set(['you', 'youre', 'u', 'ur', 'your', 'yourself', 'youve', 'youll']);
const WARM = new Set([
  ...APOLOGY, 'thank', 'thanks', 'love', 'congrats', 'congratulations', 'welcome', 'glad', 'happy', 'proud', 'amazing', 'awesome',
  'great', 'best', 'yay', 'excited', 'cute', 'beautiful', 'wonderful', 'please',
]);

/** "you are a miserable person", "you're clearly delusional", "you sound so bitter". */
function insultAimedAtReader(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    // "your behavior was disgusting": the reader's conduct as the subject.
    const conduct = (w === 'your' || w === 'ur') && CONDUCT.has(tokens[i + 1]?.text ?? '');
    // "your entitled attitude", "your pathetic review": the insult as an adjective of the reader's.
    if ((w === 'your' || w === 'ur') && INSULT.has(tokens[i + 1]?.text ?? '') && !tokens[i + 1]!.clauseBefore) {
      const { from, to } = sentenceAround(tokens, i);
      if (!anyIn(tokens, from, to, SORRY)) {
        found.push({ start: tokens[i]!.start, end: tokens[i + 1]!.end, message: 'This insults the reader. Whatever they wrote, keep the reply about the concern, not the person.', severity: 'block' });
      }
      continue;
    }
    if (w !== 'you' && w !== 'youre' && w !== 'u' && w !== 'ur' && !conduct) continue;
    // "Sorry you were so miserable" is sympathy.
    const { from, to } = sentenceAround(tokens, i);
    if (anyIn(tokens, from, to, SORRY)) continue;
    // "Your behavior at the front desk was unacceptable": past a short phrase to the verb.
    let first = i + (conduct ? 2 : 1);
    if (conduct) {
      for (let k = first; k < tokens.length && k <= i + 7 && !tokens[k]!.clauseBefore; k++) {
        if (COPULA.has(tokens[k]!.text)) {
          first = k;
          break;
        }
      }
    }
    for (let k = first; k < tokens.length && k <= first + 6; k++) {
      const t = tokens[k]!;
      if (t.clauseBefore && k > i + 1) break;
      if (NOT.has(t.text)) break;
      if (INSULT.has(t.text) && k > i + 1) {
        found.push({ start: tokens[i]!.start, end: t.end, message: 'This insults the reader. Whatever they wrote, keep the reply about the concern, not the person.', severity: 'block' });
        i = k;
        break;
      }
      if (!BRIDGE.has(t.text)) break;
    }
  }
  return found;
}

/**
 * A sentence that speaks to the reader and raises its voice: two words or more in capitals
 * (not acronyms), or one capitalised order ("we WILL", "do NOT"), or a run of !!! or ???.
 */
function raisedVoiceAtReader(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.breakBefore) continue;
    const to = i;
    if (anyIn(tokens, from, to, READER) && !anyIn(tokens, from, to, WARM)) {
      let caps = 0;
      // The longest run of capitalised words side by side: in a post, two scattered ones are
      // emphasis on an offer ("every NEW toothbrush … goes to FOOD for Lane County"), a run is a raised voice.
      let run = 0;
      let longestRun = 0;
      let loudOrder = false;
      for (let k = from; k < to; k++) {
        const t = tokens[k]!;
        if ((!writtenInCaps(doc, t, 3) && !(LOUD.has(t.text) && writtenInCaps(doc, t))) || ACRONYM.has(t.text)) {
          run = 0;
          continue;
        }
        caps++;
        longestRun = Math.max(longestRun, ++run);
        if (LOUD.has(t.text)) loudOrder = true;
      }
      const marks = endMarks(doc, tokens, to);
      const loud = doc.context === 'post' ? longestRun >= 2 || (caps >= 2 && loudOrder) : caps >= 2;
      if (loud || (loudOrder && marks) || (marks && caps >= 1) || (marks && doc.context !== 'post')) {
        found.push({
          start: tokens[from]!.start,
          end: tokens[to - 1]!.end,
          message: 'This raises its voice at the reader. In writing, capitals and !!! read as yelling; say it calmly.',
        });
      }
    }
    from = i;
  }
  return found;
}

/** Whether the sentence ending before token `to` closes with a run of three ! or ?. */
function endMarks(doc: Doc, tokens: readonly ToneToken[], to: number): boolean {
  const start = tokens[to - 1]!.end;
  const end = to < tokens.length ? tokens[to]!.start : doc.norm.length;
  let run = 0;
  for (let k = start; k < end && k < start + 12; k++) {
    const c = doc.norm[k];
    if (c === '!' || c === '?') {
      if (++run >= 3) return true;
    } else if (c !== ' ') run = 0;
  }
  return false;
}

/** "STOP. GIVING. YOUR. TODDLERS. JUICE.": one capitalised word per sentence, at the reader. */
function dottedShouting(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  let runStart = -1;
  let reader = false;
  const close = (end: number) => {
    if (runStart !== -1 && end - runStart >= 3 && reader) {
      found.push({ start: tokens[runStart]!.start, end: tokens[end - 1]!.end, message: 'Capitals one word at a time read as yelling at the reader. Say it calmly.' });
    }
    runStart = -1;
    reader = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const oneWordSentence = (i === 0 || t.breakBefore) && (i + 1 === tokens.length || tokens[i + 1]!.breakBefore);
    if (oneWordSentence && writtenInCaps(doc, t)) {
      if (runStart === -1) runStart = i;
      reader ||= READER.has(t.text);
    } else close(i);
  }
  close(tokens.length);
  return found;
}

const EYE_ROLLS = ['🙄', '😒'];

/**
 * "WE ARE NOT A WALK-IN CLINIC. Call first. Every time. 🙄": an eye-roll in a text that also
 * shouts (three capitalised words in a row) is contempt for the reader, even in a post. The
 * tokens are looked at only when the text has an eye-roll.
 */
function eyeRollWithShouting(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const at = EYE_ROLLS.map((e) => doc.norm.indexOf(e)).filter((i) => i !== -1);
  if (at.length === 0) return [];
  let run = 0;
  let shouts = false;
  for (let k = 0; k < tokens.length && !shouts; k++) {
    const t = tokens[k]!;
    run = writtenInCaps(doc, t) && !ACRONYM.has(t.text) && (run === 0 || !t.breakBefore) ? run + 1 : 0;
    shouts = run >= 3;
  }
  if (!shouts) return [];
  return at.map((i) => ({ start: i, end: i + 2, message: 'An eye-roll next to capitals reads as contempt for the reader. Say it calmly, without the emoji.' }));
}

export function hostilityStructures(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  return [...insultAimedAtReader(tokens), ...raisedVoiceAtReader(doc, tokens), ...dottedShouting(doc, tokens), ...eyeRollWithShouting(doc, tokens)];
}
