export interface PostIdea {
  /** Short title shown in bold, e.g. "American Heart Month". */
  title: string;
  /** One line on what to post. Never about a patient: general, public-health content only. */
  prompt: string;
}

/** 1 = January … 12 = December. */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
