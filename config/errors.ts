/**
 * Error classes shared by every room. Each carries the data its boundary needs
 * (an exit code for the CLI, an HTTP status for the API), so callers branch on
 * types, never on message text.
 */
export class SkillpulseError extends Error {
  /** Process exit code when this error reaches the CLI's top level. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad usage or bad input (a config field, a CLI flag, an import file): exit code 2. */
export class InputError extends SkillpulseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 2, options);
  }
}
