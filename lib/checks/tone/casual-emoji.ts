// Casual emoji: piles of them in a reply, and drama, mockery or laughing emoji aimed at someone.
// An indexOf per emoji (emoji-findings.ts) and one pass over the text for piles.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { DISMISSIVE_EMOJI, GOSSIP_EMOJI, LAUGHING_EMOJI, SOMEONE_IN_A_POST } from '../lexicons/tone-unprofessional';
import { emojiFindings } from './emoji-findings';
import type { ToneToken } from './tokens';

const SOMEONE = new Set(SOMEONE_IN_A_POST);
const CELEBRATING = new Set(['congrats', 'congratulations', 'welcome', 'birthday', 'bday', 'proud', 'arrival', 'newest']);

/** Three emoji or more in a row (star ratings aside) read as a text to a friend in a reply; a
 *  post may celebrate with them. */
export function emojiPiles(doc: Doc): RawFinding[] {
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
export function gossipEmoji(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
  const inPost = doc.context === 'post';
  // A post that congratulates someone laughs with them ("…already showing off a great set of gums 😂").
  const atSomeone = doc.context === 'review-reply' || (inPost && tokens.some((t) => SOMEONE.has(t.text)) && !tokens.some((t) => CELEBRATING.has(t.text)));
  // A facepalm at a patient's story is a laugh at them too. 💅 answers someone only in a reply;
  // in a post it is glamour ("brand-new veneers 💅").
  const dismissive = inPost ? DISMISSIVE_EMOJI.filter((e) => e !== '💅') : DISMISSIVE_EMOJI;
  const emoji = [...GOSSIP_EMOJI, ...dismissive, ...(atSomeone ? [...LAUGHING_EMOJI, '🤦'] : [])];
  return emojiFindings(doc, emoji, (e) => `The ${e} emoji reads as laughing at someone or enjoying drama. Leave it out.`);
}
