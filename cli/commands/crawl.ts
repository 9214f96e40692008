import type { Command } from '../command.ts';
import type { CrawlSummary } from '../../crawlers/index.ts';

/** One line per source that had trouble, then the summary line. */
export function crawlReport(summaries: CrawlSummary[]): { lines: string[]; summary: string; failed: string[] } {
  const lines: string[] = [];
  const failed: string[] = [];
  for (const s of summaries) {
    if (s.unreachable) {
      lines.push(`${s.source}: unreachable (${s.unreachable})`);
      failed.push(s.source);
    } else if (s.pages === 0 && s.errors.length > 0) {
      lines.push(
        `${s.source}: failed: ${s.errors[0]!.url}: ${s.errors[0]!.message}${s.errors.length > 1 ? ` (+${s.errors.length - 1} more)` : ''}`,
      );
      failed.push(s.source);
    } else if (s.errors.length > 0) {
      lines.push(`${s.source}: ${s.errors.length} error(s), first: ${s.errors[0]!.url}: ${s.errors[0]!.message}`);
    }
  }
  const sum = (k: 'pages' | 'new' | 'updated' | 'closed') => summaries.reduce((a, s) => a + s[k], 0);
  const errors = summaries.reduce((a, s) => a + s.errors.length, 0);
  const unreachable = summaries.filter((s) => s.unreachable).length;
  const summary =
    `crawled ${summaries.length} sources: ${sum('pages')} pages, ${sum('new')} new, ${sum('updated')} updated, ` +
    `${sum('closed')} closed, ${errors} errors${unreachable ? `, ${unreachable} unreachable` : ''}`;
  return { lines, summary, failed };
}

export const crawlCommand: Command = {
  name: 'crawl',
  usage: 'crawl [--source NAME ...]',
  summary: 'run the configured sources once; append new/changed postings to the raw store',
  description:
    'Runs the configured sources once (Hacker News "Who is hiring?", Greenhouse, Lever, Ashby, Workable, Recruitee,\n' +
    'SmartRecruiters boards, the Remotive and Arbeitnow feeds, JSON-LD career sites) and appends new or changed\n' +
    'postings to the raw store. --source narrows the run to a source type (hn, greenhouse, lever, ashby, workable,\n' +
    'recruitee, smartrecruiters, remotive, arbeitnow, jsonld) or one posting source (greenhouse:vercel, hn_whoishiring).\n' +
    'Each run is recorded in data/runs/crawl.jsonl. Exit code 1 when a source failed entirely.',
  options: {
    source: { type: 'string', multiple: true, arg: 'NAME', help: 'only this source (repeatable)' },
  },
  async run(ctx, args) {
    const config = ctx.config();
    const { runCrawl } = await import('../../crawlers/index.ts'); // lazy: `--help` loads no crawler
    const names = args.values.source as string[] | undefined;
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let width = 0;
    const onProgress = ctx.isTTY
      ? (p: { source: string; message: string; pages?: number; added?: number }) => {
          const line = `crawl ${p.source}: ${p.message} (${p.pages ?? 0} pages, ${p.added ?? 0} added)`.slice(
            0,
            (ctx.stderr.columns || 100) - 1,
          );
          ctx.stderr.write(`\r${line}${' '.repeat(Math.max(0, width - line.length))}`);
          width = line.length;
        }
      : undefined;
    let summaries: CrawlSummary[];
    try {
      summaries = await runCrawl(config, { sources: names, onProgress, signal: controller.signal });
    } finally {
      process.removeListener('SIGINT', onSigint);
      if (ctx.isTTY && width) ctx.stderr.write(`\r${' '.repeat(width)}\r`);
    }
    const { lines, summary, failed } = crawlReport(summaries);
    for (const l of lines) ctx.stderr.write(l + '\n');
    ctx.stdout.write(summary + '\n');
    return failed.length > 0 ? 1 : 0;
  },
};
