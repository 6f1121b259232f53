// Which template the form is open on, and the question asked before an edited, unsaved one
// is replaced by another (typed work is never dropped without asking).
import { useCallback, useRef, useState } from 'react';
import type { CustomTemplate } from '@/lib/settings';

export interface EditorRequest {
  heading: string;
  initial: CustomTemplate;
  /** Where a new template goes in the order: after the one it copies. */
  afterId?: string;
}

export interface Editing extends EditorRequest {
  /** Remounts the form when another template is opened while one is open. */
  key: number;
}

export function useEditorSession() {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pending, setPending] = useState<EditorRequest | null>(null);
  const count = useRef(0);
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const openNow = (request: EditorRequest) => {
    dirty.current = false;
    setPending(null);
    setEditing({ ...request, key: ++count.current });
  };

  return {
    editing,
    /** Another template waiting for "Discard changes" before it opens. */
    pending,
    onDirtyChange,
    /** Opens the form; returns false when it asked first because of unsaved changes. */
    open(request: EditorRequest): boolean {
      if (editing && dirty.current) {
        setPending(request);
        return false;
      }
      openNow(request);
      return true;
    },
    discardAndOpenPending() {
      if (pending) openNow(pending);
    },
    keepEditing: () => setPending(null),
    close() {
      dirty.current = false;
      setPending(null);
      setEditing(null);
    },
  };
}
