// Yelp's boxes, reviews and controls, one entry per line with the variant it serves. No
// public description of Yelp for Business's reply forms exists, so the traits are the words
// a person sees (labels, placeholders, field names, button texts) and the review shown
// above the form, not class names.

/** Elements that may be a box: Yelp's forms are plain textareas today. */
export const YELP_CANDIDATES = [
  'textarea', // public comment, private message, owner comment
  '[contenteditable="true"][role="textbox"]', // the same forms if Yelp moves to a rich editor
].join(', ');

/** The public reply under a review (biz.yelp.com). */
export const YELP_PUBLIC_REPLY: readonly RegExp[] = [
  /public (comment|reply|response)/i, // "Public comment", "Write a public comment"
  /respond publicly/i, // older biz wording
  /\bpublic_comment\b/i, // field name
];

/** The private message to the reviewer (biz.yelp.com). */
export const YELP_PRIVATE_MESSAGE: readonly RegExp[] = [
  /private message/i, // "Private message", "Write a private message to …"
  /direct message/i, // older biz wording
  /\bprivate_message\b/i, // field name
  /^send message$/i, // the form's button text
];

/** The business owner's comment under a review on www.yelp.com. */
export const YELP_OWNER_COMMENT: readonly RegExp[] = [
  /business owner/i, // "Add a public comment as the business owner"
  /comment as the business/i, // form label
  /owner (comment|response)/i, // field name / older wording
  /\bowner_comment\b/i, // field name
];

/** Text areas on Yelp that are not replies: left alone. */
export const YELP_IGNORED: readonly RegExp[] = [
  /write (a|your) review/i, // writing one's own review of a business
  /ask (a|the) question|ask the community/i, // Q&A
  /request a quote|tell us about your project/i, // quote requests
];

/** A rating shown with a review ("1 star rating"), the surest sign of a review nearby. */
export const YELP_STAR_RATING = [
  '[role="img"][aria-label*="star rating" i]', // www.yelp.com and the demo
  '[aria-label$=" stars" i]', // "4.0 stars" on older pages
  '[data-stars]', // rating data attribute
].join(', ');

/** The review's own text inside its container. */
export const YELP_REVIEW_TEXT = [
  'p[class*="comment__"] span[lang]', // www.yelp.com review body (scraper-documented)
  '[data-testid="review-text"]', // biz.yelp.com review body, when marked
  '[class*="review-text" i]', // review text by class name
].join(', ');

/** The form's send buttons. */
export const YELP_SUBMIT_TEXT = /^(post|send|reply|submit|respond)\b/i;
