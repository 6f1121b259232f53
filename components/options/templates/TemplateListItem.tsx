// One template in the ordered list: what it is, its text (read-only here), and what can be
// done with it. Built-ins can be copied and moved, never changed; custom ones can be edited
// and deleted unless the organization set them.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ReplyTemplate } from '@/lib/templates';
import { LockedNote } from '../controls/LockedNote';
import { situationLabel } from './situations';

export interface TemplateListItemProps {
  template: ReplyTemplate;
  position: number;
  count: number;
  canReorder: boolean;
  /** Custom templates can be changed (false when the organization set them). */
  canEdit: boolean;
  canDuplicate: boolean;
  confirmingDelete: boolean;
  onMove(step: -1 | 1): void;
  onEdit(): void;
  onDuplicate(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
  /** Drag and drop (mouse only; the Up and Down buttons do the same). */
  dragging: boolean;
  onDragStart(): void;
  onDragEnd(): void;
  /** Set while another template is being dragged: drops it into this one's place. */
  onDropHere?: () => void;
  /** The editor, when it is open on this template or a copy of it: shown right under it. */
  children?: ReactNode;
}

function DeleteConfirm({ title, onConfirm, onCancel }: { title: string; onConfirm(): void; onCancel(): void }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so a stray Enter keeps the template.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="tpl-confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>Delete “{title}”? This cannot be undone.</p>
      <button type="button" className="tpl-danger" onClick={onConfirm}>
        Delete template
      </button>
      <button type="button" ref={keep} onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}

export function TemplateListItem(props: TemplateListItemProps) {
  const { template: t, position, count, canReorder, canEdit, canDuplicate } = props;
  const name = `“${t.title}”`;
  const [over, setOver] = useState(false);
  const { onDropHere } = props;
  return (
    <li
      className={`tpl-item${props.dragging ? ' tpl-dragging' : ''}${over && onDropHere ? ' tpl-drop-target' : ''}`}
      data-template-id={t.id}
      onDragOver={(e) => {
        if (!onDropHere) return;
        e.preventDefault(); // allows the drop
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        if (!onDropHere) return;
        e.preventDefault();
        onDropHere();
      }}
    >
      <div className="tpl-item-head">
        {/* A handle, not the whole item, is draggable: text in the item stays selectable. */}
        {canReorder && (
          <span
            className="tpl-handle"
            draggable
            aria-hidden="true"
            title="Drag to reorder"
            onDragStart={(e) => {
              e.dataTransfer?.setData('text/plain', t.title);
              props.onDragStart();
            }}
            onDragEnd={props.onDragEnd}
          >
            ⠿
          </span>
        )}
        <span className="tpl-item-title">{t.title}</span> <span className="tpl-tag">{t.builtIn ? 'Built-in' : 'Custom'}</span>{' '}
        <span className="hint">Situation: {situationLabel(t.situation)}</span>
        {!t.builtIn && !canEdit && <LockedNote id={`tpl-locked-${t.id}`} />}
      </div>
      <details>
        <summary>Show text</summary>
        <p className="tpl-item-text">{t.text}</p>
      </details>
      <div className="tpl-item-actions">
        {canReorder && (
          <>
            <button type="button" data-action="up" aria-label={`Move ${name} up`} disabled={position === 0} onClick={() => props.onMove(-1)}>
              ↑ Up
            </button>
            <button type="button" data-action="down" aria-label={`Move ${name} down`} disabled={position === count - 1} onClick={() => props.onMove(1)}>
              ↓ Down
            </button>
          </>
        )}
        {!t.builtIn && canEdit && (
          <button type="button" data-action="edit" aria-label={`Edit ${name}`} onClick={props.onEdit}>
            Edit
          </button>
        )}
        {canDuplicate && (
          <button type="button" data-action="duplicate" aria-label={`Duplicate ${name}`} onClick={props.onDuplicate}>
            Duplicate
          </button>
        )}
        {!t.builtIn && canEdit && (
          <button type="button" data-action="delete" aria-label={`Delete ${name}`} onClick={props.onAskDelete}>
            Delete
          </button>
        )}
      </div>
      {props.confirmingDelete && <DeleteConfirm title={t.title} onConfirm={props.onConfirmDelete} onCancel={props.onCancelDelete} />}
      {props.children}
    </li>
  );
}
