/**
 * Round 6 speed shortcuts in prepare and zoning answer like the straightforward form (docs/extraction.md
 * "Speed"): blocks of a text without tags cut at newlines by indexOf (BLOCK_SPLIT the reference), typographic
 * apostrophes folded by one string replace, the link ranges of prepare() ordered by an insertion sort; and the
 * shortcuts of the speed-scan round: entities decoded only in a text with both '&' and ';', a URL's run of
 * characters read by one sticky regex, the '/' inside a scheme link not looked at again, one scan telling an
 * English text it has no CJK form to fold, the view's dense script read from the text's.
 * Hand-written texts in the shapes of postings.
 */
import { describe, expect, it } from 'vitest';
import { blocks } from '../../../pipeline/extract/zones.ts';
import { foldWidth } from '../../../pipeline/extract/width.ts';
import { prepare } from '../../../pipeline/extract/prepare.ts';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

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

describe('prepare: entities, URL runs and the slashes of a scheme link', () => {
  it("an '&' without a ';' is no entity; with one, the entity is decoded", () => {
    expect(prepare('R&D and Q&A team')).toBe('R&D and Q&A team');
    expect(prepare('R&D; C&#43;&#43; &amp; Go')).toBe('R&D; C+\0\0\0\0+\0\0\0\0 &\0\0\0\0 Go');
  });
  it('a scheme link is blanked to the end of its run, however many slashes it holds', () => {
    const url = 'https://jobs.acme.io/a/b.com/c/d.io/e';
    const t = `Apply: ${url} or acme.dev/careers, "https://x.co/q" <https://y.io/z>`;
    expect(prepare(t)).toBe(
      t
        .replace(url, ' '.repeat(url.length))
        .replace('acme.dev/careers,', ' '.repeat(17))
        .replace('https://x.co/q', ' '.repeat(14))
        .replace('https://y.io/z', ' '.repeat(14)),
    );
  });
  it('a bare domain path glued after a scheme link is blanked with it, one before it on its own', () => {
    const t = 'see foo.com/x\u00a0http://bar.io/y/baz.com/z end';
    expect(prepare(t)).toBe('see ' + ' '.repeat(9) + '\u00a0' + ' '.repeat(25) + ' end');
  });
});

describe('foldWidth: one scan for the CJK forms', () => {
  it('apostrophes beside traditional Han characters: both folded', () => {
    expect(foldWidth('we’re hiring 區塊鏈 engineers')).toBe("we're hiring 区块链 engineers");
  });
  it('a Han character alone, no punctuation to fold', () => {
    expect(foldWidth('Go 語言 developer')).toBe('Go 语言 developer');
  });
});

describe('the view is dense when the text is, or when an entity makes it so', () => {
  const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
  it('a Han character written as an entity makes a Chinese posting (its Chinese alias is found)', () => {
    // 机器学习 (machine learning) in decimal entities: only the view holds Han characters, and the scan for
    // Chinese aliases runs on a dense view only
    const ent = '&#26426;&#22120;&#23398;&#20064;';
    const got = m.extract(`Skills: ${ent}, Python`);
    expect(got.map((x) => x.surface)).toEqual([ent, 'Python']);
    expect(got[0]!.id).toBe(m.extract('Skills: 机器学习, Python')[0]!.id);
  });
});
