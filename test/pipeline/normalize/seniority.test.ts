import { describe, expect, it } from 'vitest';
import { seniorityOf } from '../../../pipeline/normalize/seniority.ts';

describe('seniorityOf', () => {
  const cases: [string | null, string | null][] = [
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Software Engineer', 'senior'],
    ['Staff SRE', 'staff'],
    ['Principal Data Scientist', 'staff'],
    ['Engineering Manager', 'lead'],
    ['Tech Lead, Payments', 'lead'],
    ['Head of Data', 'lead'],
    ['VP Engineering', 'lead'],
    ['Junior Frontend Developer', 'junior'],
    ['Software Engineering Intern', 'junior'],
    ['New Grad Software Engineer', 'junior'],
    ['Software Engineer', 'mid'],
    ['Full Stack Developer', 'mid'],
    ['Senior Backend / Staff SRE', 'senior'],
    [null, null],
    ['  ', null],
    ['Leadership Coach', 'mid'],
    ['Seniors Care Coordinator', 'mid'],
  ];
  for (const [title, want] of cases) it(`${title} -> ${want}`, () => expect(seniorityOf(title)).toBe(want));
});
