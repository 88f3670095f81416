// One MutationObserver per page, batched to one callback per animation frame, ignoring changes
// inside the extension's own elements (so painting findings never triggers a re-read).
const OWN = new Set(['MOTCUA-ASSIST', 'MOTCUA-FLAG']);

function isOwn(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (OWN.has((n as Element).tagName)) return true;
  return false;
}

/** Adding or removing our own elements (flags prepended into a host cell) is not a page change. */
function onlyOwnNodes(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!OWN.has((nodes[i] as Element).tagName)) return false;
  return true;
}

function isOwnRecord(r: MutationRecord): boolean {
  if (isOwn(r.target)) return true;
  return r.type === 'childList' && onlyOwnNodes(r.addedNodes) && onlyOwnNodes(r.removedNodes);
}

export function observePage(root: Node, onChange: () => void): () => void {
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOwnRecord)) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'class', 'disabled'] });
  return () => observer.disconnect();
}

/** Resolves when `probe` returns a value, re-probing on page changes; null after `timeoutMs`. */
export function waitFor<T>(root: Node, probe: () => T | null | undefined, timeoutMs: number, signal?: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    const first = probe();
    if (first != null) return resolve(first);
    const done = (value: T | null) => {
      stop();
      clearTimeout(timer);
      resolve(value);
    };
    const stop = observePage(root, () => {
      const value = probe();
      if (value != null) done(value);
    });
    const timer = setTimeout(() => done(null), timeoutMs);
    signal?.addEventListener('abort', () => done(null));
  });
}
