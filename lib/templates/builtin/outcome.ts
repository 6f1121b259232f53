import type { ReplyTemplate } from '../types';

// An unhappy outcome invites a clinical answer in public: never give one (HHS treats
// confirming care, let alone its details, as a disclosure).
export default {
  id: 'outcome',
  title: 'Unhappy with an outcome',
  situation: 'outcome',
  builtIn: true,
  text: `Thank you for sharing your concerns. We're sorry to hear you are disappointed, and we take every concern seriously.

To protect everyone's privacy we don't discuss health matters online. Please call {contactName} at {contactPhone} so we can talk this through privately.`,
} satisfies ReplyTemplate;
