// The "Reply templates" picker shown beside a reply box. Pure UI: the caller gives the
// templates, the profile and the review, and does the insertion through the editor driver.
import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTopLayerPanel } from '@/components/assistant/useTopLayerPanel';
import { fillTemplate, PLACEHOLDER_LABELS } from '@/lib/templates/fill';
import { suggestSituation } from '@/lib/templates/suggest';
import type { ReplyTemplate } from '@/lib/templates';
import type { ProfileSettings } from '@/lib/settings/types';
import type { ReviewContext } from '@/lib/sites/types';

export interface TemplatePickerProps {
  templates: readonly ReplyTemplate[];
  profile: ProfileSettings;
  review?: ReviewContext;
  /** Inserts the filled text into the box; resolves false when the editor did not take it. */
  onInsert(text: string): Promise<boolean>;
  onOpenOptions(section: 'profile' | 'templates'): void;
  onClose(): void;
  /** The button that opened it: the picker is placed by it, in the top layer. */
  anchor?: RefObject<HTMLElement>;
}

type Status = { kind: 'idle' } | { kind: 'inserting' } | { kind: 'failed' };

export function TemplatePicker({ templates, profile, review, onInsert, onOpenOptions, onClose, anchor }: TemplatePickerProps) {
  const panel = useRef<HTMLDivElement>(null);
  useTopLayerPanel(panel, anchor);
  const suggested = useMemo(() => {
    const situation = suggestSituation(review);
    return situation ? templates.find((t) => t.situation === situation) : undefined;
  }, [templates, review]);
  const [selectedId, setSelectedId] = useState(suggested?.id ?? templates[0]?.id);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const selected = templates.find((t) => t.id === selectedId);
  const filled = selected ? fillTemplate(selected.text, profile) : undefined;
  const usable = filled !== undefined && filled.missing.length === 0 && filled.unknown.length === 0;
  const headingId = useId();
  const previewId = useId();

  async function insert() {
    if (!filled || !usable) return;
    setStatus({ kind: 'inserting' });
    const ok = await onInsert(filled.text);
    if (ok) onClose();
    else setStatus({ kind: 'failed' });
  }

  return (
    <div
      ref={panel}
      className="pa-tpl"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={headingId} className="pa-tpl-title">
        Reply templates
      </h2>
      {templates.length === 0 ? (
        <p>No templates yet. You can add your own in the options.</p>
      ) : (
        <div className="pa-tpl-body">
          <ul className="pa-tpl-list" role="radiogroup" aria-label="Situation">
            {templates.map((t) => (
              <li key={t.id}>
                <label className="pa-tpl-option">
                  <input
                    type="radio"
                    name="pa-template"
                    value={t.id}
                    checked={t.id === selectedId}
                    onChange={() => {
                      setSelectedId(t.id);
                      setStatus({ kind: 'idle' });
                    }}
                  />
                  <span>{t.title}</span>
                  {t.id === suggested?.id && <span className="pa-tpl-hint"> (suggested for this review)</span>}
                </label>
              </li>
            ))}
          </ul>
          <section className="pa-tpl-preview" aria-label="Preview" id={previewId}>
            {filled && <p className="pa-tpl-text">{usable ? filled.text : selected?.text}</p>}
            {filled && filled.missing.length > 0 && (
              <p className="pa-tpl-missing" role="status">
                This template needs your practice's {filled.missing.map((m) => PLACEHOLDER_LABELS[m]).join(', ')}.{' '}
                <button type="button" className="pa-link" onClick={() => onOpenOptions('profile')}>
                  Add it in the options
                </button>
              </p>
            )}
            {filled && filled.unknown.length > 0 && (
              <p className="pa-tpl-missing" role="status">
                This template has {filled.unknown.join(', ')}, which is not a placeholder we can fill.{' '}
                <button type="button" className="pa-link" onClick={() => onOpenOptions('templates')}>
                  Fix it in the options
                </button>
              </p>
            )}
            {status.kind === 'failed' && (
              <p className="pa-tpl-error" role="alert">
                The reply box did not take the text, so nothing was changed. Click in the box and try again.
              </p>
            )}
          </section>
        </div>
      )}
      <div className="pa-tpl-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="pa-primary"
          disabled={!usable || status.kind === 'inserting'}
          aria-describedby={previewId}
          onClick={() => void insert()}
        >
          Insert reply
        </button>
      </div>
    </div>
  );
}
