// Reads untrusted settings (stored, pushed by policy, or a patch to save) field by field into
// a patch holding only the valid fields, plus a problem for each unusable one.
import type { DeepPartial } from '../deep-partial';
import type { SettingsProblem } from '../problems';
import type { Settings } from '../types';
import { definedOnly, isPlainObject, type ReadContext } from './fields';
import { readProfile } from './profile';
import { readChecks } from './checks';
import { readGuard } from './guard';
import { readCadence } from './cadence';
import { readTemplates } from './templates';

export interface ReadResult {
  patch: DeepPartial<Settings>;
  problems: SettingsProblem[];
}

export function readSettingsPatch(raw: unknown, source: SettingsProblem['source']): ReadResult {
  const ctx: ReadContext = { source, problems: [] };
  if (raw === undefined || raw === null) return { patch: {}, problems: [] };
  if (!isPlainObject(raw)) {
    ctx.problems.push({ path: '', message: 'The saved settings could not be read.', source });
    return { patch: {}, problems: ctx.problems };
  }
  const patch = definedOnly({
    profile: readProfile(raw.profile, ctx),
    checks: readChecks(raw.checks, ctx),
    guard: readGuard(raw.guard, ctx),
    cadence: readCadence(raw.cadence, ctx),
    templates: readTemplates(raw.templates, ctx),
  }) as DeepPartial<Settings>;
  return { patch, problems: ctx.problems };
}
