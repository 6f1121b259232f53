// An editable list of short texts (staff names, phones, watch words): each item can be
// edited in place or removed, and a new one added with the field at the bottom.
import { useLayoutEffect, useState } from 'react';
import { FieldNotes, fieldIds } from './FieldFrame';

export interface ListSettingProps {
  id: string;
  label: string;
  /** What one item is called, for the buttons ("Add phone number", "Remove 555-0100"). */
  itemName: string;
  items: readonly string[];
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  locked: boolean;
  error: string | null;
  onCommit(items: string[]): void;
}

function ListItem({ id, value, label, type, onCommit, onRemove }: { id: string; value: string; label: string; type: string; onCommit(v: string): void; onRemove(): void }) {
  const [draft, setDraft] = useState(value);
  // As the item is drawn, not deferred: see TextSetting (a late effect undid the first keystroke).
  useLayoutEffect(() => setDraft(value), [value]);
  const commit = () => {
    const text = draft.trim();
    if (!text) onRemove();
    else if (text !== value) onCommit(text);
  };
  return (
    <li>
      <input
        id={id}
        type={type}
        aria-label={label}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
      <button type="button" onClick={onRemove} aria-label={`Remove ${value}`}>
        Remove
      </button>
    </li>
  );
}

export function ListSetting({ id, label, itemName, items, hint, type = 'text', locked, error, onCommit }: ListSettingProps) {
  const [newItem, setNewItem] = useState('');
  const ids = fieldIds(id, { hint: Boolean(hint), locked, error: Boolean(error) });
  const add = () => {
    const text = newItem.trim();
    if (!text) return;
    setNewItem('');
    if (!items.includes(text)) onCommit([...items, text]);
  };
  return (
    <fieldset className="field field-list" aria-describedby={ids.describedBy}>
      <legend>{label}</legend>
      {locked ? (
        <ul className="locked-list" aria-label={label}>
          {items.length === 0 ? <li className="hint">None</li> : items.map((item) => <li key={item}>{item}</li>)}
        </ul>
      ) : (
        <>
          <ul aria-label={label}>
            {items.map((item, index) => (
              <ListItem
                key={`${index}-${item}`}
                id={`${id}-item-${index}`}
                label={`${itemName} ${index + 1}`}
                value={item}
                type={type}
                onCommit={(text) => onCommit(items.map((old, i) => (i === index ? text : old)))}
                onRemove={() => onCommit(items.filter((_, i) => i !== index))}
              />
            ))}
          </ul>
          <div className="list-add">
            <input
              id={`${id}-new`}
              type={type}
              aria-label={`New ${itemName.toLowerCase()}`}
              value={newItem}
              onChange={(event) => setNewItem(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" onClick={add}>
              Add {itemName.toLowerCase()}
            </button>
          </div>
        </>
      )}
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </fieldset>
  );
}
