// Casual and gossipy language as word classes: laughs, chat abbreviations, text-message
// spellings, stretched words ("stoppp"), emoji piles, politics and talk about staff's private
// lives. One pass over the words (Set lookups) plus an indexOf per emoji.
// Each kind has its own file: casual-words.ts, gossip-structures.ts, insult-structures.ts and
// casual-emoji.ts.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';
import { casualWords } from './casual-words';
import { emojiPiles, gossipEmoji } from './casual-emoji';
import { crowdGossip, staffGossip } from './gossip-structures';
import { cheatingClaims, personInsults } from './insult-structures';
import { toneTokens } from './tokens';

export { unstretched } from './casual-words';

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
