import type { ReplyTemplate } from '../types';

// Acknowledges the frustration of waiting without saying when, or whether, the reviewer was here.
export default {
  id: 'wait-time',
  title: 'Long wait',
  situation: 'wait-time',
  builtIn: true,
  text: `Thank you for taking the time to share this. We know how valuable your time is, and we're sorry to hear that waiting was frustrating.

We can't discuss anyone's situation here, but we would like to learn more and see what we can improve. Please call {contactName} at {contactPhone} or write to {contactEmail}.`,
} satisfies ReplyTemplate;
