import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);
const why = (text: string, id: string) => m.explain(text).dropped.find((d) => d.id === id)?.why;

/** Mention cues (cue-words.ts MENTION). The comparison cue "vs" is the word alone: "VS Code" and "VSFTP" open no comparison. */
describe('the "vs" mention cue', () => {
  it('a comparison drops what follows', () => {
    expect(why('Think Acme vs Datadog, at a tenth of the price.', 'datadog')).toBe('mention:vs');
    expect(why('We are like Acme vs Datadog for startups.', 'datadog')).toBe('mention:vs');
  });
  it('VS Code opens no comparison', () => {
    const got = ids('Requirements: experience with VS Code, Python and Docker.');
    expect(got).toEqual(expect.arrayContaining(['vscode', 'python', 'docker']));
  });
  it('VSFTP opens no comparison', () => {
    const got = ids('任职要求：熟悉NFS、VSFTP、DNS、LNMP架构、Tomcat、Redis/Memcached。');
    expect(got).toEqual(expect.arrayContaining(['vsftpd', 'tomcat', 'redis', 'memcached']));
  });
});

/** "founders" is a mention cue for the founders' backgrounds, not when the hire works with the founders. */
describe('the "founders" mention cue', () => {
  it("the founders' background drops what follows", () => {
    expect(why('Our founders spent 8 years at Stripe and Datadog.', 'datadog')).toMatch(/^mention:/);
    expect(why('Founded by ex-Google engineers; the founders built Kubernetes tooling.', 'kubernetes')).toMatch(
      /^mention:/,
    );
  });
  it('working with the founders keeps the stack', () => {
    const got = ids('You will work closely with the founders to build our backend in Python and Postgres.');
    expect(got).toEqual(expect.arrayContaining(['python', 'postgresql']));
    expect(ids('Report to the co-founders; you will build our React and TypeScript frontend.')).toEqual(
      expect.arrayContaining(['react', 'typescript']),
    );
  });
});

/** "more than" compares with a rival, not with a number; "customers, including" lists customers as "customers include". */
describe('the comparison and customer cues', () => {
  it('a comparison drops the rival', () => {
    expect(why('It is faster than Kafka for small messages.', 'kafka')).toBe('mention:faster than');
  });
  it('"more than a dozen" is a quantity', () => {
    expect(ids('We work with more than a dozen architectures including PowerPC, MIPS, ARM and x86.')).toEqual(
      expect.arrayContaining(['arm', 'x86']),
    );
  });
  it('"customers, including" names customers', () => {
    expect(why('PI has more than 7,000 customers, including Nissan, DocuSign and Subway.', 'docusign')).toBe(
      'mention:customers, including',
    );
  });
});
