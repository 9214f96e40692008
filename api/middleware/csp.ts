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

/**
 * The kind of answer a request path gets: `data` (JSON or CSV under /api/, errors included), the offline API
 * `docs` page, or a `dashboard` document (every other path). Picks the CSP and the security headers.
 */
export type AnswerKind = 'data' | 'docs' | 'dashboard';
export const answerKind = (path: string): AnswerKind =>
  path === '/api/docs' ? 'docs' : path.startsWith('/api/') ? 'data' : 'dashboard';

export const CSP: Readonly<Record<AnswerKind, string>> = { data: API_CSP, docs: DOCS_CSP, dashboard: DASHBOARD_CSP };

/** The policy for a request path. */
export const cspFor = (path: string): string => CSP[answerKind(path)];
