// A wording model as it ships: integer weights (×SCALE) in one string, parsed on first use.
export interface WordingModel {
  /** The bias, ×SCALE. */
  bias: number;
  /** 'feature\tweight' lines (weight ×SCALE), sorted by feature. */
  weights: string;
}

export const SCALE = 100;
