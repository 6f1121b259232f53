// Builds editor-shaped DOM for tests without parsing HTML: h('p', {dir: 'ltr'}, 'text', h('br')).
export type Child = Node | string;

export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** Attaches `element` to a fresh document body and returns it. */
export function mount<T extends HTMLElement>(element: T): T {
  document.body.replaceChildren(element);
  return element;
}
