/**
 * What a long test can read of its own memory and DOM, to print beside its figures (not to assert:
 * without a forced GC the heap reading moves with the collector's schedule). `performance.memory`
 * is Chromium's (non-standard, and coarse unless Chromium runs with --enable-precise-memory-info);
 * other browsers report `null`. The DOM count walks the document and every open shadow root.
 */
export interface MemoryReading {
  /** `performance.memory.usedJSHeapSize` in bytes, or `null` where the browser has none. */
  readonly heapBytes: number | null;
  /** Nodes in the document, shadow roots included (elements, text, comments). */
  readonly domNodes: number;
}

export function countDomNodes(root: Node = document): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

export function readMemory(): MemoryReading {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { heapBytes: memory ? memory.usedJSHeapSize : null, domNodes: countDomNodes() };
}

/** `12.3 MB`, or `n/a` where the browser reports no heap size. */
export function formatHeap(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
