// The registry: every rule file is listed once, in its category's index (a meta-test checks).
import type { Rule } from '../rule';
import { PHI_RULES } from './phi';
import { TONE_RULES } from './tone';

export const RULES: readonly Rule[] = [...PHI_RULES, ...TONE_RULES];
