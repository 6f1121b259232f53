import type { Rule } from '../../rule';

export const PHI_RULES: readonly Rule[] = [];
