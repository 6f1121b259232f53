// The checks engine's vocabulary. Other tools (the CLI, the corpus evaluation, outside
// callers) are built on these names: keep them stable (see DESIGN.md, "Contract").

export type Context = 'post' | 'comment' | 'review-reply';
export type Site = 'facebook' | 'x' | 'yelp';
export type Category = 'phi' | 'tone';
export type Severity = 'block' | 'warn' | 'info';

export const PHI_TYPES = [
  'name',
  'date',
  'phone',
  'email',
  'address',
  'identifier',
  'age_over_89',
  'url',
  'relationship',
  'health_info',
  'billing',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

export const TONE_TYPES = [
  'defensive',
  'blaming',
  'sarcastic',
  'hostile',
  'shouting',
  'medical_advice',
  'guarantee',
  'unprofessional',
] as const;
export type ToneType = (typeof TONE_TYPES)[number];

export interface PracticeProfile {
  practiceName?: string;
  staffNames?: string[];
  phones?: string[];
  emails?: string[];
  addresses?: string[];
  website?: string;
}

export interface AnalyzeOptions {
  context?: Context;
  site?: Site;
  /** The practice's own details are never PHI. */
  profile?: PracticeProfile;
  /** Extra words the practice wants flagged (a local landmark, a rare condition it treats). */
  watchWords?: string[];
}

export interface Finding {
  /** e.g. 'phi/relationship' */
  rule: string;
  category: Category;
  type: PhiType | ToneType;
  severity: Severity;
  /** UTF-16 offsets into the text given to analyze(), end exclusive. */
  start: number;
  end: number;
  /** Plain words for office staff. */
  message: string;
  /** A safer wording for text[start, end), when there is one. */
  suggestion?: string;
}
