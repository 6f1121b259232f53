import type { ReplyTemplate } from '../types';

export default {
  id: 'thanks-long',
  title: 'Thanks (longer)',
  situation: 'positive',
  builtIn: true,
  text: `Thank you for taking the time to write this! Feedback like yours means a lot to our whole team, and we have shared it with everyone at {practiceName}.

If there is ever anything we can do for you, please reach out to {contactName} at {contactPhone}.`,
} satisfies ReplyTemplate;
