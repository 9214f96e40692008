import { writeFileSync } from 'node:fs';
import { InputError } from '../../config/errors.ts';
import type { Command } from '../command.ts';

export const feedbackCommand: Command = {
  name: 'feedback',
  usage: 'feedback list|export|withdraw [--format jsonl|csv] [FILE|ID]',
  summary: '"not a skill here" marks from the dashboard: counts per alias, export, withdraw',
  description: [
    'Marks are stored in <data>/feedback/marks.jsonl when a user marks a match as wrong in the dashboard',
    '(POST /api/v1/feedback). They change no figure until a maintainer turns them into a taxonomy or rule change',
    '(docs/extraction.md, "Feedback workflow").',
    '  feedback list              marks per skill and alias, most marked first',
    '  feedback export [FILE]     every mark in force as JSONL (default) or CSV, to FILE or stdout',
    '  feedback withdraw ID       take a mark back (appends a withdrawal; history is kept)',
  ].join('\n'),
  options: { format: { type: 'string', arg: 'jsonl|csv', help: 'export format (default jsonl)' } },
  async run(ctx, args) {
    const [action, arg, ...extra] = args.positionals;
    const { countByAlias, readMarks, withdrawMark } = await import('../../workspace/feedback.ts');
    const root = ctx.config().data.root;
    if (action === 'list' && !arg) {
      const counts = countByAlias(readMarks(root));
      if (counts.length === 0) ctx.stdout.write('no feedback marks yet\n');
      for (const c of counts)
        ctx.stdout.write(
          `${c.skill.padEnd(28)} ${JSON.stringify(c.alias).padEnd(28)} ${String(c.marks).padStart(5)} marks in ${c.postings} postings\n`,
        );
      return 0;
    }
    if (action === 'export' && extra.length === 0) {
      const format = (args.values.format as string | undefined) ?? 'jsonl';
      if (format !== 'jsonl' && format !== 'csv')
        throw new InputError(`--format: expected jsonl or csv, got "${format}"`);
      const marks = readMarks(root);
      let text: string;
      if (format === 'csv') {
        const { toCsv } = await import('../../api/respond.ts');
        text = toCsv(
          marks.map((m) => ({ ...m, withdrawn: undefined })),
          ['id', 'posting_id', 'skill', 'surface', 'start', 'end', 'reason', 'at'],
        );
      } else text = marks.map((m) => JSON.stringify(m)).join('\n') + (marks.length ? '\n' : '');
      if (arg) writeFileSync(arg, text);
      else ctx.stdout.write(text);
      if (arg) ctx.stderr.write(`exported ${marks.length} mark(s) to ${arg}\n`);
      return 0;
    }
    if (action === 'withdraw' && arg && extra.length === 0) {
      if (!withdrawMark(root, arg))
        throw new InputError(`feedback withdraw: no mark with id "${arg}" (see \`skillpulse feedback export\`)`);
      ctx.stdout.write(`withdrew mark ${arg}\n`);
      return 0;
    }
    throw new InputError('feedback: expected `list`, `export [FILE]` or `withdraw ID`');
  },
};
