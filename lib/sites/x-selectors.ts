// X's boxes and controls, one entry per line with the variant it serves. X's test ids are
// the most stable markers it has (automation tools rely on them); Draft's class names come
// from the library, not from X.

/** Elements that may be a box: found on load and after DOM changes. */
export const X_CANDIDATES = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]', // post, reply, quote, thread items (_0, _1, …)
  '.public-DraftEditor-content[contenteditable="true"]', // a Draft box whose test id was renamed
  '[contenteditable="true"][role="textbox"]', // a composer that left Draft.js
].join(', ');

/** Test ids of boxes on X that are not posts or replies: left alone. */
export const X_IGNORED = [
  '[data-testid="dmComposerTextInput"]', // direct messages
  '[data-testid="SearchBox_Search_Input"]', // search
  '[data-testid*="grok" i]', // Grok chat
].join(', ');

/** Send buttons of a box. */
export const X_SUBMIT = [
  '[data-testid="tweetButton"]', // dialog composer, reply dialog, status page reply
  '[data-testid="tweetButtonInline"]', // home timeline composer, inline reply
].join(', ');

/** Placeholders / labels of reply boxes. */
export const X_REPLY_LABELS: readonly RegExp[] = [
  /post your reply/i, // current wording
  /tweet your reply/i, // before the 2023 rename
];

/** Placeholders / labels of new posts (quotes included: a quote is a new post). */
export const X_POST_LABELS: readonly RegExp[] = [
  /what is happening/i, // home composer "What is happening?!"
  /what['’]s happening/i, // before the rename
  /add a comment/i, // quote composer
  /add another post|add another tweet/i, // thread items
];

/** Send button texts that mean the box answers a post. */
export const X_REPLY_BUTTON_TEXT = /^reply( all)?$/i;

/** Text in a dialog that shows it is answering someone ("Replying to @name"). */
export const X_REPLYING_TO = /replying to/i;

/** A status page: /<user>/status/<id>, where the inline box answers that post. */
export const X_STATUS_PATH = /^\/[^/]+\/status\/\d+/;
