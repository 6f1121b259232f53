// The "Reply templates" button beside the badge, and the picker it opens.
import { useRef, useState } from 'react';
import { TemplatePicker, type TemplatePickerProps } from './TemplatePicker';

type PickerData = Pick<TemplatePickerProps, 'templates' | 'profile' | 'review'>;

export interface TemplatesControlProps extends Pick<TemplatePickerProps, 'onInsert' | 'onOpenOptions'> {
  /** Read when the picker opens, so it shows the current settings and review. */
  load(): PickerData;
  /** Open the picker at once (asked for with the keyboard shortcut on a non-reply box). */
  initiallyOpen?: boolean;
  onClosed?(): void;
}

export function TemplatesControl({ load, initiallyOpen = false, onClosed, ...actions }: TemplatesControlProps) {
  const [data, setData] = useState<PickerData | null>(() => (initiallyOpen ? load() : null));
  const open = data !== null;
  const setOpen = (next: boolean) => setData(next ? load() : null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // After an insertion the caret belongs in the reply box, at the end of the new text (the
  // insertion put it there): closing must not pull focus back to this button.
  const justInserted = useRef(false);
  const close = () => {
    setOpen(false);
    if (!justInserted.current) buttonRef.current?.focus();
    justInserted.current = false;
    onClosed?.();
  };
  const insert = async (text: string) => {
    const ok = await actions.onInsert(text);
    justInserted.current = ok;
    return ok;
  };
  return (
    <span className="pa-tpl-anchor">
      <style>{TEMPLATE_PICKER_CSS}</style>
      <button
        ref={buttonRef}
        type="button"
        className="pa-tpl-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Reply templates
      </button>
      {data && <TemplatePicker {...data} {...actions} onInsert={insert} onClose={close} anchor={buttonRef} />}
    </span>
  );
}

export const TEMPLATE_PICKER_CSS = `
.pa-tpl-anchor { position: relative; display: inline-block; }
.pa-tpl-button { font: inherit; height: 22px; padding: 0 8px; border-radius: 11px; border: 1px solid var(--pa-border, #d0d7de);
  background: var(--pa-bg, #fff); color: var(--pa-fg, #1f2328); cursor: pointer; }
.pa-tpl-button:focus-visible, .pa-tpl button:focus-visible, .pa-tpl input:focus-visible { outline: 2px solid var(--pa-focus, #0b57d0); outline-offset: 2px; }
.pa-tpl { position: absolute; right: 0; top: calc(100% + 4px); z-index: 2147483646; width: min(440px, 94vw); max-height: 70vh; overflow: auto;
  box-sizing: border-box; padding: 12px; border-radius: 8px; border: 1px solid var(--pa-border, #d0d7de);
  background: var(--pa-bg, #fff); color: var(--pa-fg, #1f2328); box-shadow: var(--pa-shadow, 0 6px 24px rgba(0,0,0,.18)); text-align: left; }
.pa-tpl-title { font-size: 14px; margin: 0 0 8px; }
.pa-tpl-list { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 2px; }
.pa-tpl-option { display: flex; gap: 6px; align-items: baseline; cursor: pointer; }
.pa-tpl-hint, .pa-muted { color: var(--pa-muted, #59636e); }
.pa-tpl-text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--pa-border, #d0d7de); border-radius: 6px; padding: 8px; margin: 0; }
.pa-tpl-missing { color: var(--pa-warn, #b06000); }
.pa-tpl-error { color: var(--pa-block, #c5221f); }
.pa-tpl-actions { display: flex; justify-content: flex-end; gap: 6px; margin-top: 8px; }
.pa-tpl button { font: inherit; padding: 2px 10px; border-radius: 4px; border: 1px solid var(--pa-border, #d0d7de); background: transparent; color: inherit; cursor: pointer; }
.pa-tpl button.pa-primary { background: var(--pa-focus, #0b57d0); border-color: var(--pa-focus, #0b57d0); color: var(--pa-bg, #fff); }
.pa-tpl button:disabled { opacity: .5; cursor: not-allowed; }
.pa-tpl .pa-link { border: 0; padding: 0; text-decoration: underline; color: var(--pa-focus, #0b57d0); }
`;
