// Casual and gossipy language as word classes: laughs, chat abbreviations, text-message
// spellings, stretched words ("stoppp"), emoji piles, politics and talk about staff's private
// lives. One pass over the words (Set lookups) plus an indexOf per emoji.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  CHAT_WORDS,
  CHEATING_PHRASE_HEADS,
  CHEATING_WORDS,
  FOND_WORDS,
  GOSSIP_TARGETS,
  MOCKING_VERBS,
  RETELLING_VERBS,
  SCENE_WORDS,
  STAFF_CROWD,
  DISMISSIVE_EMOJI,
  GOSSIP_EMOJI,
  LAUGH_WORDS,
  LAUGHING_EMOJI,
  ONE_PERSON,
  PERSON_INSULTS,
  PET_NAMES,
  SOFT_INTERJECTIONS,
  POLITICS,
  PRIVATE_LIFE,
  STAFF_WORDS,
  TEXT_SPELLINGS,
  SOMEONE_IN_A_POST,
  VOTE_FOR_PRACTICE,
  WE_THE_PRACTICE,
} from '../lexicons/tone-unprofessional';
import { emojiFindings } from './emoji-findings';
import { anyIn, sentenceAround, toneTokens, toneWordSet, type ToneToken } from './tokens';

const LAUGHS = new Set(LAUGH_WORDS);
// "Haha" in a comment thread is laughing along; "lol" and "lmao" read as laughing at.
const SOFT_LAUGHS = new Set(['haha', 'hahaha', 'hehe', 'hahahaha']);
const CHAT = new Set(CHAT_WORDS);
const SPELLINGS = new Set(TEXT_SPELLINGS);
const POLITICAL = new Set(POLITICS);
const VOTE_OK = new Set(VOTE_FOR_PRACTICE);
const PRIVATE = new Set(PRIVATE_LIFE);
const STAFF = new Set(STAFF_WORDS);
// Plain thanks written like a text ("thank u!!", "thx Hank") is warm, not careless.
const WARM = ['thank', 'thanks', 'thx', 'ty', 'love', 'congrats', 'congratulations', 'welcome', 'sweet', 'proud', 'glad', 'great', 'see'];
const SOMEONE = new Set(SOMEONE_IN_A_POST);
const PETS = new Set(PET_NAMES);
const SOFT = new Set(SOFT_INTERJECTIONS);
// Affection written as emoji makes a comment warm as much as "thanks" does.
const WARM_EMOJI = ['😍', '🥰', '❤', '💕', '💖', '💗', '💙', '💛', '💜', '💚', '🥹', '🎉', '🥳'];
// Affection strong enough to carry one "omg": thanks, love, pride, congratulations.
const FONDNESS = ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'welcome', 'adorable', 'cute', 'beautiful', 'suit', 'suits'];
// "good vibes" is a plain wish; "vibes" alone is slang.
const KIND_BEFORE_VIBES = new Set(['good', 'positive', 'happy', 'healing', 'warm', 'cozy', 'sunny']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st']);

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

function casualWords(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
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
    else if (CHAT.has(w)) message = CASUAL;
    else if (doc.context === 'review-reply' && SPELLINGS.has(t.text) && !warm) message = 'Text-message spelling looks careless from a practice. Write the words out.';
    else if (inReply && stretched && !warm && /^[a-z]+$/.test(t.text)) message = CASUAL;
    else if (POLITICAL.has(t.text)) message = 'Politics does not belong on the practice\'s page.';
    else if ((t.text === 'vote' || t.text === 'voting') && isCampaign(tokens, i)) message = 'Politics does not belong on the practice\'s page.';
    else if (t.text === 'karen' && inReply && !warm && (t.clauseBefore || /^(ok|okay|sure|k)$/.test(tokens[i - 1]?.text ?? ''))) {
      message = 'Calling someone "Karen" is an insult.';
    } else if (inReply && PETS.has(t.text) && t.clauseBefore && !t.breakBefore && !warm && (i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) {
      message = 'Pet names like this sound condescending from a practice. Use the person\'s name or nothing.'; // "…, sweetie."
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

/** Staff's private lives: a staff word and a private-life word in one sentence. */
function staffGossip(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  let staffAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Dr. Brandt's ex": the full stop after a title does not end the sentence.
    if (t.breakBefore && !TITLES.has(tokens[i - 1]?.text ?? '')) staffAt = -1;
    if (STAFF.has(t.text)) staffAt = i;
    else if (staffAt !== -1 && PRIVATE.has(t.text) && i - staffAt <= 8) {
      found.push({ start: tokens[staffAt]!.start, end: t.end, message: 'This is gossip about staff. Their private lives stay off the practice\'s page.' });
      staffAt = -1;
    }
  }
  return found;
}

const CROWD = new Set(STAFF_CROWD);
const MOCKING = new Set(MOCKING_VERBS);
const RETELLING = new Set(RETELLING_VERBS);
const SCENE = new Set(SCENE_WORDS);
const FOND = new Set(FOND_WORDS);
const TARGETS = new Set(GOSSIP_TARGETS);
const CHEATING = new Set(CHEATING_WORDS);
const RIP = new Set(CHEATING_PHRASE_HEADS);
const WE_AS_SUBJECT = new Set(['we', 'were', 'weve', 'us', 'our', 'i', 'im', 'ive']);
const NOT_NEAR = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'wont', 'nobody', 'accused', 'accusing', 'calling', 'called']);

/**
 * The staff as a crowd passing a patient's story around: "the whole team remembers you yelling",
 * "everyone in the back was talking about it for days", "the front desk laughed at this review".
 * A crowd word, then within four words a verb of mocking (enough on its own) or of retelling
 * (which needs a scene or its length after it), then within four more the person or the review.
 * "Our team remembers you fondly" and "has talked about your review and is making changes" are not.
 */
function crowdGossip(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  // "it", "this" and "you" point at the reader's story only when replying to them.
  const inReply = doc.context !== 'post';
  for (let i = 0; i < tokens.length; i++) {
    if (!CROWD.has(tokens[i]!.text)) continue;
    let verb = -1;
    for (let v = i + 1; v <= i + 4 && v < tokens.length && !tokens[v]!.breakBefore; v++) {
      if (MOCKING.has(tokens[v]!.text) || RETELLING.has(tokens[v]!.text)) {
        verb = v;
        break;
      }
    }
    if (verb === -1) continue;
    let target = -1;
    for (let k = verb + 1; k <= verb + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      const w = tokens[k]!.text;
      if (TARGETS.has(w) && (inReply || !(w === 'it' || w === 'this' || w === 'that' || w === 'you' || w === 'u'))) {
        target = k;
        break;
      }
    }
    if (target === -1) continue;
    const { from, to } = sentenceAround(tokens, i);
    if (anyIn(tokens, from, to, FOND)) continue;
    if (!MOCKING.has(tokens[verb]!.text) && !anyIn(tokens, target + 1, Math.min(to, target + 7), SCENE)) continue;
    // Start at the crowd's first word: "the whole team", "everyone in the back".
    let first = i;
    for (let k = i - 1; k >= 0 && k >= i - 4 && !tokens[k + 1]!.breakBefore; k--) if (CROWD.has(tokens[k]!.text)) first = k;
    found.push({ start: tokens[first]!.start, end: tokens[target]!.end, message: 'This is gossip: the staff retelling a patient\'s story. Keep office talk off the practice\'s page.' });
    i = target;
  }
  return found;
}

/** "Any dentist who says otherwise is padding the bill", "y'all are getting robbed": accusing others of cheating. */
function cheatingClaims(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    let cheat = CHEATING.has(w) ? i : -1;
    // "ripping off families", "ripping families off".
    for (let k = i + 1; RIP.has(w) && k <= i + 3 && k < tokens.length && !tokens[k]!.clauseBefore; k++) if (tokens[k]!.text === 'off') cheat = k;
    if (cheat === -1) continue;
    // "padding" is a cheat only as "padding the bill"; a denial or a quote of an accusation is defence.
    if (w === 'padding' && !/^(the|their|your|bills?)$/.test(tokens[i + 1]?.text ?? '')) continue;
    const { from, to } = sentenceAround(tokens, i);
    let ours = false;
    // Also the few words before, across full stops: "WE. ARE. NOT. A. SCAM." is one denial.
    for (let k = Math.min(from, Math.max(0, i - 5)); k < to && !ours; k++) ours = WE_AS_SUBJECT.has(tokens[k]!.text) || NOT_NEAR.has(tokens[k]!.text);
    if (ours) continue;
    found.push({ start: tokens[i]!.start, end: tokens[cheat]!.end, message: 'Accusing others of cheating patients looks petty and can be slander. Say what your office does instead.' });
  }
  return found;
}

