// The templates as the options page shows them, and the saves that change them. A move shows
// at once (the list must not jump back while storage catches up, or a second key press would
// move the wrong template); the stored order takes over when the last save is done.
import { useMemo, useRef, useState } from 'react';
import type { CustomTemplate, DeepPartial, SaveResult, Settings } from '@/lib/settings';
import { allTemplates, type ReplyTemplate } from '@/lib/templates';
import { insertAfter, moveToIndex, upsertTemplate } from '@/lib/templates/custom';

export interface TemplateStore {
  templates: ReplyTemplate[];
  /** Moves a template to a place in the list (0 = first), as shown now. */
  move(id: string, toIndex: number): Promise<SaveResult>;
  /** Saves a new or edited template; a new one goes right after `afterId` (or at the end). */
  saveTemplate(template: CustomTemplate, afterId?: string): Promise<SaveResult>;
  remove(id: string): Promise<SaveResult>;
}

function inOrder(saved: readonly ReplyTemplate[], ids: readonly string[] | null): ReplyTemplate[] {
  if (!ids) return [...saved];
  const byId = new Map(saved.map((t) => [t.id, t]));
  const listed = ids.map((id) => byId.get(id)).filter((t): t is ReplyTemplate => t !== undefined);
  return [...listed, ...saved.filter((t) => !ids.includes(t.id))];
}

export function useTemplateStore(
  settings: Settings,
  save: (patch: DeepPartial<Settings>) => Promise<SaveResult>,
  orderLocked: boolean,
): TemplateStore {
  const { custom, order } = settings.templates;
  const saved = useMemo(() => allTemplates(custom, order), [custom, order]);
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const latestMove = useRef(0);
  const templates = useMemo(() => inOrder(saved, pendingOrder), [saved, pendingOrder]);
  const ids = templates.map((t) => t.id);

  const move = async (id: string, toIndex: number) => {
    const next = moveToIndex(ids, id, toIndex);
    setPendingOrder(next);
    const mine = ++latestMove.current;
    const result = await save({ templates: { order: next } });
    if (mine === latestMove.current) setPendingOrder(null);
    return result;
  };

  // When the organization fixed the order, a new template simply follows it (allTemplates
  // places ids missing from the order at the end), and the order is not written.
  const withOrder = (nextCustom: CustomTemplate[], nextOrder: string[]): DeepPartial<Settings> => ({
    templates: orderLocked ? { custom: nextCustom } : { custom: nextCustom, order: nextOrder },
  });

  const saveTemplate = (template: CustomTemplate, afterId?: string) =>
    save(withOrder(upsertTemplate(custom, template), ids.includes(template.id) ? ids : insertAfter(ids, afterId, template.id)));

  const remove = (id: string) =>
    save(
      withOrder(
        custom.filter((t) => t.id !== id),
        ids.filter((x) => x !== id),
      ),
    );

  return { templates, move, saveTemplate, remove };
}
