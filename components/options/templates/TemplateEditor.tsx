// The form for one custom template: title, situation, text with a placeholder reference, the
// checks' findings live under the text, and a filled preview. A template the checks would
// block can still be saved (a practice may want "call us about your bill" for a private
// channel), but only after saying so in a checkbox.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CustomTemplate, ProfileSettings } from '@/lib/settings';
import { PLACEHOLDERS } from '@/lib/templates';
import { ADVISED_MAX_WORDS, checkTemplate, wordCount, type TemplateField } from '@/lib/templates/custom';
import { FilledPreview } from './FilledPreview';
import { LiveFindings } from './LiveFindings';
import { OTHER_SITUATION, SITUATION_OPTIONS } from './situations';
import { blockSignature, checkAsReviewReply, useLiveFindings, type Analyze } from './useLiveFindings';

export const ACKNOWLEDGE_TEXT = 'I understand this template has patient-information problems';

export interface TemplateEditorProps {
  heading: string;
  initial: CustomTemplate;
  profile: ProfileSettings;
  analyze: Analyze;
  /** Saves the template; resolves to null when saved, or the words to show when not. */
  onSave(template: CustomTemplate): Promise<string | null>;
  onCancel(): void;
  /** Told whether the form differs from `initial`, so opening another template can ask first. */
  onDirtyChange?(dirty: boolean): void;
}

export function TemplateEditor({ heading, initial, profile, analyze, onSave, onCancel, onDirtyChange }: TemplateEditorProps) {
  const id = useId();
  const [title, setTitle] = useState(initial.title);
  const [situation, setSituation] = useState(initial.situation || OTHER_SITUATION);
  const [text, setText] = useState(initial.text);
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<TemplateField>>(new Set());
  // The block findings the person acknowledged; new or different ones need a new tick.
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => titleRef.current?.focus(), []);
  const dirty = title !== initial.title || situation !== (initial.situation || OTHER_SITUATION) || text !== initial.text;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const draft: CustomTemplate = { id: initial.id, title, situation, text };
  const check = checkTemplate(draft);
  const live = useLiveFindings(text, profile, analyze);
  const liveBlocks = blockSignature(live.text, live.findings);
  const needsAcknowledgement = liveBlocks !== '' && acknowledged !== liveBlocks;
  const shown = (field: TemplateField) => (attempted || touched.has(field) ? check.errors.filter((e) => e.field === field) : []);
  const touch = (field: TemplateField) => setTouched((prev) => new Set(prev).add(field));

  // A situation typed elsewhere (an older version, another tool) stays selectable as it is.
  const situations = SITUATION_OPTIONS.some((o) => o.value === situation) ? SITUATION_OPTIONS : [...SITUATION_OPTIONS, { value: situation, label: situation }];

  function insertPlaceholder(name: string) {
    const area = textRef.current;
    const token = `{${name}}`;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + token + text.slice(end));
    touch('text');
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    const first = check.errors[0];
    if (first) {
      (first.field === 'title' ? titleRef.current : first.field === 'text' ? textRef.current : null)?.focus();
      return;
    }
    // The live findings lag the typing by the debounce: decide on the text as it is now.
    const now = checkAsReviewReply(text, profile, analyze);
    const blocks = blockSignature(now.text, now.findings);
    if (blocks !== '' && acknowledged !== blocks) {
      setError(`The checks found patient-information problems. Read them below, then tick “${ACKNOWLEDGE_TEXT}” to save anyway.`);
      return;
    }
    setSaving(true);
    const failure = await onSave({ ...draft, title: title.trim() });
    setSaving(false);
    if (failure) setError(failure);
  }

  const textErrors = shown('text');
  const titleErrors = shown('title');
  const words = wordCount(text);
  return (
    <form className="tpl-editor" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          type="text"
          value={title}
          aria-invalid={titleErrors.length ? true : undefined}
          aria-describedby={titleErrors.length ? `${id}-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => touch('title')}
        />
        {titleErrors.length > 0 && (
          <p className="field-error" id={`${id}-title-error`}>
            {titleErrors.map((e) => e.message).join(' ')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-situation`}>Situation</label>
        <select id={`${id}-situation`} value={situation} onChange={(e) => setSituation(e.target.value)}>
          {situations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p className="hint">The picker proposes templates of the review's situation first.</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          rows={8}
          value={text}
          aria-invalid={textErrors.length ? true : undefined}
          aria-describedby={`${id}-placeholders ${id}-words${textErrors.length ? ` ${id}-text-error` : ''}`}
          onChange={(e) => {
            setText(e.target.value);
            touch('text');
          }}
        />
        <div className="hint" id={`${id}-placeholders`}>
          Placeholders, filled from the practice profile:{' '}
          {PLACEHOLDERS.map((p) => (
            <button key={p} type="button" className="tpl-token" aria-label={`Insert {${p}}`} onClick={() => insertPlaceholder(p)}>
              {`{${p}}`}
            </button>
          ))}
        </div>
        <p className={words > ADVISED_MAX_WORDS ? 'tpl-warning' : 'hint'} id={`${id}-words`}>
          {check.warnings.length ? check.warnings.map((w) => w.message).join(' ') : `${words} ${words === 1 ? 'word' : 'words'} (${ADVISED_MAX_WORDS} or fewer advised).`}
        </p>
        {textErrors.length > 0 && (
          <p className="field-error" id={`${id}-text-error`}>
            {textErrors.map((e) => e.message).join(' ')}
          </p>
        )}
      </div>
      <LiveFindings id={`${id}-findings`} text={live.text} findings={live.findings} checking={live.checking} hasText={text.trim() !== ''} />
      <FilledPreview id={`${id}-preview`} text={text} profile={profile} />
      {liveBlocks !== '' && (
        <div className="field-toggle tpl-acknowledge">
          <input
            id={`${id}-ack`}
            type="checkbox"
            checked={acknowledged === liveBlocks}
            onChange={(e) => setAcknowledged(e.target.checked ? liveBlocks : null)}
          />
          <label htmlFor={`${id}-ack`}>{ACKNOWLEDGE_TEXT}</label>
          {needsAcknowledgement && (
            <p className="hint" id={`${id}-ack-hint`}>
              Tick this box to save a template the checks would stop before posting.
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="tpl-editor-actions">
        <button type="submit" className="tpl-primary" disabled={saving || needsAcknowledgement} aria-describedby={needsAcknowledgement ? `${id}-ack-hint` : undefined}>
          {saving ? 'Saving…' : 'Save template'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
