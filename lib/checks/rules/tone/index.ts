// Tone rules, one per file (id = 'tone/<file>'); a meta-test checks every file is listed here once.
import type { Rule } from '../../rule';
import acknowledge from './acknowledge';
import blaming from './blaming';
import coldReply from './cold-reply';
import defensive from './defensive';
import guarantee from './guarantee';
import hostile from './hostile';
import medicalAdvice from './medical_advice';
import offlineContact from './offline-contact';
import sarcastic from './sarcastic';
import shouting from './shouting';
import unprofessional from './unprofessional';

export const TONE_RULES: readonly Rule[] = [
  defensive,
  blaming,
  sarcastic,
  hostile,
  shouting,
  medicalAdvice,
  guarantee,
  unprofessional,
  coldReply,
  acknowledge,
  offlineContact,
];
