/**
 * A streaming RFC 4180 CSV reader: quoted fields may hold commas, quotes ("") and newlines.
 * Yields each record with the line number it starts on, so errors can name it.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** `maxChars` bounds one record (an unterminated quote in a huge file fails at the limit, not at the end). */
export async function* parseCsv(chunks: AsyncIterable<string>, maxChars = Infinity): AsyncGenerator<CsvRecord> {
  let size = 0;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quotePending = false; // saw a quote inside quotes: either "" or the closing quote
  let line = 1;
  let startLine = 1;
  let started = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (++size > maxChars)
        throw new CsvError(
          startLine,
          `record longer than ${maxChars} characters${inQuotes ? ' (an unterminated quoted field?)' : ''}`,
        );
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          inQuotes = false; // closing quote: fall through to the unquoted handling of ch
        } else if (ch === '"') {
          quotePending = true;
          continue;
        } else {
          if (ch === '\n') line++;
          field += ch;
          continue;
        }
      }
      if (!started) {
        started = true;
        startLine = line;
      }
      if (ch === '"' && field === '') inQuotes = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\n') {
        fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
        yield { line: startLine, fields };
        fields = [];
        field = '';
        started = false;
        size = 0;
        line++;
      } else field += ch;
    }
  }
  if (started || field !== '' || fields.length) {
    fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
    if (inQuotes && !quotePending) throw new CsvError(startLine, 'unterminated quoted field');
    yield { line: startLine, fields };
  }
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
