// The options page's reply templates: built-in and custom in the order the picker shows them,
// and an editor that checks a custom template as a review reply while it is typed. Renders
// inside the options page, which gives it useSettings(). `analyze` is injected (the real
// engine by default) so tests can check the acknowledgement flow with a known finding.
import { useEffect, useRef, useState } from 'react';
import { analyze as realAnalyze } from '@/lib/checks';
import type { CustomTemplate, SaveResult } from '@/lib/settings';
import { canAddTemplate, duplicateTemplate, newTemplateId, TEMPLATE_LIMITS } from '@/lib/templates/custom';
import { LockedNote } from './controls/LockedNote';
import { SectionFrame } from './controls/SectionFrame';
import { useSettings } from './SettingsContext';
import { DiscardConfirm } from './templates/DiscardConfirm';
import { TemplateEditor } from './templates/TemplateEditor';
import { TemplateListItem } from './templates/TemplateListItem';
import { SAVED_TEXT, templateSaveMessage } from './templates/saveMessage';
import { OTHER_SITUATION } from './templates/situations';
import type { Analyze } from './templates/useLiveFindings';
import { useEditorSession, type EditorRequest } from './templates/useEditorSession';
import { useTemplateStore } from './templates/useTemplateStore';
import './templates/templates.css';

type Status = { text: string; failed: boolean } | null;

/** Focuses a control once the list has re-rendered (after a move the item has a new place). */
function useFocusAfterRender() {
  const container = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState<string[] | null>(null);
  useEffect(() => {
    if (!wanted) return;
    for (const selector of wanted) {
      const el = container.current?.querySelector<HTMLElement>(selector);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        break;
      }
    }
    setWanted(null);
  });
  return { container, focusLater: setWanted };
}

// Template ids are letters, digits, dashes and underscores (lib/settings checks), safe in a selector.
const control = (id: string, action: string) => `[data-template-id="${id}"] [data-action="${action}"]`;

