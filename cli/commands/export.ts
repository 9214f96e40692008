import path from 'node:path';
import { InputError } from '../../config/errors.ts';
import type { Command } from '../command.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format parquet|csv [--table T ...] DIR',
  summary: 'warehouse tables (and the raw store: --table raw) as Hive-partitioned Parquet or CSV',
  description: [
    'Writes each warehouse table to DIR/<table>/ as Parquet (zstd) or CSV with a header; tables with a month or',
    'period column are partitioned by year (DIR/fct_postings/year=2024/...). --table raw exports the raw store,',
    'partitioned by source and year. pandas (read_parquet), R (arrow), Spark, DuckDB, Tableau and Power BI read it.',
  ].join('\n'),
  options: {
    format: { type: 'string', arg: 'parquet|csv', help: 'output format (default parquet)' },
    table: { type: 'string', multiple: true, arg: 'T', help: 'only this table (repeatable; "raw" = the raw store)' },
  },
  async run(ctx, args) {
    const format = (args.values.format as string | undefined) ?? 'parquet';
    if (format !== 'parquet' && format !== 'csv')
      throw new InputError(`--format: expected parquet or csv, got "${format}"`);
    const [dir, ...extra] = args.positionals;
    if (!dir || extra.length) throw new InputError('export: give exactly one output folder DIR');
    const config = ctx.config();
    const { exportData } = await import('../../pipeline/export.ts');
    const done = await exportData({
      warehouse: config.data.warehouse,
      raw: config.data.raw,
      dir: path.resolve(dir),
      format,
      tables: args.values.table as string[] | undefined,
      onProgress: ctx.isTTY ? (t, i, n) => ctx.stderr.write(`\rexport ${i}/${n} ${t}`.padEnd(60)) : undefined,
    });
    if (ctx.isTTY) ctx.stderr.write('\r'.padEnd(61) + '\r');
    for (const t of done)
      ctx.stdout.write(
        `${t.table}: ${t.rows} rows, ${t.files} file(s)${t.partitioned_by ? `, partitioned by ${t.partitioned_by}` : ''}\n`,
      );
    ctx.stdout.write(`exported ${done.length} table(s) as ${format} to ${path.resolve(dir)}\n`);
    return 0;
  },
};
