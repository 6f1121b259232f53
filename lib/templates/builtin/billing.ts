import type { ReplyTemplate } from '../types';

// Billing replies are where practices slip into account details: say none, take it offline.
export default {
  id: 'billing',
  title: 'Billing or insurance',
  situation: 'billing',
  builtIn: true,
  text: `Thank you for your feedback. Questions about costs and coverage can be stressful, and we want to help get them sorted out.

Privacy rules keep us from discussing any account here. Please contact {contactName} at {contactPhone} or {contactEmail}, and we will look into it with you directly.`,
} satisfies ReplyTemplate;
