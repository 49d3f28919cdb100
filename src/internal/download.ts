/** Hands `blob` to the browser as a download named `fileName` (a link clicked inside `root`). */
export function downloadFile(root: Element | ShadowRoot | DocumentFragment, blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
