/**
 * Round 6 speed shortcuts in prepare and zoning answer like the straightforward form (docs/extraction.md
 * "Speed"): blocks of a text without tags cut at newlines by indexOf (BLOCK_SPLIT the reference), typographic
 * apostrophes folded by one string replace, the link ranges of prepare() ordered by an insertion sort.
 * Hand-written texts in the shapes of postings.
 */
import { describe, expect, it } from 'vitest';
import { blocks } from '../../../pipeline/extract/zones.ts';
import { foldWidth } from '../../../pipeline/extract/width.ts';
import { prepare } from '../../../pipeline/extract/prepare.ts';

describe('blocks of a text without tags', () => {
  const texts = [
    'Acme | Backend Engineer | Remote\n\nWe use Go.\nRequirements:\n- Postgres\n- Kafka',
    'Windows lines\r\nsecond line\r\n\r\nthird\r\n',
    '\n\nleading and trailing newlines\n\n',
    'a lone \r carriage return\rstays inside its line\n\r\nthen a CRLF',
    '   \n \t \nonly blank lines before this',
    'one line, no newline',
    '',
  ];
  it.each(texts.map((t) => [JSON.stringify(t).slice(0, 40), t]))('%s: the blocks BLOCK_SPLIT gives', (_n, t) => {
    expect(blocks(t)).toEqual(blocks(t, true));
  });
  it('a CRLF cuts before its \\r', () => {
    const b = blocks('first\r\nsecond');
    expect(b.map((x) => x.raw)).toEqual(['first', 'second']);
  });
});

describe('foldWidth with typographic apostrophes', () => {
  it('only apostrophes: each one to an ASCII apostrophe', () => {
    expect(foldWidth('you’ll love our ‘remote first’ team')).toBe("you'll love our 'remote first' team");
  });
  it('apostrophes beside other foldable characters: every one folded', () => {
    expect(foldWidth('we’re hiring：ＰＹＴＨＯＮ、Go')).toBe("we're hiring:PYTHON,Go");
  });
  it('nothing to fold: the same text', () => {
    expect(foldWidth("we're hiring")).toBe("we're hiring");
  });
});

describe('prepare with link ranges found out of order', () => {
  it('a later scheme link, then a bare domain path before it, then an e-mail: all blanked', () => {
    const t = 'See acme.io/jobs or https://acme.example.com/apply, mail jobs@acme.io. We use Go/Rust.';
    const v = prepare(t);
    expect(v.length).toBe(t.length);
    expect(v).toBe(
      t
        .replace('acme.io/jobs', ' '.repeat(12))
        .replace('https://acme.example.com/apply,', ' '.repeat(31))
        .replace('jobs@acme.io.', ' '.repeat(13)),
    ); // the e-mail scan takes its trailing '.'
  });
});
