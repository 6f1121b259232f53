import type { ReplyTemplate } from '../types';

export default {
  id: 'scheduling',
  title: 'Scheduling and access',
  situation: 'scheduling',
  builtIn: true,
  text: `Thank you for the feedback. We know how frustrating it is when getting through to us or finding a convenient time is hard, and we are working to make it easier.

Please call {contactName} at {contactPhone} or email {contactEmail}, and we will do our best to help.`,
} satisfies ReplyTemplate;
