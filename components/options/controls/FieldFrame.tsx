// Label, hint, lock note and error around one control, with the ids that tie them to it.
import type { ReactNode } from 'react';
import { LockedNote } from './LockedNote';

export interface FieldIds {
  input: string;
  describedBy: string | undefined;
}

export function fieldIds(id: string, opts: { hint?: boolean; locked: boolean; error: boolean }): FieldIds {
  const parts = [opts.hint && `${id}-hint`, opts.locked && `${id}-locked`, opts.error && `${id}-error`].filter(Boolean);
  return { input: id, describedBy: parts.length ? parts.join(' ') : undefined };
}

export function FieldNotes({ id, hint, locked, error }: { id: string; hint?: ReactNode; locked: boolean; error: string | null }) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {locked && <LockedNote id={`${id}-locked`} />}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
