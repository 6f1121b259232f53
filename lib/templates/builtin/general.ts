import type { ReplyTemplate } from '../types';

export default {
  id: 'general',
  title: 'General reply',
  situation: 'general',
  builtIn: true,
  text: `Thank you for your feedback. We take all comments seriously and are always looking for ways to improve.

Because of privacy rules we can't discuss anyone's situation here. Please contact {contactName} at {contactPhone} or {contactEmail} so we can talk directly.`,
} satisfies ReplyTemplate;
