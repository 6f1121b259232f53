export const PLACEHOLDERS = ['practiceName', 'contactName', 'contactPhone', 'contactEmail'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type Situation =
  | 'wait-time'
  | 'billing'
  | 'staff-attitude'
  | 'outcome'
  | 'scheduling'
  | 'not-found'
  | 'suspected-fake'
  | 'positive'
  | 'general';

export interface ReplyTemplate {
  id: string;
  title: string;
  situation: Situation | string;
  /** Text with {placeholders}; paragraphs separated by a blank line. */
  text: string;
  builtIn: boolean;
}
