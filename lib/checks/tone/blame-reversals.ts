// Blame by contrast and by question, as structure: the reader set against the practice ("moved
// by you, not by us"; "Our schedule was fine. Your arrival times were not."), doubt put to the
// reader as a question ("Did you actually call?", "Did you really expect us to…?"), and a
// counterfactual about a group of patients ("if parents stopped putting kids to bed with juice
// we'd see half the cavities"). Found from one starting word per structure, a Set lookup each.
// The structures are in contrast-questions.ts, counterfactuals.ts and rubbing-it-in.ts; this is
// the table blame-structures.ts dispatches them from.
import type { BlameStructure } from './blame-structure';
import { ASKING, doubtingQuestion, ellipticalContrast, notUs } from './contrast-questions';
import { familyCounterfactual, groupCounterfactual, hadRelative, passiveCounterfactual } from './counterfactuals';
import { noRightToComplain, NUMBER_WORDS, numberEcho, readerInputWrong, TOLD, toldRepeatedly } from './rubbing-it-in';

/** Structures of blame by contrast, question and counterfactual, keyed by their first word. */
export const REVERSAL_STARTS: ReadonlyArray<readonly [Iterable<string>, BlameStructure, boolean]> = [
  [ASKING, doubtingQuestion, false],
  [['not'], (_d, t, i) => notUs(t, i), true],
  [['you', 'your', 'u', 'ur'], (_d, t, i) => ellipticalContrast(t, i), true],
  [['if'], groupCounterfactual, true],
  [['if'], (_d, t, i) => familyCounterfactual(t, i), false],
  [['had', 'if'], (_d, t, i) => passiveCounterfactual(t, i), false],
  [['you', 'u'], (_d, t, i) => readerInputWrong(t, i), false],
  [NUMBER_WORDS, (_d, t, i) => numberEcho(t, i), false],
  [TOLD, (_d, t, i) => toldRepeatedly(t, i), false],
  [['had'], (_d, t, i) => hadRelative(t, i), false],
  [['who'], (_d, t, i) => noRightToComplain(t, i), false],
];
