// The checks engine's public entry: pure TypeScript, no DOM, no browser or Node APIs, so it
// bundles for any platform (esbuild --platform=neutral) and runs in the content script, the
// options page, the CLI and outside tools alike.
import { runRules } from './engine';
import { RULES } from './rules';
import type { AnalyzeOptions, Finding } from './types';

export type * from './types';
export { PHI_TYPES, TONE_TYPES } from './types';

export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  return runRules(RULES, text, options);
}
