import type { Command } from '../command.ts';
import { describeRule } from './quarantine.ts';

const excludedNote = (e: unknown): string => {
  const entries = Object.entries((e ?? {}) as Record<string, number>);
  return entries.length ? `, excluded ${entries.map(([k, n]) => `${n} ${k}`).join(', ')}` : '';
};

export const statusCommand: Command = {
  name: 'status',
  usage: 'status [--json]',
  summary: 'postings per source and month range, rejects, last runs, warehouse freshness',
  options: { json: { type: 'boolean', help: 'print JSON instead of a table' } },
  async run(ctx, args) {
    const config = ctx.config();
    const { collectStatus } = await import('../status.ts');
    const s = await collectStatus(config);
    if (args.values.json) {
      ctx.stdout.write(JSON.stringify(s, null, 2) + '\n');
      return 0;
    }
    const out: string[] = [`data: ${config.data.root}`, ''];
    if (s.sources.length === 0) out.push('no postings yet: run `skillpulse crawl` or `skillpulse import FILE`');
    else {
      out.push(`${'source'.padEnd(32)} ${'postings'.padStart(9)}  ${'months'.padEnd(17)} ${'rejected'.padStart(8)}`);
      for (const x of s.sources)
        out.push(
          `${x.source.padEnd(32)} ${String(x.postings).padStart(9)}  ${`${x.first_month ?? '-'}..${x.last_month ?? '-'}`.padEnd(17)} ${String(x.rejected).padStart(8)}`,
        );
      out.push(`${'total'.padEnd(32)} ${String(s.postings).padStart(9)}`);
    }
    out.push('', 'last runs:');
    if (s.runs.length === 0) out.push('  none');
    for (const r of s.runs) {
      const errors = Array.isArray(r.errors) ? r.errors.length : 0;
      const what =
        r.kind === 'import'
          ? `read ${r.read}, added ${r.added}, duplicates ${r.duplicates}, rejected ${r.rejected}`
          : r.kind === 'crawl'
            ? `${r.source}: ${r.unreachable ? `unreachable (${r.unreachable})` : `${r.pages} pages, ${r.new} new, ${r.updated} updated, ${r.closed} closed, ${errors} errors`}`
            : `${r.postings} postings in ${Number(r.seconds ?? 0).toFixed(1)} s${excludedNote(r.excluded)}`;
      out.push(`  ${String(r.started_at ?? r.built_at ?? '').slice(0, 19)}  ${String(r.kind).padEnd(8)} ${what}`);
      if (Array.isArray(r.errors))
        for (const e of (r.errors as { url: string; message: string }[]).slice(0, 3))
          out.push(`      error ${e.url}: ${e.message}`);
    }
    if (s.quarantine.length)
      out.push(
        '',
        `quarantine (${s.quarantine.length} rules, left out by the pipeline):`,
        ...s.quarantine.map((r) => `  ${describeRule(r)}`),
      );
    out.push(
      '',
      s.warehouse.built_at
        ? `warehouse: built ${s.warehouse.built_at}, ${s.warehouse.postings} postings after dedup`
        : 'warehouse: not built yet (run `skillpulse pipeline`)',
    );
    if (s.feedback.marks > 0) {
      const top = s.feedback.top_aliases
        .slice(0, 3)
        .map((a) => `${a.skill} "${a.alias}" ${a.marks}`)
        .join(', ');
      out.push(
        `feedback: ${s.feedback.marks} "not a skill here" mark(s); most marked: ${top} (skillpulse feedback list)`,
      );
    }
    ctx.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};
