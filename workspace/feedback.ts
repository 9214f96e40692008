/**
 * "Not a skill here" marks: a user says a match in a posting is wrong. One JSONL line per mark in
 * `<data>/feedback/marks.jsonl` (append-only; a mark can be withdrawn by a later line with `"withdrawn": true`
 * and the same id). Marks change no figure: a maintainer turns them into taxonomy or rule changes
 * (docs/extraction.md "Feedback workflow"). Counted per alias so the taxonomy review sees which aliases misfire.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface FeedbackMark {
  /** Stable id of the mark: hash of posting, skill and span. */
  id: string;
  posting_id: string;
  skill: string;
  surface: string;
  start: number;
  end: number;
  reason: string;
  /** ISO 8601, UTC. */
  at: string;
  withdrawn?: boolean;
}

export type FeedbackInput = Pick<FeedbackMark, 'posting_id' | 'skill' | 'surface' | 'start' | 'end'> & {
  reason?: string;
};

/** Limits keep a public deployment's file bounded (docs/security.md). */
export const FEEDBACK_LIMITS = { maxFileBytes: 20 * 1024 * 1024, maxField: 300, maxReason: 500 };

export function feedbackFile(dataRoot: string): string {
  return path.join(dataRoot, 'feedback', 'marks.jsonl');
}

/** A mark the store refuses (bad field, full file): the CLI and the API map it to their own errors. */
export class FeedbackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedbackError';
  }
}

/** A bad field of a mark: names the field, so the CLI and the API can say which. */
export class FeedbackFieldError extends FeedbackError {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const hasControl = (v: string) => {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
};

function field(name: string, v: unknown, max: number): string {
  if (typeof v !== 'string' || v.trim() === '') throw new FeedbackFieldError(name, 'expected a non-empty string');
  if (v.length > max) throw new FeedbackFieldError(name, `at most ${max} characters`);
  if (hasControl(v)) throw new FeedbackFieldError(name, 'control characters are not allowed');
  return v;
}

function offset(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10_000_000)
    throw new FeedbackFieldError(name, 'expected an integer offset from 0 to 10000000');
  return v;
}

export function validateMark(input: FeedbackInput): Omit<FeedbackMark, 'id' | 'at'> {
  const start = offset('start', input.start),
    end = offset('end', input.end);
  if (end <= start) throw new FeedbackFieldError('end', 'must be greater than start');
  return {
    posting_id: field('posting_id', input.posting_id, FEEDBACK_LIMITS.maxField),
    skill: field('skill', input.skill, FEEDBACK_LIMITS.maxField),
    surface: field('surface', input.surface, FEEDBACK_LIMITS.maxField),
    start,
    end,
    reason:
      input.reason === undefined || input.reason === ''
        ? 'not a skill here'
        : field('reason', input.reason, FEEDBACK_LIMITS.maxReason),
  };
}

export function markId(m: Pick<FeedbackMark, 'posting_id' | 'skill' | 'start' | 'end'>): string {
  return createHash('sha1')
    .update(`${m.posting_id}\u0000${m.skill}\u0000${m.start}\u0000${m.end}`)
    .digest('hex')
    .slice(0, 16);
}

/** Appends one mark (validated); returns it. `now` for tests. */
export function addMark(dataRoot: string, input: FeedbackInput, now = new Date()): FeedbackMark {
  const m = validateMark(input);
  const file = feedbackFile(dataRoot);
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file) && statSync(file).size > FEEDBACK_LIMITS.maxFileBytes)
    throw new FeedbackError(
      `feedback: ${file} is over ${FEEDBACK_LIMITS.maxFileBytes} bytes; export and archive it first`,
    );
  const mark: FeedbackMark = { id: markId(m), ...m, at: now.toISOString() };
  appendFileSync(file, JSON.stringify(mark) + '\n');
  return mark;
}

export function withdrawMark(dataRoot: string, id: string, now = new Date()): boolean {
  const current = readMarks(dataRoot).find((m) => m.id === id);
  if (!current) return false;
  appendFileSync(feedbackFile(dataRoot), JSON.stringify({ ...current, withdrawn: true, at: now.toISOString() }) + '\n');
  return true;
}

/** The marks in force (latest line per id, withdrawn ones dropped), oldest first. A torn last line is skipped. */
export function readMarks(dataRoot: string): FeedbackMark[] {
  const file = feedbackFile(dataRoot);
  if (!existsSync(file)) return [];
  const byId = new Map<string, FeedbackMark>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let m: FeedbackMark;
    try {
      m = JSON.parse(line) as FeedbackMark;
    } catch {
      continue; // a line torn by a crash
    }
    if (typeof m?.id !== 'string') continue;
    byId.delete(m.id);
    byId.set(m.id, m);
  }
  return [...byId.values()].filter((m) => !m.withdrawn);
}

export interface AliasCount {
  skill: string;
  /** The surface form, lower-cased: the alias that fired. */
  alias: string;
  marks: number;
  postings: number;
}

/** Marks per (skill, alias), most marked first: what the taxonomy review reads. */
export function countByAlias(marks: readonly FeedbackMark[]): AliasCount[] {
  const acc = new Map<string, { skill: string; alias: string; marks: number; postings: Set<string> }>();
  for (const m of marks) {
    const alias = m.surface.toLowerCase().replace(/\s+/g, ' ').trim();
    const k = `${m.skill}\u0000${alias}`;
    const a = acc.get(k) ?? { skill: m.skill, alias, marks: 0, postings: new Set<string>() };
    a.marks++;
    a.postings.add(m.posting_id);
    acc.set(k, a);
  }
  return [...acc.values()]
    .map((a) => ({ skill: a.skill, alias: a.alias, marks: a.marks, postings: a.postings.size }))
    .sort((x, y) => y.marks - x.marks || x.skill.localeCompare(y.skill) || x.alias.localeCompare(y.alias));
}
