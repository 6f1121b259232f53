// The template as a reviewer would read it, filled from the practice profile. Text only.
import type { ProfileSettings } from '@/lib/settings';
import { fillTemplate, PLACEHOLDER_LABELS } from '@/lib/templates/fill';

export function FilledPreview({ id, text, profile }: { id: string; text: string; profile: ProfileSettings }) {
  const filled = fillTemplate(text, profile);
  return (
    <section className="tpl-preview" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Preview with your practice profile</h4>
      {text.trim() ? (
        <p className="tpl-preview-text" data-testid="template-preview">
          {filled.text}
        </p>
      ) : (
        <p className="hint">The filled reply shows here.</p>
      )}
      {filled.missing.length > 0 && (
        <p className="hint">
          The profile has no {filled.missing.map((m) => PLACEHOLDER_LABELS[m]).join(', ')} yet, so the reply box would not get this template.{' '}
          <a href="#profile">Add it in the practice profile</a>.
        </p>
      )}
    </section>
  );
}
