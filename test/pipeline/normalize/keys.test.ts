import { describe, expect, it } from 'vitest';
import { companyKey, textKey, titleKey } from '../../../pipeline/normalize/index.ts';

describe('companyKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME Inc', 'acme'],
    ['Acme LLC', 'acme'],
    ['Transview Logistics, LLC', 'transview logistics'],
    ['Gambit Research Ltd', 'gambit research'],
    ['Foo Pty. Ltd.', 'foo'],
    ['Zalando SE', 'zalando'],
    ['Siemens AG', 'siemens'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Smith & Sons Corp.', 'smith and sons'],
    ['The New York Times Company', 'new york times'],
    ['Zenysis (YC W16)', 'zenysis'],
    ['Booking.com B.V.', 'booking'],
    ['  Data   Dog ', 'data dog'],
    ["Harry's", 'harrys'],
    ['Inc.', 'inc'],
  ])('%s -> %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
  it('is null for null or punctuation only', () => {
    expect(companyKey(null)).toBeNull();
    expect(companyKey(' -- ')).toBeNull();
  });
});

describe('titleKey', () => {
  it.each([
    ['Sr. Software Engineer', 'senior software engineer'],
    ['Senior Software Engineers', 'senior software engineer'],
    ['Front-End Developer', 'frontend developer'],
    ['Full Stack Engineer (Remote)', 'fullstack engineer remote'],
    ['C++ / C# Developer', 'c++ / c# developer'],
    ['Jr. Data Scientist / SWE', 'junior data scientist / software engineer'],
    ['Staff Engineer, Platform', 'staff engineer platform'],
  ])('%s -> %s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

describe('textKey', () => {
  it('ignores case and whitespace differences, not content', () => {
    const a = textKey('Acme | Engineer\n\nWe  build things.');
    expect(a).toMatch(/^[0-9a-f]{40}$/);
    expect(textKey('  acme | ENGINEER We build\tthings. ')).toBe(a);
    expect(textKey('Acme | Engineer We build thing.')).not.toBe(a);
  });
});
