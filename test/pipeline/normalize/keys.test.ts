import { describe, expect, it } from 'vitest';
import { companyKey, textKey, titleKey } from '../../../pipeline/normalize/index.ts';
import { collapseSpaces } from '../../../pipeline/normalize/keys.ts';

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
  it('is the sha1 of the text lower-cased, whitespace runs as one space, trimmed (a fixed value)', () => {
    // sha1("acme | engineer we build things.")
    expect(textKey('Acme | Engineer\n\nWe  build things.')).toBe('42a93a0623f2720068e61466fa1048307d45a1ae');
  });
});

describe('collapseSpaces', () => {
  // the fast path (spaces and newlines only) and the regex path must agree with replace(/\s+/g, ' ').trim()
  it.each([
    '',
    ' ',
    '\n',
    '\n\n',
    'a',
    ' a ',
    '  a  ',
    'a\nb',
    'a \n b',
    '\n a  b \n',
    'a\u00a0b',
    'a\tb\n c',
    '\u2028x\u3000 y\ufeff',
    '\r\n a \r\n',
    'a\u200bb', // a zero-width space is not \s: kept
    ' \u00a0 ',
  ])('%j', (s) => {
    expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });
});
