import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { extractCommand } from '../../../cli/commands/extract.ts';
import { taxonomyCommand } from '../../../cli/commands/taxonomy.ts';
import type { CommandContext } from '../../../cli/command.ts';
import { defaultTaxonomyFile, loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const shared = path.resolve(repoRoot, '../shared');

function harness(stdin = '') {
  const out = new PassThrough(),
    err = new PassThrough();
  let o = '',
    e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  const ctx = {
    stdin: Readable.from([stdin]),
    stdout: out,
    stderr: err,
    isTTY: false,
    config: () => {
      throw new Error('not needed');
    },
  };
  return { ctx: ctx as unknown as CommandContext, out: () => o, err: () => e };
}

function tempTaxonomy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-tax-'));
  copyFileSync(defaultTaxonomyFile, path.join(dir, 'skills.tsv'));
  copyFileSync(path.join(path.dirname(defaultTaxonomyFile), 'VERSION'), path.join(dir, 'VERSION'));
  return path.join(dir, 'skills.tsv');
}

describe('skillpulse extract', () => {
  it('maps JSONL {id,text} to {id,skills}, reports bad lines by number and exits 2', async () => {
    const h = harness('{"id":"a","text":"Go and Rust"}\nnot json\n{"id":"b"}\n{"id":7,"text":"no skills here"}\n');
    const rc = await extractCommand.run(h.ctx, { values: {}, positionals: [] });
    expect(rc).toBe(2);
    const lines = h
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: 'a',
        skills: [
          {
            id: 'go',
            label: 'Go',
            surface: 'Go',
            start: 0,
            end: 2,
            zone: 'other',
            rule: 'context/list:Go',
            why: 'zone:other+tech-list',
          },
          {
            id: 'rust',
            label: 'Rust',
            surface: 'Rust',
            start: 7,
            end: 11,
            zone: 'other',
            rule: 'context/default:Rust',
            why: 'zone:other+tech-list',
          },
        ],
        location: { countries: [], remote: 'unknown' },
        pay: [],
        seniority: null,
        language: 'en',
      },
      { id: 7, skills: [], location: { countries: [], remote: 'unknown' }, pay: [], seniority: null, language: 'en' },
    ]);
    expect(h.err()).toMatch(/stdin line 2: not valid JSON/);
    expect(h.err()).toMatch(/stdin line 3: field "text" must be a string/);
  });
  it('adds the language of each posting (ISO 639-1): "zh" for a Chinese one, with its Chinese skills', async () => {
    const h = harness(JSON.stringify({ id: 'z', text: '任职要求：熟悉机器学习和Go语言，良好的沟通能力' }) + '\n');
    expect(await extractCommand.run(h.ctx, { values: {}, positionals: [] })).toBe(0);
    const line = JSON.parse(h.out()) as { language: string; skills: { id: string }[] };
    expect(line.language).toBe('zh');
    expect(line.skills.map((s) => s.id)).toEqual(['machine-learning', 'go', 'communication']);
  });
  it('--explain lists dropped candidates with why, and the zones', async () => {
    const text =
      'Acme | Backend Engineer | Berlin\nWe are a fintech whose customers include Datadog.\nRequirements: Go and PostgreSQL.';
    const h = harness(JSON.stringify({ id: 'e', text }) + '\n');
    expect(await extractCommand.run(h.ctx, { values: { explain: true }, positionals: [] })).toBe(0);
    const line = JSON.parse(h.out()) as {
      skills: { id: string; zone: string }[];
      dropped: { id: string; why: string }[];
      zones: { zone: string }[];
    };
    expect(line.skills.map((s) => [s.id, s.zone])).toEqual([
      ['go', 'requirements'],
      ['postgresql', 'requirements'],
    ]);
    expect(line.dropped.find((d) => d.id === 'fintech')?.why).toMatch(/industry|company|self-description/);
    expect(line.dropped.find((d) => d.id === 'datadog')?.why).toMatch(/^mention:customers include/);
    expect(line.zones.map((z) => z.zone)).toEqual(['header', 'company', 'requirements']);
  });
  it('adds the advertised pay, seniority and language of each posting', async () => {
    const h = harness(
      '{"id":"p","text":"Acme | Senior Backend Engineer | NYC | $150k-$190k + equity\\n\\nWe use Python and the team ships every week."}\n',
    );
    expect(await extractCommand.run(h.ctx, { values: {}, positionals: [] })).toBe(0);
    expect(JSON.parse(h.out())).toMatchObject({
      pay: [{ min: 150000, max: 190000, currency: 'USD', period: 'year' }],
      seniority: 'senior',
      language: 'en',
    });
  });
  it('exits 0 when every line is good', async () => {
    const h = harness('{"id":"x","text":"PostgreSQL"}\n');
    expect(await extractCommand.run(h.ctx, { values: {}, positionals: [] })).toBe(0);
    expect(JSON.parse(h.out()).skills[0].id).toBe('postgresql');
  });
  it('adds the location of each posting', async () => {
    const h = harness(
      '{"id":"q","text":"Acme | Senior QA Engineer | Berlin, Germany | Onsite\\nWe test with Python."}\n{"id":"r","text":"Acme | Engineer | REMOTE (US only)"}\n',
    );
    expect(await extractCommand.run(h.ctx, { values: {}, positionals: [] })).toBe(0);
    const [q, r] = h
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(q.location).toEqual({ countries: ['DE'], remote: 'no' });
    expect(r.location).toEqual({ countries: ['US'], remote: 'restricted' });
  });
});

