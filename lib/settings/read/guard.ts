import type { GuardMode, Settings } from '../types';
import type { DeepPartial } from '../deep-partial';
import { definedOnly, isPlainObject, readChoice, readObject, type ReadContext } from './fields';

export const GUARD_MODES: readonly GuardMode[] = ['off', 'warn', 'strict', 'two-person'];
export const TWO_PERSON_SCOPES: readonly Settings['guard']['twoPersonScope'][] = ['all', 'flagged'];

// The shape lib/settings/pin.ts writes: hex salt (16 bytes) and hex SHA-256 (32 bytes).
const HEX_SALT = /^[0-9a-f]{32}$/;
const HEX_HASH = /^[0-9a-f]{64}$/;

function readPin(raw: unknown, ctx: ReadContext): Settings['guard']['pin'] | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  if (isPlainObject(raw) && typeof raw.salt === 'string' && typeof raw.hash === 'string') {
    if (HEX_SALT.test(raw.salt) && HEX_HASH.test(raw.hash)) return { salt: raw.salt, hash: raw.hash };
  }
  ctx.problems.push({
    path: 'guard.pin',
    message: 'The saved shared PIN could not be read, so no PIN is required until one is set again.',
    source: ctx.source,
  });
  return undefined;
}

export function readGuard(raw: unknown, ctx: ReadContext): DeepPartial<Settings['guard']> | undefined {
  const section = readObject(raw, 'guard', 'The guard settings', ctx);
  if (!section) return undefined;
  return definedOnly({
    mode: readChoice(section.mode, 'guard.mode', 'Guard mode', GUARD_MODES, ctx),
    twoPersonScope: readChoice(section.twoPersonScope, 'guard.twoPersonScope', 'Two-person sign-off scope', TWO_PERSON_SCOPES, ctx),
    pin: readPin(section.pin, ctx),
  });
}