const INSULTING = new Set(PERSON_INSULTS);
const PERSON = new Set(ONE_PERSON);
const IS_WAS = new Set(['is', 'was', 'are', 'were', 'being', 'acting', 'been', 'hes', 'shes', 'youre', 's']);
// "can be a handful", "toddlers are a handful": what a stage of life is like, said of no one.
// "crazy about", "crazy busy", "nuts for": fondness or busyness, not an insult.
const CRAZY = new Set(['crazy', 'insane', 'nuts']);
const FOND_AFTER = new Set(['about', 'busy', 'for', 'good', 'fast', 'proud', 'cute', 'talented', 'strong', 'brave']);
const HEDGED_BE = new Set(['can', 'may', 'might', 'sometimes', 'not', 'never', 'isnt', 'wasnt', 'arent', 'werent']);

/** "Your son was a nightmare in the chair", "she's such a diva": an insult said of one person. */
function personInsults(tokens: readonly ToneToken[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (!INSULTING.has(tokens[i]!.text)) continue;
    // Back over "a", "an", "such a", "an absolute", "a total" to the verb, then the person.
    let k = i - 1;
    while (k >= 0 && i - k <= 4 && !IS_WAS.has(tokens[k]!.text) && !tokens[k + 1]!.clauseBefore) k--;
    if (k < 0 || !IS_WAS.has(tokens[k]!.text) || tokens[k + 1]!.clauseBefore) continue;
    const verb = tokens[k]!.text;
    const subject = verb === 'hes' || verb === 'shes' || verb === 'youre' ? k : k - 1;
    if (subject < 0 || !PERSON.has(tokens[subject]!.text) || HEDGED_BE.has(tokens[k - 1]?.text ?? '')) continue;
    if (anyIn(tokens, k + 1, i, HEDGED_BE)) continue; // "was not a handful"
    if (CRAZY.has(tokens[i]!.text) && FOND_AFTER.has(tokens[i + 1]?.text ?? '')) continue; // "she's crazy about her new braces"
    found.push({ start: tokens[subject]!.start, end: tokens[i]!.end, message: 'This insults a person. Whoever it is about, it looks unprofessional on the practice\'s page.' });
  }
  return found;
}

