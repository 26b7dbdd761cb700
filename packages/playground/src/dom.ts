/** Small DOM helpers: typed element lookup and element creation with text (never HTML from data). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') element.className = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) element.append(child);
  return element;
}

/** JSON for display: pretty-printed, `undefined` shown as a dash. */
export function showJson(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value, null, 2);
}
