// The words staff see next to a field an administrator set through policy.
export const LOCKED_TEXT = 'Set by your organization';

export function LockedNote({ id }: { id: string }) {
  return (
    <span className="locked-note" id={id}>
      <span aria-hidden="true">🔒 </span>
      {LOCKED_TEXT}
    </span>
  );
}
