/** A one-line progress bar on a TTY; silent elsewhere (CI logs get the summary line only). */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean, title: string): Progress {
  if (!enabled) return { update() {}, done() {} };
  let last = 0;
  const started = Date.now();
  return {
    update(done, total, label = '') {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const width = 28;
      const filled = Math.round(frac * width);
      const secs = ((now - started) / 1000).toFixed(1);
      stream.write(
        `\r${title} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${label} ${secs}s\x1b[K`,
      );
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
