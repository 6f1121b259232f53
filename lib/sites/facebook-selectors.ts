// Facebook's boxes and controls, one entry per line with the variant it serves. Facebook's
// class names are generated and change weekly, so only roles, aria labels and Lexical's own
// marker are used.

/** Elements that may be a box: found on load and after DOM changes. */
export const FACEBOOK_CANDIDATES = [
  '[contenteditable="true"][role="textbox"]', // every Lexical box: composer, comments, replies
  '[data-lexical-editor="true"]', // a Lexical root whose role was dropped
  'textarea', // m.facebook.com / mbasic comment forms
].join(', ');

/** Labels (aria-label / placeholder) of the post composer. */
export const FACEBOOK_POST_LABELS: readonly RegExp[] = [
  /what['’]s on your mind/i, // feed and profile composer ("What's on your mind, Name?")
  /create a public post/i, // Page composer
  /write something/i, // group / someone's timeline composer
  /share your thoughts/i, // newer Page composer wording
];

/** Labels of comment and reply boxes. */
export const FACEBOOK_COMMENT_LABELS: readonly RegExp[] = [
  /write a comment/i, // comment under a post
  /write a reply/i, // reply under a comment
  /write a public comment/i, // public post seen as a Page
  /comment as /i, // "Comment as Riverbend Family Dental" (acting as a Page)
  /reply as /i, // "Reply as …" (acting as a Page)
  /answer as /i, // Q&A posts in groups
];

/** Boxes on facebook.com that are not posts or comments: left alone. */
export const FACEBOOK_IGNORED_LABELS: readonly RegExp[] = [
  /^message$/i, // Messenger chat tab
  /^aa$/i, // Messenger's old "Aa" placeholder
  /^write to /i, // Messenger pop-up "Write to …"
];

/** Dialogs that hold the post composer. */
export const FACEBOOK_POST_DIALOG_LABELS: readonly RegExp[] = [
  /create (a )?post/i, // "Create post"
  /edit post/i, // editing an existing post
  /create a public post/i, // Page composer dialog
];

/** Containers of a post in the feed (a comment box sits inside one). */
export const FACEBOOK_POST_CONTAINER = '[role="article"], article, [role="feed"] > *';

/** The composer dialog's send buttons. */
export const FACEBOOK_POST_SUBMIT = [
  '[role="button"][aria-label="Post"]', // "Post" in the composer dialog
  '[role="button"][aria-label="Share now"]', // sharing dialog
  '[role="button"][aria-label="Save"]', // editing a post
  'button[type="submit"]', // mbasic forms
].join(', ');

/** A comment box's send buttons (Enter sends too). */
export const FACEBOOK_COMMENT_SUBMIT = [
  '[role="button"][aria-label="Comment"]', // send arrow of a comment box
  '#focused-state-composer-submit', // comment send button id seen in 2024 markup
  'button[type="submit"]', // m.facebook.com forms
  'input[type="submit"]', // mbasic forms
].join(', ');
