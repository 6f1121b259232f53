// Which of DESIGN.md's host elements (`[data-posting-assistant]`) belong to which demo box.
// A host belongs to a box when it sits next to the box — outside the editor, in the box's
// own surroundings (the parent of its form/wrapper), beside the editor or one of its
// ancestors. Hosts that belong to no box (orphans, or ones by a search input) are strays.
import type { Page } from 'playwright-core';

export interface HostDescription {
  kind: string | null;
  site: string | null;
  state: string | null;
  findings: string | null;
}

export interface BoxAttachment {
  id: string;
  kind: string;
  hosts: HostDescription[];
}

export interface AttachmentReport {
  boxes: BoxAttachment[];
  /** Hosts next to no box; each a short description of where it is. */
  strays: string[];
  /** Hosts inside an editor (forbidden: they corrupt the editor's text). */
  insideEditor: number;
}

export async function assistantAttachments(page: Page): Promise<AttachmentReport> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-posting-assistant]')];
    const claimed = new Set<Element>();
    const describe = (host: HTMLElement) => ({
      kind: host.getAttribute('data-kind'),
      site: host.getAttribute('data-site'),
      state: host.getAttribute('data-state'),
      findings: host.getAttribute('data-findings'),
    });
    const boxes = window.__demo
      .boxes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((box) => {
        const wrapper = document.querySelector(`[data-demo-box="${box.id}"]`);
        const editable = wrapper?.querySelector('[contenteditable="true"], textarea');
        const scope = wrapper?.parentElement;
        const mine =
          editable && scope
            ? hosts.filter((h) => !editable.contains(h) && scope.contains(h) && Boolean(h.parentElement?.contains(editable)))
            : [];
        mine.forEach((h) => claimed.add(h));
        return { id: box.id, kind: box.kind, hosts: mine.map(describe) };
      });
    const editables = [...document.querySelectorAll('[contenteditable="true"], textarea')];
    return {
      boxes,
      strays: hosts
        .filter((h) => !claimed.has(h))
        .map((h) => `${h.parentElement?.tagName.toLowerCase() ?? '?'}.${h.parentElement?.className ?? ''} > host ${JSON.stringify(describe(h))}`),
      insideEditor: hosts.filter((h) => editables.some((e) => e.contains(h))).length,
    };
  });
}
