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

// No named helper functions inside page.evaluate: under tsx (bench, npm start) esbuild's
// keepNames would wrap them in a `__name` call that does not exist in the page.
export async function assistantAttachments(page: Page): Promise<AttachmentReport> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-posting-assistant]')].map((element) => ({
      element,
      description: {
        kind: element.getAttribute('data-kind'),
        site: element.getAttribute('data-site'),
        state: element.getAttribute('data-state'),
        findings: element.getAttribute('data-findings'),
      },
    }));
    const claimed = new Set<Element>();
    const boxes = window.__demo
      .boxes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((box) => {
        const wrapper = document.querySelector(`[data-demo-box="${box.id}"]`);
        const editable = wrapper?.querySelector('[contenteditable="true"], textarea');
        const scope = wrapper?.parentElement;
        const mine = hosts.filter(
          ({ element }) =>
            editable && scope && !editable.contains(element) && scope.contains(element) && element.parentElement?.contains(editable),
        );
        for (const { element } of mine) claimed.add(element);
        return { id: box.id, kind: box.kind, hosts: mine.map((h) => h.description) };
      });
    const editables = [...document.querySelectorAll('[contenteditable="true"], textarea')];
    return {
      boxes,
      strays: hosts
        .filter(({ element }) => !claimed.has(element))
        .map(({ element, description }) => {
          const parent = element.parentElement;
          return `host ${JSON.stringify(description)} in <${parent?.tagName.toLowerCase() ?? '?'} class="${parent?.className ?? ''}">`;
        }),
      insideEditor: hosts.filter(({ element }) => editables.some((e) => e.contains(element))).length,
    };
  });
}