export default function TemplatesSection({ analyze = realAnalyze }: { analyze?: Analyze }) {
  const { settings, isLocked, save } = useSettings();
  const customLocked = isLocked('templates.custom');
  const orderLocked = isLocked('templates.order');
  const store = useTemplateStore(settings, save, orderLocked);
  const session = useEditorSession();
  const { editing } = session;
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const { container, focusLater } = useFocusAfterRender();
  const canAdd = !customLocked && canAddTemplate(settings.templates.custom);
  const allIds = () => store.templates.map((t) => t.id);

  // The form opens where the template is (under it, or under the one it copies); a new one at the top.
  const anchorId = editing ? (editing.afterId ?? (settings.templates.custom.some((t) => t.id === editing.initial.id) ? editing.initial.id : undefined)) : undefined;
  const editor = editing && !customLocked && (
    <>
      {session.pending && (
        <DiscardConfirm
          title={editing.initial.title}
          onDiscard={() => session.discardAndOpenPending()}
          onKeep={() => {
            session.keepEditing();
            focusLater(['.tpl-editor input']);
          }}
        />
      )}
      <TemplateEditor
        key={editing.key}
        heading={editing.heading}
        initial={editing.initial}
        profile={settings.profile}
        analyze={analyze}
        onSave={saveFromEditor}
        onDirtyChange={session.onDirtyChange}
        onCancel={() => {
          const id = editing.afterId ?? editing.initial.id;
          session.close();
          focusLater([control(id, 'edit'), control(id, 'duplicate'), '[data-action="new"]']);
        }}
      />
    </>
  );

  const report = (result: SaveResult, okText: string) => setStatus(result.ok ? { text: okText, failed: false } : { text: templateSaveMessage(result), failed: true });

  function openEditor(request: EditorRequest) {
    setConfirmingDelete(null);
    setStatus(null);
    session.open(request);
  }

  async function saveFromEditor(template: CustomTemplate): Promise<string | null> {
    const result = await store.saveTemplate(template, editing?.afterId);
    if (!result.ok) return templateSaveMessage(result);
    session.close();
    setStatus({ text: `${SAVED_TEXT}: “${template.title}”.`, failed: false });
    focusLater([control(template.id, 'edit')]);
    return null;
  }

  async function move(id: string, title: string, toIndex: number, focus: string[]) {
    const result = await store.move(id, toIndex);
    report(result, `${SAVED_TEXT}: “${title}” is now number ${toIndex + 1} of ${store.templates.length}.`);
    focusLater(focus);
  }

  // Drag and drop is a mouse shortcut for the Up and Down buttons, which stay the way to do it
  // with a keyboard or a screen reader.
  const [dragging, setDragging] = useState<string | null>(null);

  async function remove(id: string, title: string) {
    setConfirmingDelete(null);
    const result = await store.remove(id);
    report(result, `Deleted “${title}”.`);
    if (result.ok && editing?.initial.id === id) session.close();
    focusLater(result.ok ? ['[data-action="new"]'] : [control(id, 'delete')]);
  }

  const intro = (
    <>
      Sympathetic replies that confirm nothing about anyone's care. The picker beside a review-reply box lists them in this order. Built-in templates
      cannot be changed, but you can duplicate one and edit the copy.
    </>
  );

  return (
    <SectionFrame id="templates" title="Reply templates" intro={intro}>
      <div ref={container}>
        {customLocked && (
          <p>
            <LockedNote id="templates-locked" /> Your organization manages the custom templates, so they are shown read-only.
          </p>
        )}
        {!customLocked && orderLocked && (
          <p>
            <LockedNote id="templates-order-locked" /> Your organization set the order of the templates.
          </p>
        )}
        {!customLocked && (
          <p>
            <button
              type="button"
              data-action="new"
              disabled={!canAdd}
              onClick={() =>
                openEditor({ heading: 'New template', initial: { id: newTemplateId(allIds()), title: '', situation: OTHER_SITUATION, text: '' } })
              }
            >
              New template
            </button>
            {!canAdd && <span className="hint"> You have {TEMPLATE_LIMITS.count} custom templates, the most the extension keeps. Delete one to add another.</span>}
          </p>
        )}
        <p className={status && !status.failed ? 'tpl-status' : 'tpl-status-empty'} role="status" aria-live="polite">
          {status && !status.failed ? status.text : ''}
        </p>
        {status?.failed && (
          <p className="field-error" role="alert">
            {status.text}
          </p>
        )}
        {anchorId === undefined && editor}
        <ol className="tpl-list" aria-label="Templates, in the order the picker shows them">
          {store.templates.map((t, i) => (
            <TemplateListItem
              key={t.id}
              template={t}
              position={i}
              count={store.templates.length}
              canReorder={!orderLocked}
              canEdit={!customLocked}
              canDuplicate={canAdd}
              confirmingDelete={confirmingDelete === t.id}
              onMove={(step) => void move(t.id, t.title, i + step, [control(t.id, step < 0 ? 'up' : 'down'), control(t.id, step < 0 ? 'down' : 'up')])}
              dragging={dragging === t.id}
              onDragStart={() => setDragging(t.id)}
              onDragEnd={() => setDragging(null)}
              onDropHere={
                dragging && dragging !== t.id
                  ? () => {
                      const moved = store.templates.find((x) => x.id === dragging);
                      setDragging(null);
                      if (moved) void move(moved.id, moved.title, i, [control(moved.id, 'up'), control(moved.id, 'down')]);
                    }
                  : undefined
              }
              onEdit={() => openEditor({ heading: `Edit “${t.title}”`, initial: { id: t.id, title: t.title, situation: t.situation, text: t.text } })}
              onDuplicate={() => openEditor({ heading: `Copy of “${t.title}”`, initial: duplicateTemplate(t, allIds()), afterId: t.id })}
              onAskDelete={() => setConfirmingDelete(t.id)}
              onConfirmDelete={() => void remove(t.id, t.title)}
              onCancelDelete={() => {
                setConfirmingDelete(null);
                focusLater([control(t.id, 'delete')]);
              }}
            >
              {anchorId === t.id && editor}
            </TemplateListItem>
          ))}
        </ol>
      </div>
    </SectionFrame>
  );
}
