/**
 * The pay stage's two paths give what postingPay gives on the same inputs: postings without structured fields
 * take the pay the enrich stage cached (int_enrichment.text_pay), those with structured fields are computed
 * in the stage. Known answers: each posting's ranges and attributes computed here with postingPay directly.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { postingPay } from '../../pipeline/normalize/posting-pay.ts';
import { normalizePosting } from '../../pipeline/normalize/index.ts';
import { toPlainText } from '../../pipeline/normalize/text.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
let config: Config;
const records = [
  {
    id: 'p1',
    text: 'Acme | Senior Backend Engineer | Berlin, Germany | ONSITE\n\nPython and Postgres. €80k - €95k plus equity.',
  },
  { id: 'p2', text: 'Bolt | Staff Data Engineer | Remote (US)\n\nSpark, Airflow. $180,000-$210,000/yr, RSUs.' },
  { id: 'p3', text: 'Crane | Junior Frontend Engineer | London, UK\n\nReact and TypeScript. No pay given here.' },
  {
    id: 'p4',
    text: 'Dune | Platform Engineer | Toronto, Canada\n\nKubernetes and Go. CA$120k-140k.',
    baseSalary: { currency: 'CAD', value: { minValue: 125000, maxValue: 145000, unitText: 'YEAR' } },
  },
  {
    id: 'p5',
    title: 'Lead SRE',
    text: 'Terraform and AWS at scale.',
    salary: { min: 70, max: 90, currency: 'USD', period: 'hour' },
  },
];

beforeAll(async () => {
  config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir });
  const file = path.join(t.dir, 'in.jsonl');
  writeFileSync(
    file,
    records.map((r) => JSON.stringify({ source: 'hn_whoishiring', posted_at: '2024-03-04', ...r })).join('\n'),
  );
  await importFiles(config, [file]);
  await runPipeline(config);
}, 180_000);
afterAll(() => t.cleanup());

it('writes the same pay rows and attributes as postingPay on each posting', async () => {
  const db = await openReadOnly(config.data.warehouse);
  try {
    const ranges = await db.all<Record<string, unknown>>(
      'SELECT * EXCLUDE (posting_id), posting_id FROM fct_posting_pay ORDER BY posting_id, range_no',
    );
    const attrs = await db.all<Record<string, unknown>>('SELECT * FROM fct_posting_attributes ORDER BY posting_id');
    const want = records.map((r) => {
      const n = normalizePosting({
        source: 'hn_whoishiring',
        text: r.text,
        title: r.title ?? null,
        company: null,
        location: null,
        country: null,
      });
      const extra = 'baseSalary' in r ? { baseSalary: r.baseSalary } : 'salary' in r ? { salary: r.salary } : null;
      return {
        id: `hn_whoishiring:${r.id}`,
        p: postingPay({ text: toPlainText(r.text), title: r.title ?? n.title, country: n.country, extra }),
      };
    });
    expect(attrs.map((a) => a.posting_id)).toEqual(want.map((w) => w.id));
    for (const w of want) {
      const a = attrs.find((x) => x.posting_id === w.id)!;
      expect([a.seniority, a.language, a.has_equity, a.pay_ranges, a.pay_source, a.pay_rejected], w.id).toEqual([
        w.p.seniority,
        w.p.language,
        w.p.has_equity,
        w.p.ranges.length,
        w.p.pay_source,
        w.p.pay_rejected,
      ]);
      if (w.p.pay_usd === null) expect(a.pay_usd, w.id).toBeNull();
      else expect(Number(a.pay_usd), w.id).toBeCloseTo(w.p.pay_usd, 6);
      const got = ranges.filter((x) => x.posting_id === w.id);
      expect(
        got.map((g) => [
          g.range_no,
          g.origin,
          g.min,
          g.max,
          g.currency,
          g.period,
          g.annual_min,
          g.usd_min,
          g.start,
          g.end,
        ]),
        w.id,
      ).toEqual(
        w.p.ranges.map((g, i) => [
          i + 1,
          g.origin,
          g.min,
          g.max,
          g.currency,
          g.period,
          g.annual_min,
          g.usd_min,
          g.start < 0 ? null : g.start,
          g.end < 0 ? null : g.end,
        ]),
      );
    }
    // both paths ran: text-only postings with pay, and structured ranges
    expect(ranges.some((g) => g.origin === 'structured')).toBe(true);
    expect(ranges.filter((g) => g.origin === 'text').length).toBeGreaterThanOrEqual(2);
  } finally {
    db.close();
  }
}, 60_000);
