import { describe, expect, it } from 'vitest';
import { roleFamily, roleFamilyOf } from '../../../pipeline/normalize/role.ts';

describe('roleFamilyOf', () => {
  it.each([
    ['Senior Backend Engineer', 'software'],
    ['Full-Stack Developer (React/Node)', 'software'],
    ['iOS Engineer', 'software'],
    ['QA Automation Engineer', 'software'],
    ['Data Engineer', 'data_ml'],
    ['Machine Learning Engineer', 'data_ml'],
    ['Data Scientist', 'data_ml'],
    ['Site Reliability Engineer', 'devops_sre'],
    ['DevOps Engineer', 'devops_sre'],
    ['Infrastructure Engineer', 'devops_sre'],
    ['Security Engineer', 'security'],
    ['Application Security Engineer (AppSec)', 'security'],
    ['Senior Product Manager', 'product'],
    ['Product Designer', 'design'],
    ['UX Designer', 'design'],
    ['Engineering Manager', 'management'],
    ['VP of Engineering', 'management'],
    ['Account Executive', 'sales_marketing'],
    ['Growth Marketing Manager', 'sales_marketing'],
    ['Customer Success Manager', 'support_ops'],
    ['Technical Recruiter', 'support_ops'],
    ['Firmware Engineer', 'hardware'],
    ['Electrical Engineer', 'hardware'],
    ['Research Scientist, Biology', 'research'],
    ['Chef', 'other'],
  ])('%s -> %s', (title, family) => {
    expect(roleFamilyOf(title)).toBe(family);
  });
});

describe('roleFamily', () => {
  it('takes the first title with a family, skipping generic ones', () => {
    expect(roleFamily(['Multiple roles', 'Chef', 'Data Scientist', 'Backend Engineer'], '')).toBe('data_ml');
  });
  it('falls back to the first role phrase in the text', () => {
    expect(roleFamily([], 'We are a data company. We are looking for a senior backend engineer to join.')).toBe(
      'software',
    );
    expect(roleFamily(['Multiple positions'], 'Hiring: Site Reliability Engineers and frontend developers')).toBe(
      'devops_sre',
    );
    expect(roleFamily([], 'We sell bread.')).toBe('other');
  });
});
