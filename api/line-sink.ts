/**
 * Log lines to a stream, written together once per event-loop turn: under load that is one write per turn
 * instead of one per request (writes to a file or pipe are synchronous system calls on Linux, and the request
 * log is one line per request). Lines keep their order; a batch is written at once past `maxBytes`, and what
 * is pending when the process exits is written then.
 */
export function lineSink(stream: { write(chunk: string): unknown }, maxBytes = 64 * 1024): (line: string) => void {
  let lines: string[] = [];
  let bytes = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!lines.length) return;
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    bytes = 0;
    stream.write(chunk);
  };
  process.once('exit', flush);
  return (line) => {
    lines.push(line);
    bytes += line.length + 1;
    if (bytes >= maxBytes) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