describe('skillpulse taxonomy import', () => {
  it('rejects bad usage', async () => {
    await expect(
      taxonomyCommand.run(harness().ctx, { values: {}, positionals: ['import', 'lightcast', 'x'] }),
    ).rejects.toThrow(/usage/);
  });
  it('names a file that is not an ESCO CSV', async () => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'sp-')), 'bad.csv');
    writeFileSync(f, 'a,b\n1,2\n');
    await expect(
      taxonomyCommand.run(harness().ctx, { values: { taxonomy: tempTaxonomy() }, positionals: ['import', 'esco', f] }),
    ).rejects.toThrow(/bad\.csv:1: not an ESCO skills CSV/);
  });
  it('imports a small hand-written O*NET file: links known tools, adds the others', async () => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'sp-')), 'Technology Skills.txt');
    writeFileSync(
      f,
      'O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n' +
        '15-1252.00\tSoftware Developers\tPostgreSQL\t43232311\tObject oriented data base management software\tY\tY\n' +
        '15-1252.00\tSoftware Developers\tAcme Widget Studio\t43232102\tGraphics or photo imaging software\tN\tN\n',
    );
    const tf = tempTaxonomy();
    const h = harness();
    expect(await taxonomyCommand.run(h.ctx, { values: { taxonomy: tf }, positionals: ['import', 'onet', f] })).toBe(0);
    expect(h.out()).toMatch(/read 2 onet concepts: linked 1 to existing skills, added 1 new/);
    const t = loadTaxonomy(tf);
    expect(t.byId.get('onet-acme-widget-studio')!.onet_code).toBe('43232102');
    expect(
      createMatcher(t)
        .extract('We use Acme Widget Studio')
        .map((x) => x.id),
    ).toEqual(['onet-acme-widget-studio']);
  });
  describe.skipIf(!existsSync(shared))(
    existsSync(shared)
      ? 'against the official files in ../shared'
      : `against the official files: skipped, ${shared} is absent`,
    () => {
      it('imports ESCO v1.1.1 skills_en.csv.gz and O*NET 29.3 Technology Skills', async () => {
        const tf = tempTaxonomy();
        const h1 = harness();
        await taxonomyCommand.run(h1.ctx, {
          values: { taxonomy: tf },
          positionals: ['import', 'esco', path.join(shared, 'data/taxonomy/esco/v1.1.1/skills_en.csv.gz')],
        });
        expect(h1.out()).toMatch(/read 13896 esco concepts: linked \d{3} to existing skills/);
        const h2 = harness();
        await taxonomyCommand.run(h2.ctx, {
          values: { taxonomy: tf },
          positionals: ['import', 'onet', path.join(shared, 'data/taxonomy/onet/onet_29_3_technology_skills.tsv.gz')],
        });
        expect(h2.out()).toMatch(/read 8775 onet concepts: linked \d{3} to existing skills/);
        const esco = readFileSync(path.join(path.dirname(tf), 'imported/esco.jsonl'), 'utf8');
        expect(esco).toContain('"link_to":"python"');
        const t = loadTaxonomy(tf);
        expect(t.version).toBe(`${loadTaxonomy().version.split('+')[0]}+esco+onet`);
        expect(t.skills.length).toBeGreaterThan(20000);
        const got = createMatcher(t)
          .extract('You will manage musical staff and use Python.')
          .map((x) => x.id);
        expect(got).toEqual(['esco-manage-musical-staff', 'python']);
      }, 300_000);
    },
  );
});
