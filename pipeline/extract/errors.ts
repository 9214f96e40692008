import { InputError } from '../../config/errors.ts';

/** A taxonomy or overlay file that cannot be read; names the file and line. */
export class TaxonomyError extends InputError {
  readonly file: string;
  readonly line: number | undefined;
  constructor(message: string, file: string, line?: number) {
    super(message);
    this.file = file;
    this.line = line;
  }
}
