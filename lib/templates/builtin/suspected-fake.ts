import type { ReplyTemplate } from '../types';

// A calm reply reads better to other readers than an accusation, and confirms nothing.
// Reporting a review that breaks the site's rules is done through the site, not in the reply.
export default {
  id: 'suspected-fake',
  title: 'Review that may not be ours',
  situation: 'suspected-fake',
  builtIn: true,
  text: `Thank you for the feedback. We take every review seriously, though we aren't able to match this description to our practice.

Privacy rules keep us from discussing anyone's situation online. We would welcome a call at {contactPhone} or a note to {contactEmail} so we can understand what happened.`,
} satisfies ReplyTemplate;
