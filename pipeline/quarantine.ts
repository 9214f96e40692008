/**
 * Quarantine: the way to correct the append-only raw store without rewriting it. `data/quarantine.jsonl`
 * is an append-only log of `add` (a rule) and `remove` (undo a rule) entries; the active rules are the
 * added ones not removed since. A rule names any of: a source, an id (within that source, or in every
 * source), a posted date range (`from`..`to`, inclusive, YYYY-MM-DD); a raw record matching every field a
 * rule gives is left out of the pipeline (staging) and counted as `quarantine <rule_id>`.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../config/errors.ts';

export interface QuarantineRule {
  rule_id: string;
  source: string | null;
  id: string | null;
  from: string | null;
  to: string | null;
  reason: string | null;
  added_at: string;
}

type Entry = ({ op: 'add' } & QuarantineRule) | { op: 'remove'; rule_id: string; at: string };

export const quarantineFile = (dataRoot: string): string => path.join(dataRoot, 'quarantine.jsonl');

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function readEntries(file: string): Entry[] {
  if (!existsSync(file)) return [];
  const out: Entry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Entry);
    } catch {
      // a torn last line after a crash: that entry never happened
    }
  }
  return out;
}

/** The rules in force: added and not removed since, in the order they were added. */
export function activeRules(file: string): QuarantineRule[] {
  const rules = new Map<string, QuarantineRule>();
  for (const e of readEntries(file)) {
    if (e.op === 'add') {
      const { op: _op, ...rule } = e;
      rules.set(e.rule_id, rule);
    } else if (e.op === 'remove') rules.delete(e.rule_id);
  }
  return [...rules.values()];
}

export interface RuleInput {
  source?: string | null;
  id?: string | null;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

/** Checks a rule: at least one field, dates as YYYY-MM-DD with from <= to, an id needs nothing else. */
export function checkRule(r: RuleInput): void {
  if (!r.source && !r.id && !r.from && !r.to)
    throw new InputError(
      'quarantine add: give ids, or --source, --from or --to (a rule that matches everything is refused)',
    );
  for (const k of ['from', 'to'] as const)
    if (r[k] && !DAY.test(r[k]!))
      throw new InputError(`quarantine add: --${k} expected YYYY-MM-DD, got ${JSON.stringify(r[k])}`);
  if (r.from && r.to && r.from > r.to) throw new InputError(`quarantine add: --from ${r.from} is after --to ${r.to}`);
}

function appendEntry(file: string, e: Entry): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // one line per entry, written with a leading newline guard when a torn line was left at the end
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  appendFileSync(file, (text && !text.endsWith('\n') ? '\n' : '') + JSON.stringify(e) + '\n');
}

/** Adds one rule; returns it with its id (q1, q2, ...). */
export function addRule(file: string, r: RuleInput, now = new Date()): QuarantineRule {
  checkRule(r);
  const used = readEntries(file)
    .filter((e) => e.op === 'add')
    .map((e) => Number(e.rule_id.slice(1)) || 0);
  const rule: QuarantineRule = {
    rule_id: `q${Math.max(0, ...used) + 1}`,
    source: r.source ?? null,
    id: r.id ?? null,
    from: r.from ?? null,
    to: r.to ?? null,
    reason: r.reason ?? null,
    added_at: now.toISOString(),
  };
  appendEntry(file, { op: 'add', ...rule });
  return rule;
}

/** Undoes a rule (the log keeps both entries); an unknown or already removed id is an InputError. */
export function removeRule(file: string, ruleId: string, now = new Date()): void {
  const active = activeRules(file);
  if (!active.some((r) => r.rule_id === ruleId))
    throw new InputError(
      `quarantine remove: no active rule ${JSON.stringify(ruleId)} (active: ${active.map((r) => r.rule_id).join(', ') || 'none'})`,
    );
  appendEntry(file, { op: 'remove', rule_id: ruleId, at: now.toISOString() });
}
