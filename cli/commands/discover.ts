import type { Command } from '../command.ts';

export const discoverCommand: Command = {
  name: 'discover',
  usage: 'discover [--json] [--check] [--add]',
  summary: 'find ATS boards (Greenhouse, Lever, Ashby, Workable, ...) that postings in the raw store link to',
  description:
    'Scans the texts and URLs of every posting in the raw store for links to company job boards on Greenhouse,\n' +
    'Lever, Ashby, Workable, Recruitee, SmartRecruiters, BambooHR and Personio, and lists each board with the\n' +
    'number of postings naming it and the first and last month it was named. --check asks each board once\n' +
    '(politely: robots.txt, per-host pacing) whether it answers. --add checks the boards not configured yet and\n' +
    "appends the live ones of the types skillpulse crawls to the config file's sources (validated before it is\n" +
    'written). --json prints {"boards": [{"type", "token", "postings", "first_seen", "last_seen"}]} ("live" too\n' +
    'when checked; "added" with --add).',
  options: {
    json: { type: 'boolean', help: 'print JSON instead of a table' },
    check: { type: 'boolean', help: 'ask each board once whether it answers' },
    add: { type: 'boolean', help: 'append the live boards not configured yet to the config file' },
  },
  async run(ctx, args) {
    const config = ctx.config();
    const { discover } = await import('../../crawlers/discover/run.ts');
    const { countByType } = await import('../../crawlers/discover/scan.ts');
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let res: Awaited<ReturnType<typeof discover>>;
    try {
      res = await discover(config, {
        check: args.values.check === true,
        add: args.values.add === true,
        signal: controller.signal,
      });
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    if (args.values.json) {
      const boards = res.boards.map((b) => ({
        type: b.type,
        token: b.token,
        postings: b.postings,
        first_seen: b.first_seen,
        last_seen: b.last_seen,
        ...(b.live !== undefined ? { live: b.live } : {}),
      }));
      ctx.stdout.write(JSON.stringify(args.values.add ? { boards, added: res.added } : { boards }) + '\n');
      return 0;
    }
    for (const b of res.boards) {
      const status =
        b.live === undefined
          ? ''
          : b.live === true
            ? '  live'
            : b.live === false
              ? `  gone (${b.reason ?? ''})`
              : `  unknown (${b.reason ?? ''})`;
      ctx.stdout.write(`${b.type}\t${b.token}\t${b.postings} postings\t${b.first_seen}..${b.last_seen}${status}\n`);
    }
    const counts = Object.entries(countByType(res.boards))
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    ctx.stdout.write(`found ${res.boards.length} boards${counts ? ` (${counts})` : ''}\n`);
    if (args.values.add)
      ctx.stdout.write(
        res.added.length ? `added ${res.added.length} boards to ${res.configPath}\n` : 'added 0 boards\n',
      );
    return 0;
  },
};
