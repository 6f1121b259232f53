import type { ReplyTemplate } from '../types';

// Even "we have no record of you" discloses who is and isn't a patient: say nothing either way.
export default {
  id: 'not-found',
  title: "Can't tell who this is",
  situation: 'not-found',
  builtIn: true,
  text: `Thank you for your review. We take all feedback seriously, but privacy rules keep us from confirming or discussing whether anyone has been seen here.

If you would like to talk, please contact {contactName} at {contactPhone} or {contactEmail}.`,
} satisfies ReplyTemplate;