/** Three emoji or more in a row (star ratings aside) read as a text to a friend in a reply; a
 *  post may celebrate with them. */
function emojiPiles(doc: Doc): RawFinding[] {
  const found: RawFinding[] = [];
  if (doc.context === 'post') return found;
  const s = doc.norm;
  let runStart = -1;
  let count = 0;
  let i = 0;
  const close = (end: number) => {
    if (count >= 3) found.push({ start: runStart, end, message: 'A pile of emoji reads as a text to a friend. Keep one at most.' });
    runStart = -1;
    count = 0;
  };
  let lastEnd = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // Plain letters, digits and punctuation (almost every character) end a run at once.
    if (c < 0x2600 && c !== 32 && c !== 0x200d) {
      if (runStart !== -1) close(lastEnd);
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const isEmoji = (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf && cp !== 0x2b50);
    const joiner = cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);
    if (isEmoji && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) {
      if (runStart === -1) runStart = i;
      count++;
      lastEnd = i + size;
    } else if (!joiner && !(cp === 32 && runStart !== -1)) {
      close(lastEnd);
    }
    i += size;
  }
  close(lastEnd);
  return found;
}

/** Drama and mockery emoji anywhere; laughing emoji in a review reply or in a post about a patient
 *  or stranger, where it is a laugh at someone (in a comment thread it is usually a laugh with them). */
function gossipEmoji(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const atSomeone = doc.context === 'review-reply' || (doc.context === 'post' && tokens.some((t) => SOMEONE.has(t.text)));
  // A facepalm at a patient's story is a laugh at them too.
  const emoji = [...GOSSIP_EMOJI, ...DISMISSIVE_EMOJI, ...(atSomeone ? [...LAUGHING_EMOJI, '🤦'] : [])];
  return emojiFindings(doc, emoji, (e) => `The ${e} emoji reads as laughing at someone or enjoying drama. Leave it out.`);
}

export function casualLanguage(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  return [
    ...casualWords(doc, tokens),
    ...staffGossip(tokens),
    ...crowdGossip(doc, tokens),
    ...cheatingClaims(tokens),
    ...personInsults(tokens),
    ...emojiPiles(doc),
    ...gossipEmoji(doc, tokens),
  ];
}
