/**
 * The API's error class: an HTTP status and a stable machine code; `onError` in app.ts turns it into
 * `{"error":{"code","message"}}`. Anything else that reaches onError is answered with a 500 without details.
 */
import { SkillpulseError } from '../config/errors.ts';

export type ApiStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503;

export class ApiError extends SkillpulseError {
  readonly status: ApiStatus;
  readonly code: string;
  /** Extra response headers (Retry-After, WWW-Authenticate). */
  readonly headers: Record<string, string>;
  constructor(status: ApiStatus, code: string, message: string, headers: Record<string, string> = {}) {
    super(message, 1);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** A bad query/body parameter: 400 naming it. */
export class BadParameterError extends ApiError {
  readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(400, 'bad_parameter', `${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

/** No warehouse has been built yet (or it lacks a table the route reads). */
export class NoWarehouseError extends ApiError {
  constructor(
    message = 'no warehouse yet: run `skillpulse pipeline` (or `skillpulse start`) to build data/warehouse.duckdb',
  ) {
    super(503, 'no_warehouse', message, { 'Retry-After': '60' });
  }
}
