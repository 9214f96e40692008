import { describe, expect, it } from 'vitest';
import { htmlToText, markdownToText, normalizePosting } from '../../../pipeline/normalize/index.ts';

describe('htmlToText', () => {
  it('turns paragraphs, line breaks and list items into newlines and drops tags', () => {
    expect(htmlToText('<p>Hello <b>world</b></p><p>Second<br>line</p><ul><li>Go</li><li>Rust</li></ul>')).toBe(
      'Hello world\n\nSecond\nline\n\n- Go\n- Rust',
    );
  });
  it('keeps the visible text of links and decodes entities', () => {
    expect(
      htmlToText(
        'Apply <a href="https://x.io/jobs" rel="nofollow">here</a> &amp; say &quot;hi&quot; &#x27;now&#39; &mdash; &euro;5&nbsp;k',
      ),
    ).toBe('Apply here & say "hi" \'now\' — €5 k');
  });
  it('drops script and style, keeps unknown angle-bracket words written by posters', () => {
    expect(htmlToText('<style>p{color:red}</style><p>mail jobs<at>acme.com</p><script>alert(1)</script>')).toBe(
      'mail jobs<at>acme.com',
    );
  });
  it('unescapes entity-escaped HTML first (Greenhouse content)', () => {
    expect(
      htmlToText('&lt;p&gt;We use &lt;strong&gt;TypeScript&lt;/strong&gt;.&lt;/p&gt;&lt;p&gt;Remote&lt;/p&gt;'),
    ).toBe('We use TypeScript.\n\nRemote');
  });
  it('collapses whitespace and blank lines', () => {
    expect(htmlToText('<div>  a  \t b </div>\n\n\n\n<div>c</div>')).toBe('a b\n\nc');
  });
});

describe('markdownToText', () => {
  it('keeps link text, drops emphasis, heading and code marks', () => {
    expect(
      markdownToText('# Backend Engineer\n\nWe use **Go** and `gRPC`, see [our site](https://acme.io/jobs "Jobs").'),
    ).toBe('Backend Engineer\n\nWe use Go and gRPC, see our site.');
  });
  it('keeps snake_case words and C++/C# intact, turns * bullets into -', () => {
    expect(markdownToText('* uses snake_case_names\n* C++ and C# and *nix\n> quoted _emph_')).toBe(
      '- uses snake_case_names\n- C++ and C# and *nix\nquoted emph',
    );
  });
  it('removes code fences but keeps the code, and images keep alt text', () => {
    expect(markdownToText('```ts\nconst x = 1;\n```\n![logo](a.png) ~~old~~ new')).toBe('const x = 1;\n\nlogo old new');
  });
  it('leaves plain text alone', () => {
    const s = 'Acme | Engineer | Berlin\n\nWe build things.';
    expect(markdownToText(s)).toBe(s);
  });
});

describe('normalizePosting text', () => {
  it('converts HTML of an ATS posting and Markdown of a rebase posting', () => {
    const ats = normalizePosting({
      source: 'greenhouse:acme',
      text: '<p>Build <em>APIs</em></p><ul><li>Go</li></ul>',
      title: 'Backend Engineer',
      company: 'Acme',
      location: 'Berlin, Germany',
      country: null,
    });
    expect(ats.text).toBe('Build APIs\n\n- Go');
    const md = normalizePosting({
      source: 'rebase_who_is_hiring',
      text: '## Solidity 工程师\n\n**远程** [apply](https://x.io)',
      title: null,
      company: null,
      location: null,
      country: null,
    });
    expect(md.text).toBe('Solidity 工程师\n\n远程 apply');
  });
});
