// Field readers: each takes an untrusted value, returns it when valid, undefined when absent
// or unusable, and records a problem for unusable ones. Callers keep only what is valid, so
// one bad field never costs the others (a corrupt weekly target leaves the profile intact).
import type { SettingsProblem } from '../problems';

export interface ReadContext {
  source: SettingsProblem['source'];
  problems: SettingsProblem[];
}

function report(ctx: ReadContext, path: string, message: string): undefined {
  ctx.problems.push({ path, message, source: ctx.source });
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A section or group object; anything else is reported and read as absent. */
export function readObject(
  raw: unknown,
  path: string,
  label: string,
  ctx: ReadContext,
): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  if (isPlainObject(raw)) return raw;
  return report(ctx, path, `${label} could not be read.`);
}

export function readBoolean(raw: unknown, path: string, label: string, ctx: ReadContext): boolean | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'boolean') return raw;
  return report(ctx, path, `${label} must be on or off.`);
}

export function readInteger(
  raw: unknown,
  path: string,
  label: string,
  range: { min: number; max: number },
  ctx: ReadContext,
): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= range.min && raw <= range.max) return raw;
  return report(ctx, path, `${label} must be a whole number from ${range.min} to ${range.max}.`);
}

export function readChoice<T extends string>(
  raw: unknown,
  path: string,
  label: string,
  choices: readonly T[],
  ctx: ReadContext,
): T | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) return raw as T;
  return report(ctx, path, `${label} must be one of: ${choices.join(', ')}.`);
}

/** A line of text, trimmed. An empty string is a valid "not set". */
export function readText(
  raw: unknown,
  path: string,
  label: string,
  maxLength: number,
  ctx: ReadContext,
): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') return report(ctx, path, `${label} must be text.`);
  const text = raw.trim();
  if (text.length > maxLength) return report(ctx, path, `${label} is longer than ${maxLength} characters.`);
  return text;
}

/**
 * A list of short texts. Items that are not text or are too long are dropped (and reported);
 * blank items and repeats are dropped silently, since they carry nothing.
 */
export function readTextList(
  raw: unknown,
  path: string,
  label: string,
  limits: { maxItems: number; maxLength: number },
  ctx: ReadContext,
): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) return report(ctx, path, `${label} must be a list.`);
  const kept: string[] = [];
  let dropped = 0;
  for (const item of raw) {
    if (typeof item !== 'string' || item.trim().length > limits.maxLength) {
      dropped += 1;
      continue;
    }
    const text = item.trim();
    if (text && !kept.includes(text)) kept.push(text);
  }
  if (dropped > 0) report(ctx, path, `${dropped} item(s) of ${label} could not be read and were left out.`);
  if (kept.length > limits.maxItems) {
    report(ctx, path, `${label} has more than ${limits.maxItems} items; the rest were left out.`);
    return kept.slice(0, limits.maxItems);
  }
  return kept;
}

/** Drops the keys whose value is undefined, so a patch only names what it sets. */
export function definedOnly<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}
