import type { ReplyTemplate } from '../types';

export default {
  id: 'staff-attitude',
  title: 'Staff attitude',
  situation: 'staff-attitude',
  builtIn: true,
  text: `Thank you for letting us know. Everyone who contacts {practiceName} deserves to be treated with courtesy and respect, and we take feedback like this seriously.

We'd welcome the chance to hear more. Please reach {contactName} at {contactPhone} or {contactEmail}.`,
} satisfies ReplyTemplate;
