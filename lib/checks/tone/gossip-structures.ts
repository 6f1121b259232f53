// Gossip in the practice's voice: staff's private lives, and the staff as a crowd passing a
// patient's story around.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import {
  FOND_WORDS,
  GOSSIP_TARGETS,
  MOCKING_VERBS,
  PRIVATE_LIFE,
  RETELLING_VERBS,
  SCENE_WORDS,
  STAFF_CROWD,
  STAFF_WORDS,
} from '../lexicons/tone-unprofessional';
import { anyIn, sentenceAround, type ToneToken } from './tokens';

const PRIVATE = new Set(PRIVATE_LIFE);
const STAFF = new Set(STAFF_WORDS);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st']);

/** Staff's private lives: a staff word and a private-life word in one sentence. */
export function staffGossip(tokens: readonly ToneToken[]): RawFinding[] {
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

/**
 * The staff as a crowd passing a patient's story around: "the whole team remembers you yelling",
 * "everyone in the back was talking about it for days", "the front desk laughed at this review".
 * A crowd word, then within four words a verb of mocking (enough on its own) or of retelling
 * (which needs a scene or its length after it), then within four more the person or the review.
 * "Our team remembers you fondly" and "has talked about your review and is making changes" are not.
 */
export function crowdGossip(doc: Doc, tokens: readonly ToneToken[]): RawFinding[] {
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
