// Tone rules, one per file (id = 'tone/<file>'); a meta-test checks every file is listed here once.
import type { Rule } from '../../rule';
import defensive from './defensive';

export const TONE_RULES: readonly Rule[] = [defensive];
