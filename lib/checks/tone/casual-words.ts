// Casual words in the practice's voice: laughs, chat abbreviations, text-message spellings,
// stretched words ("stoppp"), politics, "Karen", pet names, and a comment written wholly in
// text-speak. One pass over the words (Set lookups).
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  CHAT_WORDS,
  LAUGH_WORDS,
  OPENING_PET_NAMES,
  PET_NAMES,
  SOFT_INTERJECTIONS,
  SPANISH_FUNCTION_WORDS,
  POLITICS,
  TEXT_SPELLINGS,
  VOTE_FOR_PRACTICE,
  WE_THE_PRACTICE,
} from '../lexicons/tone-unprofessional';
import { toneWordSet, type ToneToken } from './tokens';

const LAUGHS = new Set(LAUGH_WORDS);
// "Haha" in a comment thread is laughing along; "lol" and "lmao" read as laughing at.
const SOFT_LAUGHS = new Set(['haha', 'hahaha', 'hehe', 'hahahaha']);
const CHAT = new Set(CHAT_WORDS);
const SPELLINGS = new Set(TEXT_SPELLINGS);
const POLITICAL = new Set(POLITICS);
const VOTE_OK = new Set(VOTE_FOR_PRACTICE);
// Plain thanks written like a text ("thank u!!", "thx Hank") is warm, not careless.
const WARM = ['thank', 'thanks', 'thx', 'ty', 'love', 'congrats', 'congratulations', 'welcome', 'sweet', 'proud', 'glad', 'great', 'see'];
const PETS = new Set(PET_NAMES);
const OPENING_PETS = new Set(OPENING_PET_NAMES);
const READER = new Set(['you', 'u', 'youre', 'your', 'ur', 'yours']);
const SOFT = new Set(SOFT_INTERJECTIONS);
// Affection written as emoji makes a comment warm as much as "thanks" does.
const WARM_EMOJI = ['😍', '🥰', '❤', '💕', '💖', '💗', '💙', '💛', '💜', '💚', '🥹', '🎉', '🥳'];
// Affection strong enough to carry one "omg": thanks, love, pride, congratulations.
const FONDNESS = ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'welcome', 'adorable', 'cute', 'beautiful', 'suit', 'suits'];
// "good vibes" is a plain wish; "vibes" alone is slang.
const KIND_BEFORE_VIBES = new Set(['good', 'positive', 'happy', 'healing', 'warm', 'cozy', 'sunny']);

/** "lmaooo", "stoppp", "sooo": the word with letters stretched back, or undefined when none are. */
export function unstretched(w: string): string | undefined {
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2) && w.charCodeAt(i) > 96) {
      return w.replace(/([a-z])\1{2,}/g, '$1');
    }
  }
  return undefined;
}

const CASUAL = 'This is too casual for the practice\'s page.';

