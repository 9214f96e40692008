import path from 'node:path';
import { InputError } from '../../config/errors.ts';
import type { Command } from '../command.ts';
import { progressBar } from '../progress.ts';

const SHOWN_REJECTS = 20;

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE ... [--source NAME]',
  summary: 'load postings from .jsonl, .jsonl.gz, .csv, .parquet into the raw store',
  description: [
    'Load postings from .jsonl, .jsonl.gz, .csv (.csv.gz) or .parquet files into the raw store.',
    'Each record needs id, source (or --source), posted_at and text; title, company, location,',
    'country, url and month are optional, unknown fields are kept. Bad records are rejected with',
    'file, line and reason (all of them in data/runs/rejects/), the rest is kept. Importing the same',
    'file again adds nothing. Ends with: read N, added N, duplicates N, rejected N.',
  ].join('\n'),
  options: {
    source: { type: 'string', arg: 'NAME', help: 'source for records that carry none (e.g. hn_whoishiring)' },
  },
  async run(ctx, args) {
    if (args.positionals.length === 0)
      throw new InputError('import: give at least one FILE (see skillpulse import --help)');
    const config = ctx.config();
    const bar = progressBar(ctx.stderr, ctx.isTTY, 'import');
    let shown = 0;
    const { importFiles } = await import('../import/run.ts');
    const summary = await importFiles(config, args.positionals, {
      source: args.values.source as string | undefined,
      onReject(r) {
        if (shown++ < SHOWN_REJECTS) {
          bar.done();
          ctx.stderr.write(`${r.file}:${r.line}: rejected: ${r.reason}\n`);
        }
      },
      onFileError(file, reason) {
        bar.done();
        ctx.stderr.write(
          `${reason.startsWith(file) ? reason : `${file}: ${reason}`} (file skipped from here; the other files go on)\n`,
        );
      },
      onProgress(file, p, counts) {
        bar.update(p.bytes, p.size, `${path.basename(file)} ${counts.read.toLocaleString('en-US')} records`);
      },
    });
    bar.done();
    if (summary.rejected > SHOWN_REJECTS)
      ctx.stderr.write(`... and ${summary.rejected - SHOWN_REJECTS} more rejected records\n`);
    if (summary.rejects_file) ctx.stderr.write(`rejects report: ${summary.rejects_file}\n`);
    ctx.stdout.write(
      `read ${summary.read}, added ${summary.added}, duplicates ${summary.duplicates}, rejected ${summary.rejected}` +
        (summary.failed_files.length ? `, ${summary.failed_files.length} file(s) unreadable part-way` : '') +
        '\n',
    );
    return summary.failed_files.length ? 2 : 0;
  },
};
