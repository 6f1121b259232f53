// Casual and gossipy language as word classes: laughs, chat abbreviations, text-message
// spellings, stretched words ("stoppp"), emoji piles, politics and talk about staff's private
// lives. One pass over the words (Set lookups) plus an indexOf per emoji.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  CHAT_WORDS,
  DISMISSIVE_EMOJI,
  GOSSIP_EMOJI,
  LAUGH_WORDS,
  LAUGHING_EMOJI,
  POLITICS,
  PRIVATE_LIFE,
  STAFF_WORDS,
  TEXT_SPELLINGS,
  SOMEONE_IN_A_POST,
  VOTE_FOR_PRACTICE,
  WE_THE_PRACTICE,
} from '../lexicons/tone-unprofessional';
import { emojiFindings } from './emoji-findings';
import { toneTokens, toneWordSet, type ToneToken } from './tokens';

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
    if (LAUGHS.has(w) && laughsCount && !(doc.context === 'comment' && SOFT_LAUGHS.has(w))) message = 'Laughing in writing reads as laughing at someone. Leave it out.';
    else if (CHAT.has(w)) message = CASUAL;
    else if (doc.context === 'review-reply' && SPELLINGS.has(t.text) && !warm) message = 'Text-message spelling looks careless from a practice. Write the words out.';
    else if (inReply && stretched && !warm && /^[a-z]+$/.test(t.text)) message = CASUAL;
    else if (POLITICAL.has(t.text)) message = 'Politics does not belong on the practice\'s page.';
    else if ((t.text === 'vote' || t.text === 'voting') && isCampaign(tokens, i)) message = 'Politics does not belong on the practice\'s page.';
    else if (t.text === 'karen' && inReply && !warm && (t.clauseBefore || /^(ok|okay|sure|k)$/.test(tokens[i - 1]?.text ?? ''))) {
      message = 'Calling someone "Karen" is an insult.';
    } else if (t.text === 'trust' && inReply && t.clauseBefore && !t.breakBefore && (i + 1 === tokens.length || tokens[i + 1]!.breakBefore)) {
      message = CASUAL; // "…, trust" as slang for "trust me"
    }
    if (message) found.push({ start: t.start, end: t.end, message });
  }
  return found;
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
  const emoji = [...GOSSIP_EMOJI, ...DISMISSIVE_EMOJI, ...(atSomeone ? LAUGHING_EMOJI : [])];
  return emojiFindings(doc, emoji, (e) => `The ${e} emoji reads as laughing at someone or enjoying drama. Leave it out.`);
}

export function casualLanguage(doc: Doc): RawFinding[] {
  const tokens = toneTokens(doc);
  return [...casualWords(doc, tokens), ...staffGossip(tokens), ...emojiPiles(doc), ...gossipEmoji(doc, tokens)];
}