export function casualWords(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  const inReply = doc.context !== 'post';
  const words = toneWordSet(doc);
  const warm = WARM.some((w) => words.has(w));
  // In a comment thread a laugh from "we" is laughing along; without it, it laughs at someone.
  const laughsCount = doc.context !== 'comment' || !WE_THE_PRACTICE.some((w) => words.has(w));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const stretched = unstretched(t.text);
    const w = stretched ?? t.text;
    let message: string | undefined;
    if (w === 'vibes' && KIND_BEFORE_VIBES.has(tokens[i - 1]?.text ?? '')) continue;
    if (LAUGHS.has(w) && laughsCount && !(doc.context === 'comment' && SOFT_LAUGHS.has(w))) message = 'Laughing in writing reads as laughing at someone. Leave it out.';
    else if (CHAT.has(w) && !(w === 'sus' && inSpanish(words))) message = CASUAL;
    else if (doc.context === 'review-reply' && SPELLINGS.has(t.text) && !warm) message = 'Text-message spelling looks careless from a practice. Write the words out.';
    else if (inReply && stretched && !warm && /^[a-z]+$/.test(t.text)) message = CASUAL;
    else if (POLITICAL.has(t.text)) message = 'Politics does not belong on the practice\'s page.';
    else if ((t.text === 'vote' || t.text === 'voting') && isCampaign(tokens, i)) message = 'Politics does not belong on the practice\'s page.';
    else if (t.text === 'karen' && inReply && !warm && (t.clauseBefore || /^(ok|okay|sure|k)$/.test(tokens[i - 1]?.text ?? ''))) {
      message = 'Calling someone "Karen" is an insult.';
    } else if (inReply && PETS.has(t.text) && t.clauseBefore && !t.breakBefore && !warm && (i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) {
      message = 'Pet names like this sound condescending from a practice. Use the person\'s name or nothing.'; // "…, sweetie."
    } else if (inReply && !warm && OPENING_PETS.has(t.text) && (i === 0 || t.breakBefore) && addresses(tokens, i)) {
      message = 'Pet names like this sound condescending from a practice. Use the person\'s name or nothing.'; // "Hun, nobody…"
    } else if (t.text === 'trust' && inReply && t.clauseBefore && !t.breakBefore && (i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) {
      message = CASUAL; // "…, trust" as slang for "trust me"
    }
    if (message) found.push({ start: t.start, end: t.end, message });
  }
  // One "omg" in a warm, otherwise careful comment is delight ("omg congrats!"); with other
  // casual words around it, it is part of a text-message voice.
  if (found.length > 0 && found.every((f) => SOFT.has(doc.lower.slice(f.start, f.end))) && isFond(doc, words) && !textSpeak(tokens)) return [];
  if (doc.context === 'comment' && found.length === 0 && !warm) found.push(...textVoice(tokens));
  return found;
}

/**
 * A comment written wholly in text-speak ("if u actually flossed … this convo", "pls email … lol"):
 * one such word is a slip, two or more (spellings or laughs, even from "we") is the voice of a
 * text to a friend, not of a practice. Warm comments ("thx, see u tues!") are spared by the caller.
 */
function textVoice(tokens: readonly ToneToken[]): RawFinding[] {
  const marks = tokens.filter((t) => SPELLINGS.has(t.text) || LAUGHS.has(unstretched(t.text) ?? t.text));
  if (marks.length < 2) return [];
  return marks.map((t) => ({ start: t.start, end: t.end, message: 'Text-message spelling looks careless from a practice. Write the words out.' }));
}

const SPANISH = SPANISH_FUNCTION_WORDS;
/** Whether the text is in Spanish (three of its function words), where "sus" means "their". */
function inSpanish(words: ReadonlySet<string>): boolean {
  let n = 0;
  for (const w of SPANISH) if (words.has(w) && ++n >= 3) return true;
  return false;
}

/** Whether the word at `i` is said to the reader: a comma after it ("Hun, …"), "you" next
 *  ("Sweetie you need…"), or a sentence of its own ("Boss."), not part of "Sugar-free gum". */
function addresses(tokens: readonly ToneToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  return next.clauseBefore || READER.has(next.text);
}

/** Whether the text shows affection in words or emoji (checked only for a lone "omg"). */
function isFond(doc: Doc, words: ReadonlySet<string>): boolean {
  return FONDNESS.some((w) => words.has(w)) || WARM_EMOJI.some((e) => doc.norm.includes(e));
}

/** Whether the text uses text-message spellings ("u", "ur", "pls") anywhere. */
function textSpeak(tokens: readonly ToneToken[]): boolean {
  return tokens.some((t) => SPELLINGS.has(t.text));
}

/** "vote for that levy", "voting against Smith": a vote that is not for the practice. */
function isCampaign(tokens: readonly ToneToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.breakBefore || (next.text !== 'for' && next.text !== 'against' && next.text !== 'no' && next.text !== 'yes')) return false;
  const object = tokens[i + 2];
  return !!object && !object.breakBefore && !VOTE_OK.has(object.text);
}
