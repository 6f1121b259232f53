import type { ReplyTemplate } from '../types';

// Thanks without "glad your visit went well": even good news confirms someone is a patient.
export default {
  id: 'thanks-short',
  title: 'Thanks (short)',
  situation: 'positive',
  builtIn: true,
  text: `Thank you so much for the kind words! The whole team at {practiceName} appreciates it.`,
} satisfies ReplyTemplate;
