// SHA-256 of bytes as lowercase hex, with the platform's crypto.subtle (the manifest's sha256 format), for the page
// (the engine's fetch in duckdb-browser.ts). The validator worker keeps its own copy: it must not share the page's chunk.

/** null when the platform cannot hash here: crypto.subtle exists only in secure contexts (not plain-HTTP intranet). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** Whether bytes can be hashed here (see sha256Hex). */
export function canHash(): boolean {
  return Boolean(globalThis.crypto?.subtle);
}
