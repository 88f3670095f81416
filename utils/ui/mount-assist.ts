// Creates the one `<motcua-assist>` element per page with an OPEN shadow root (tests and IT rely
// on it), isolates it from host CSS, and renders a Preact tree into it. A second call reuses it.
import { render, type ComponentChild } from 'preact';
import styles from './assist.css?inline';

export const ASSIST_TAG = 'motcua-assist';

export interface AssistMount {
  host: HTMLElement;
  root: ShadowRoot;
  render(tree: ComponentChild): void;
  remove(): void;
}

export function mountAssist(doc: Document = document): AssistMount {
  let host = doc.querySelector<HTMLElement>(ASSIST_TAG);
  if (!host) {
    host = doc.createElement(ASSIST_TAG);
    doc.documentElement.appendChild(host);
  }
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  let container = root.querySelector<HTMLElement>('[data-assist-root]');
  if (!container) {
    const style = doc.createElement('style');
    style.textContent = styles;
    container = doc.createElement('div');
    container.dataset.assistRoot = '';
    root.append(style, container);
  }
  const target = container;
  const element = host;
  return {
    host: element,
    root,
    render: (tree) => render(tree, target),
    remove: () => {
      render(null, target);
      element.remove();
    },
  };
}
