// The Content Security Policy served by `vite preview` (and mirrored in docs/deploy.md for nginx).
// 'wasm-unsafe-eval' lets DuckDB compile its wasm; worker-src blob: lets DuckDB start its worker;
// style-src 'unsafe-inline' because ECharts and React set inline style attributes.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
