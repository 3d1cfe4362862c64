// Saving a file the page made (CSV, Parquet, JSON, PNG): a temporary blob: URL on an <a download>, revoked after.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** 1234567 → "1,2 MB" style sizes (decimal units), formatted by the caller's number formatter. */
export function sizeParts(bytes: number): { value: number; unit: string } {
  if (bytes >= 1e9) return { value: bytes / 1e9, unit: 'GB' };
  if (bytes >= 1e6) return { value: bytes / 1e6, unit: 'MB' };
  if (bytes >= 1e3) return { value: bytes / 1e3, unit: 'KB' };
  return { value: bytes, unit: 'B' };
}
