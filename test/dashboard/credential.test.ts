/** The credential views' pure parts and charts (SVG snapshots of fixed data). */
import { describe, expect, it } from 'vitest';
import { gapsChart } from '../../dashboard/charts/gaps.ts';
import { bundleChart } from '../../dashboard/charts/bundle.ts';
import { highlightSegments } from '../../dashboard/views/program.ts';
import { parseHash, toHash } from '../../dashboard/state.ts';
import { document, serialize } from './render.ts';

const o = { width: 640, document };

describe('check a program', () => {
  it('cuts the text into plain and matched runs, dropping overlaps', () => {
    const text = 'Learn Python and SQL with pandas.';
    const f = (id: string, start: number, end: number) => ({
      id,
      label: id,
      surface: text.slice(start, end),
      start,
      end,
      rule: 'alias',
      why: 'zone:requirements',
    });
    expect(
      highlightSegments(text, [f('sql', 17, 20), f('python', 6, 12), f('py', 6, 8)]).map((s) => [
        s.text,
        s.skill?.id ?? null,
      ]),
    ).toEqual([
      ['Learn ', null],
      ['Python', 'python'],
      [' and ', null],
      ['SQL', 'sql'],
      [' with pandas.', null],
    ]);
  });
  it('draws the gap chart', async () => {
    const el = gapsChart(
      [
        { label: 'Terraform', score: 71.2, demand: 0.6, adjacency: 0.45, pay: 1.08 },
        { label: 'Go', score: 55, demand: 0.7, adjacency: 0.1, pay: null },
      ],
      o,
    ) as Element;
    expect(el.querySelectorAll('g[aria-label="bar"] rect').length).toBe(2);
    expect(el.querySelectorAll('g[aria-label="dot"] circle').length).toBe(5);
    await expect(serialize(el)).toMatchFileSnapshot('./__snapshots__/gaps.svg');
  });
});

describe('credential designer', () => {
  it('draws the pathway in learning order', async () => {
    const el = bundleChart(
      [
        { label: 'Terraform', order: 2, stage: 'foundational', postings: 300 },
        { label: 'Kubernetes', order: 1, stage: 'foundational', postings: 400 },
        { label: 'Ansible', order: 3, stage: 'advanced', postings: 120 },
      ],
      o,
    ) as Element;
    expect(el.querySelectorAll('g[aria-label="bar"] rect').length).toBe(3);
    await expect(serialize(el)).toMatchFileSnapshot('./__snapshots__/bundle.svg');
  });
  it('keeps seeds and size in the URL', () => {
    const s = parseHash('#/credential?have=kubernetes,terraform&size=5&role=devops_sre');
    expect(s).toMatchObject({ view: 'credential', have: ['kubernetes', 'terraform'], size: 5, role: 'devops_sre' });
    expect(toHash(s)).toBe('#/credential?have=kubernetes,terraform&size=5&role=devops_sre');
    expect(parseHash('#/credential?size=12').size).toBeUndefined();
    expect(parseHash('#/program').view).toBe('program');
  });
});
