/**
 * Content-Security-Policy per kind of answer: the dashboard runs only its own scripts (no inline script, no
 * other origin, no plugins, not framed); the offline API docs page carries one inline script of its own;
 * API answers are data and may load nothing. A posting text that slipped into the DOM could not run.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');
export const DOCS_CSP = DASHBOARD_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The policy for a request path. */
export const cspFor = (path: string): string =>
  path === '/api/docs' ? DOCS_CSP : path.startsWith('/api/') ? API_CSP : DASHBOARD_CSP;
