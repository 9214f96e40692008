/** The project's classes for DuckDB failures; pipeline/db.ts maps DuckDB's errors to them at the boundary. */
import { SkillpulseError } from '../config/errors.ts';

/** A DuckDB failure (exit code 1); the message is DuckDB's first line. */
export class DbError extends SkillpulseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 1, options);
  }
}

/** A table or column the query names is not in the database (e.g. a warehouse built by an older version). */
export class MissingTableError extends DbError {}
