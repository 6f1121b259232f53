// Sarcastic phrases and the emoji that make a reply read as mocking.
// Source: written for this project. Licence: same as the project.
// Pattern syntax: see lib/checks/tone/phrase-set.ts.
import type { ToneEntry } from '../tone/phrase-findings';

const REPLIES = ['comment', 'review-reply'] as const;
const STAFF = '(doctors|doctor|doc|docs|staff|team|dentist|dentists|providers|provider|nurses|nurse|receptionists|receptionist|front desk|office|hygienists|physicians|we|i)';

export const SARCASTIC_PHRASES: readonly ToneEntry[] = [
  { phrase: `(sorry|so sorry|apologies|forgive us|excuse us|pardon us) (that |)(our|the) ${STAFF} (isn't|isnt|aren't|arent|is not|are not|can't|cant|cannot|couldn't|couldnt|weren't|werent|wasn't|wasnt) (psychic|psychics|mind readers|mind reader|magicians|magician|miracle workers|clairvoyant|perfect|superhuman|robots)`, suggestion: "We're sorry we missed what you needed" },
  { phrase: `(we|our ${STAFF}|doctors|i|nobody here) (can't|cannot|cant|don't|dont|do not) read (minds|your mind|people's minds|peoples minds|thoughts)` },
  { phrase: "(we're|we are|were|i'm|i am|they're|they are|doctors are|the doctor is|our staff is|our doctors are) (not|no) (psychic|psychics|mind readers|a mind reader|magicians|a magician|miracle workers|clairvoyant|fortune tellers)" },
  { phrase: '(nice try|good luck with that|cool story|thanks for nothing|must be nice|bless your heart|heaven forbid|what a shock|what a surprise|big surprise|imagine that|go figure|news flash|newsflash|yeah right|boo hoo|cry me a river|poor baby|duly noted|how original|slow clap)' },
  { phrase: '(oh well|as if|sure thing|the horror|who knew|shocking|riiight|riiiight|suuure|suure|sureee|okaaay|k thanks|ok boomer)', contexts: REPLIES },
  { phrase: "(sure|of course|right),? because (we|our|everyone|nobody|that|it's|its|doctors)" },
  { phrase: '(funny|interesting|strange|amazing|odd|curious|convenient|ironic) (how|that) (you|some people|people|this|nobody|no one|the reviewer)', contexts: REPLIES },
  { phrase: '(funny|interesting|strange|oddly enough|convenient|ironic),? you (seemed|were|didn\'t|didnt|did not|never|had no)', contexts: REPLIES },
  { phrase: '(you|u) (seemed|looked|sounded) (pretty |very |quite |perfectly |so |totally |awfully |)(happy|fine|satisfied|pleased|thrilled|content|okay|ok|glad)', contexts: REPLIES },
  { phrase: "(we'll|we will|well|i'll) (be sure to |make sure to |)(get right on that|alert the media|take that under advisement|add it to the list|call the waahmbulance)" },
  { phrase: '(a whole|an entire|a grand total of|all of|a full) (# |two |three |five |ten |fifteen |twenty |thirty |forty |)(minutes|minute|mins|seconds|hours)', contexts: REPLIES },
  { phrase: "some people (just |)(can't|cannot|cant|will never|are never|are impossible|love to|will always|always find)" },
  { phrase: '(because|since) (apparently|clearly|obviously)', contexts: REPLIES },
  { phrase: 'apparently (we|our|everyone|nobody|the|it\'s|its|you)', contexts: REPLIES },
  { phrase: "obviously (you|we|the|your|some|nobody|no one|someone|it's|its)", contexts: REPLIES },
  { phrase: "(gee|geez|jeez|gosh|wow) (thanks|thank you) (so much |)(for|a lot)", contexts: REPLIES },
  { phrase: '(congrats|congratulations) on (being|your|writing|the) (first|most|only|worst|longest)' },
  { phrase: "(clearly|obviously) (you|someone|somebody|the reviewer) (has|have|had|did|didn't|didnt|never) (never|not|no)" },
  { phrase: "(we're|we are|were) (so |terribly |truly |deeply |)sorry (that |)(we|our|the) ~ (didn't|didnt|did not|couldn't|couldnt|wasn't|wasnt|weren't|werent) (meet|live up to|up to) your (high |lofty |impossible |very high |)(standards|expectations)" },
  { phrase: "(lofty|impossible|royal|princess|high maintenance) (standards|expectations|treatment)" },
  { phrase: "(sorry|so sorry) (we|that we) (couldn't|could not|cant|can't|didn't|didnt) (roll out the red carpet|work miracles|perform miracles)" },
  { phrase: "(isn't|isnt|wasn't|wasnt|weren't|werent|aren't|arent|is not|was not|were not|are not) (good|nice|fast|quick|fancy|perfect) enough for (you|your|her|him|them|some people)" },
  { phrase: "(this|that) is (the|what) thanks (we get|we got|for)" },
  { phrase: '(you\'re|youre|you are|and you\'re|and you are) still (complaining|upset|mad|whining|angry|unhappy|not happy|griping)' },
  { phrase: "(sorry|excuse me|pardon),? what" , contexts: ['comment', 'review-reply'] },
  { phrase: "(it's|its|that's|thats|how) rich", contexts: ['comment', 'review-reply'] },
  { phrase: '(ah yes|oh look|oh wow|oh great|oh good|oh joy|how nice|how lovely|how convenient|real mature|very mature|so mature|how mature|keyboard warrior|keyboard warriors|internet tough guy|ok we get it|okay we get it|we get it|the famous)', contexts: ['comment', 'review-reply'] },
  { phrase: "(you're|youre|you are) welcome", notBefore: ['to', 'back', 'here', 'anytime', 'any', 'at', 'in', 'for'], contexts: ['review-reply'], wholeSentence: true },
  { phrase: '(sounds|seems|looks) like (someone|somebody|some people|a certain someone)', contexts: ['comment', 'review-reply'] },
  { phrase: '(lol ok|ok karen|okay karen|ok boomer|k karen)', contexts: ['comment', 'review-reply'] },
  { phrase: '(wow|really|seriously|unbelievable|noted|sure|right|yikes|wild|lol|lmao|ok|okay|hmm|hm|mhm|come on|cmon|riiight|shocker|typical|whatever|bravo|oops|sure thing|ok then|okay then|good for you)', contexts: ['comment', 'review-reply'], wholeSentence: true, calmEnding: true, unlessTextHas: ['thank', 'thanks', 'love', 'congrats', 'congratulations', 'proud', 'appreciate', 'welcome', 'glad'] },
  { phrase: '(let me|let us) guess' },
  { phrase: "(who would have thought|who would've thought|who'd have thought|who woulda thought|color us shocked|colour us shocked|color me shocked|what a shocker|what a novel idea|what a concept)" },
  { phrase: '(well done|good job|nice work|great job|very helpful|so helpful|how helpful|real helpful|very constructive|so constructive|how constructive|very mature|so classy|real classy|how original|how kind|how generous)', contexts: ['review-reply'], wholeSentence: true, calmEnding: true },
  { phrase: '(must be|must have been) (exhausting|hard being|tough being|fun being|so hard|rough)', contexts: ['comment', 'review-reply'] },
  { phrase: '(clearly|evidently)', contexts: ['review-reply'], sentenceStart: true },
];

/** Emoji that read as eye-rolling or mocking wherever they appear. */
export const SARCASTIC_EMOJI_ANYWHERE: readonly string[] = ['🙄', '😒', '🤡', '🥱', '🙃'];
/** Emoji that read as smug in a comment or reply, but are fine in a playful post. */
export const SARCASTIC_EMOJI_IN_REPLIES: readonly string[] = ['😏', '💅'];
/** Laughing or shrugging at a review reads as mocking; in a friendly comment it is just fun. */
export const SARCASTIC_EMOJI_IN_REVIEW_REPLIES: readonly string[] = ['🤷', '😂', '🤣', '💀', '🫠', '😬'];
