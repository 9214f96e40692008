import type { Command } from '../command.ts';
import { progressBar } from '../progress.ts';

export const pipelineCommand: Command = {
  name: 'pipeline',
  usage: 'pipeline [--full]',
  summary: 'normalize, dedup, extract skills, aggregate, estimate (incremental unless --full)',
  description: [
    'Builds a new warehouse from the raw store and the taxonomy, runs the data checks, and swaps it in',
    'atomically (readers keep the old file until they reopen). Incremental: skill extraction is cached',
    'by content hash and taxonomy version, so only new or changed postings are processed; --full drops',
    'the cache and rebuilds everything.',
  ].join('\n'),
  options: { full: { type: 'boolean', help: 'ignore the extraction cache and rebuild everything' } },
  async run(ctx, args) {
    const config = ctx.config();
    const bar = progressBar(ctx.stderr, ctx.isTTY, 'pipeline');
    let lastStage = '';
    const { runPipeline } = await import('../../pipeline/run.ts');
    const s = await runPipeline(config, {
      full: !!args.values.full,
      onProgress(p) {
        if (p.total) bar.update(p.done ?? 0, p.total, p.message);
        else if (p.stage !== lastStage) {
          bar.done();
          if (ctx.isTTY) ctx.stderr.write(`pipeline: ${p.message}\n`);
        }
        lastStage = p.stage;
      },
    });
    bar.done();
    const dups =
      Object.entries(s.duplicates)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none';
    ctx.stdout.write(
      `built ${s.warehouse}: ${s.postings} postings after dedup (raw ${s.raw_postings}; duplicates: ${dups}; ` +
        `dedup rate ${(s.dedup_rate * 100).toFixed(1)}%), extraction ${s.enriched.computed} new / ${s.enriched.cached} cached, ` +
        `${s.seconds.toFixed(1)} s\n`,
    );
    const excluded = Object.entries(s.excluded);
    if (excluded.length)
      ctx.stdout.write(
        `excluded ${excluded.reduce((a, [, n]) => a + n, 0)} raw records: ${excluded.map(([k, v]) => `${v} ${k}`).join(', ')}\n`,
      );
    return 0;
  },
};
