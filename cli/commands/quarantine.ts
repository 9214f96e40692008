import type { Command } from '../command.ts';
import { InputError } from '../../config/index.ts';
import type { QuarantineRule } from '../../pipeline/quarantine.ts';

/** One rule as a line: `q3  source=hn id=42 from=.. to=..  (reason)`. */
export function describeRule(r: QuarantineRule): string {
  const parts = [
    r.source !== null && `source=${r.source}`,
    r.id !== null && `id=${r.id}`,
    r.from && `from=${r.from}`,
    r.to && `to=${r.to}`,
  ].filter(Boolean);
  return `${r.rule_id.padEnd(5)} ${parts.join(' ')}${r.reason ? `  (${r.reason})` : ''}  added ${r.added_at.slice(0, 19)}`;
}

/**
 * `quarantine add|remove|list`: records ids or a rule the pipeline leaves out, without touching the
 * append-only raw store; `remove` undoes a rule (the log keeps both). Takes effect at the next pipeline run.
 */
export const quarantineCommand: Command = {
  name: 'quarantine',
  usage: 'quarantine add [ID ...] [--source NAME] [--from DAY] [--to DAY] [--reason TEXT] | remove RULE ... | list',
  summary: 'leave postings out of the pipeline (ids or a rule), undoable; the raw store is not changed',
  description: [
    'add ID ...              one rule per id (with --source: that source only, else every source)',
    'add --source S          every posting of a source; with --from/--to (YYYY-MM-DD, inclusive) a date range',
    'add --from D --to D     every posting dated in the range, any source',
    'remove RULE ...         undo rules by their id (q1, q2, ...); the log keeps both entries',
    'list                    the rules in force',
    'Rules live in data/quarantine.jsonl; `skillpulse pipeline` leaves matching records out and counts them.',
  ].join('\n'),
  options: {
    source: { type: 'string', arg: 'NAME', help: 'the source a rule applies to' },
    from: { type: 'string', arg: 'DAY', help: 'first posted day (YYYY-MM-DD) of a date-range rule' },
    to: { type: 'string', arg: 'DAY', help: 'last posted day (YYYY-MM-DD) of a date-range rule' },
    reason: { type: 'string', arg: 'TEXT', help: 'why (shown by list and status)' },
    json: { type: 'boolean', help: 'list as JSON' },
  },
  async run(ctx, args) {
    const [sub, ...rest] = args.positionals;
    const { activeRules, addRule, quarantineFile, removeRule } = await import('../../pipeline/quarantine.ts');
    const file = quarantineFile(ctx.config().data.root);
    const v = args.values as Record<string, string | undefined>;
    if (sub === 'add') {
      const base = { source: v.source ?? null, from: v.from ?? null, to: v.to ?? null, reason: v.reason ?? null };
      const added = rest.length ? rest.map((id) => addRule(file, { ...base, id })) : [addRule(file, base)];
      for (const r of added) ctx.stdout.write(`added ${describeRule(r)}\n`);
      return 0;
    }
    if (sub === 'remove') {
      if (rest.length === 0)
        throw new InputError('quarantine remove: give the rule ids to undo (see skillpulse quarantine list)');
      for (const id of rest) {
        removeRule(file, id);
        ctx.stdout.write(`removed ${id}\n`);
      }
      return 0;
    }
    if (sub === 'list' || sub === undefined) {
      const rules = activeRules(file);
      if (args.values.json) ctx.stdout.write(JSON.stringify(rules, null, 2) + '\n');
      else ctx.stdout.write(rules.length ? rules.map(describeRule).join('\n') + '\n' : 'no quarantine rules\n');
      return 0;
    }
    throw new InputError(`quarantine: unknown subcommand ${JSON.stringify(sub)} (valid: add, remove, list)`);
  },
};
