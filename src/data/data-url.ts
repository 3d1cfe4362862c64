/** URL of a file under public/data, relative to the page (works on any host and sub-path). */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}
