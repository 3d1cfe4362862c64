// The security headers of the production build: sent by `vite preview` (vite.config.ts `preview.headers`), mirrored
// in the nginx configuration of docs/deploy.md, and checked end to end (tests/e2e/security.e2e.ts: every route under
// this policy, charts hovered, tables opened, zero `securitypolicyviolation` events). docs/security.md explains each
// directive. Verified in Debian Chromium 156:
//   - default-src 'none': everything not listed below is refused (frames, media, plugins, manifests…).
//   - script-src 'self' 'wasm-unsafe-eval': our own bundles only; 'wasm-unsafe-eval' lets DuckDB and parquet-wasm
//     compile their wasm. No 'unsafe-inline', no 'unsafe-eval': an injected <script> or onerror= never runs.
//   - worker-src 'self': DuckDB's worker, the validator worker and the service worker are files of our origin (no
//     blob: workers are created).
//   - connect-src 'self': fetch/XHR only to our origin (manifest, data files); nothing leaves the intranet.
//   - style-src-elem 'self': only our stylesheets; no <style> elements are injected.
//   - style-src-attr 'unsafe-inline': ECharts writes style attributes into its tooltip HTML (the colour markers);
//     without it Chromium reports `style-src-attr` violations and the markers lose their colour. Style attributes
//     cannot run script; script-src stays strict.
//   - img-src 'self' data: blob:: our images and images the page makes itself (chart exports); never another origin.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Powerful features the dashboard does not use are off; wake lock (wall screens) and fullscreen (briefing) stay. */
export const permissionsPolicy = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'screen-wake-lock=(self)',
  'fullscreen=(self)',
].join(', ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': permissionsPolicy,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
