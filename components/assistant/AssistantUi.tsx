// Everything the assistant shows beside one box: the badge, the extra controls features
// add (templates, …) and the findings panel. Rendered in the host's shadow root.
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { SessionActions, SessionStore } from '@/lib/assistant/sessionStore';
import { Badge } from './Badge';
import { FindingsPanel } from './FindingsPanel';

export function AssistantUi({ store, actions }: { store: SessionStore; actions: SessionActions }) {
  const view = useStore(store);
  const badge = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const panelId = `pa-panel-${useId().replace(/:/g, '')}`;

  const close = () => {
    actions.setPanelOpen(false);
    badge.current?.focus();
  };

  // A click anywhere outside our UI closes the panel (as a popover does), without taking focus.
  useEffect(() => {
    if (!view.panelOpen) return;
    const root = bar.current?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    const onPointerDown = (event: PointerEvent) => {
      if (host && !event.composedPath().includes(host)) actions.setPanelOpen(false);
    };
    const doc = bar.current?.ownerDocument;
    doc?.addEventListener('pointerdown', onPointerDown, true);
    return () => doc?.removeEventListener('pointerdown', onPointerDown, true);
  }, [view.panelOpen, actions]);

  return (
    <div className="pa-bar" ref={bar}>
      {view.controls.map((control) => (
        <span key={control.id} className="pa-control" data-control={control.id}>
          {control.node}
        </span>
      ))}
      <Badge
        ref={badge}
        state={view.state}
        findings={view.findings}
        panelOpen={view.panelOpen}
        panelId={panelId}
        onToggle={() => actions.setPanelOpen(!view.panelOpen)}
      />
      {view.panelOpen && (
        <FindingsPanel
          id={panelId}
          state={view.state}
          text={view.text}
          findings={view.findings}
          notice={view.notice}
          actions={actions}
          onClose={close}
          anchor={badge}
        />
      )}
    </div>
  );
}
