/**
 * parseLocation on first lines shaped like the HN corpus's, with the traps that used to become countries:
 * QA (quality assurance), ET / PT / CET (time zones), UG / GmbH (legal forms), CI/CD, ML, bare "Remote".
 * [header line, countries, remote class]. A bare "Remote" says nothing of where: 'unknown' (as the blind labels
 * read it); 'global' needs worldwide / anywhere.
 */
import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../../pipeline/normalize/index.ts';

type Row = [string, string[], 'no' | 'restricted' | 'global' | 'unknown'];

const traps: Row[] = [
  ['numo | DevOps, FrontEnd, Mobile, QA | Pittsburgh, PA | Full-time ONSITE | https://numo.com/careers/', ['US'], 'no'],
  ['Arachnys | KYC / AML automation | Frontend, Backend, QA | London, Kyiv (Onsite)', ['GB', 'UA'], 'no'],
  ['Noom | Fullstack, Frontend, DevOps, QA | NYC or REMOTE | FULLTIME', ['US'], 'unknown'],
  ['Acme | Senior QA Engineer | Remote', [], 'unknown'],
  ['Clevertech | Snr Ruby Engineers | Full-time | Remote | CET OR ET', [], 'restricted'],
  ['Close | Account Executive | REMOTE, Based in ET/CT', [], 'restricted'],
  ['Tabula Rasa Ventures | Remote ET | Head of Media & International Events | Full time', [], 'restricted'],
  ['Pulse | Backend Engineer | Part Time and Full Time | Remote (Pacific TZ Preferred)', [], 'restricted'],
  ['Aircover | Sr. Software Engineer (Backend) | REMOTE / Pacific TZ', [], 'restricted'],
  ['Beacon | Platform Engineer | Remote, 9am-5pm PT overlap | Full-time', [], 'restricted'],
  ['Sompani UG | Software Developer & DevOps | Berlin | Paid Internship', ['DE'], 'no'],
  ['StatusPal UG | Software Engineer (Elixir) | Remote | Full-time | Europe', [], 'restricted'],
  ['Nekkra UG | Senior full-stack | Berlin, Germany | Onsite & Remote', ['DE'], 'unknown'],
  ['Kraftwerk GmbH | Backend Developer | Munich | Onsite', ['DE'], 'no'],
  ['Thrive Global | Platform Engineer | NYC | Go, Azure, CI/CD, microservices', ['US'], 'no'],
  ['Lumen | ML Engineer | ML, CV, NLP | San Francisco, CA | Onsite', ['US'], 'no'],
  ['Vector | Senior ML/AI Engineer | Remote | Full-time', [], 'unknown'],
  ['Gitlab | Remote only | Full time', [], 'unknown'],
  ['Acme | Backend Engineer | REMOTE', [], 'unknown'],
  ['Orbit | Engineer | Remote (CET +/- 2h)', [], 'restricted'],
  ['Orbit | Engineer | Remote, CEST timezone', [], 'restricted'],
];

const places: Row[] = [
  ['Thunderhead | Mobile Engineer | Manchester, NH, US | Full-time | REMOTE [US only]', ['US'], 'restricted'],
  ['Rescale Supply || Software Engineer || REMOTE (USA only) || Full-time', ['US'], 'restricted'],
  ['Polly | Remote US or Canada | Senior Full-stack Engineers | Full-time', ['US', 'CA'], 'restricted'],
  ['Abnormal Security | REMOTE (US, Canada) with optional offices in SF & NYC', ['US', 'CA'], 'restricted'],
  ['Alchera | Software Engineer | Full-time | Remote - UK only', ['GB'], 'restricted'],
  ['Splash | Senior Software Engineer | remote | full-time | EU timezone', [], 'restricted'],
  ['LovelyStay | Back End Engineer | TypeScript/PostgreSQL | Lisbon/Portugal | Onsite', ['PT'], 'no'],
  ['Codacy | DevTool | Lisbon, PT | Full-time | ONSITE', ['PT'], 'no'],
  ['desertcart | Dubai, UAE | Full-time | ONSITE', ['AE'], 'no'],
  ['Relayr | Berlin/Munich/Chicago | ONSITE | Full time', ['DE', 'US'], 'no'],
  ['Mercari | Tokyo, Japan | Multiple Openings | ONSITE | VISA Support', ['JP'], 'no'],
  ['Foo Labs; Security Engineer; Tel Aviv, Israel; Hybrid; Full-time', ['IL'], 'no'],
  ['Wilmington Trust | Developer | Wilmington, DE', ['US'], 'no'],
  ['Zalando | Berlin, DE | Onsite', ['DE'], 'no'],
  ['Acme | Engineer | Doha, QA | Onsite', ['QA'], 'no'],
  ['Crossref | Developer | Oxford UK or Lynnfield MA or remote | Full time', ['GB', 'US'], 'unknown'],
  ['Whova | San Diego, CA | INTERNS, PART TIME, FULL TIME', ['US'], 'no'],
  ['Booking.com is hiring globally for all kinds of roles.', [], 'unknown'],
  ['Acme | Engineer | Remote (worldwide) | Full-time', [], 'global'],
  ['Acme | Engineer | Remote, anywhere', [], 'global'],
];

describe('parseLocation', () => {
  it.each([...traps, ...places])('%s', (line, countries, remote) => {
    const r = parseLocation(`${line}\n\nWe build things with care.`);
    expect({ countries: r.countries, remote: r.remote }).toEqual({ countries, remote });
  });
  it('a remote job restricted in the body gets those countries', () => {
    expect(
      parseLocation('Acme | Engineer | Remote\n\nThis role is remote, but you must be based in Canada or the UK.'),
    ).toMatchObject({ countries: ['CA', 'GB'], remote: 'restricted' });
  });
  it('reads a labelled location line of the body', () => {
    expect(parseLocation('Acme | Senior Engineer\n\nLocation: Remote (Canada only)\nWe use Go.')).toMatchObject({
      countries: ['CA'],
      remote: 'restricted',
    });
    expect(parseLocation('Acme | Senior Engineer\n\nWhere: Amsterdam, Netherlands (hybrid)')).toMatchObject({
      countries: ['NL'],
      remote: 'no',
    });
  });
  it('reads a header that goes on over the next line', () => {
    // the second line carries on the first ("...Engineer" / "| San Francisco ..."; "Shape (YC S15)" / "San Francisco, CA | ONSITE")
    expect(
      parseLocation('Peregrine | Senior Software Engineer\n| San Francisco or DC - Hybrid | Full-time\n\nWe help.'),
    ).toMatchObject({ countries: ['US'] });
    expect(
      parseLocation('Shape (YC S15 | Start X F17)\nSan Francisco, CA | ONSITE | Full-time\n\nShape is...'),
    ).toMatchObject({ countries: ['US'], remote: 'no' });
    // a body line that is no header continuation adds nothing
    expect(parseLocation('Acme | Engineer | Remote\nWe sell to customers in Berlin and Paris.')).toMatchObject({
      countries: [],
    });
  });
  it('reads a country glued to -based / -only ("US-based", "EU-only")', () => {
    expect(parseLocation('BuilderBase\nLocation: Remote (US-based preferred)\nRole: Growth')).toMatchObject({
      countries: ['US'],
      remote: 'restricted',
    });
    expect(parseLocation('Acme | Engineer | Remote, Canada-based only | Full-time')).toMatchObject({
      countries: ['CA'],
      remote: 'restricted',
    });
  });
  it('reads a short "Based in X" line of the body', () => {
    expect(
      parseLocation('Phoebe | Founding Engineer | ONSITE\nPhoebe builds AI teammates.\nBased in NYC (Chinatown).'),
    ).toMatchObject({ countries: ['US'], remote: 'no' });
    // a long sentence that merely contains "based in" is not a location line
    expect(
      parseLocation(
        'Acme | Engineer | Remote\nOur customers are based in Germany, France and a dozen other countries across the whole of Europe and beyond.',
      ),
    ).toMatchObject({ countries: [] });
  });
  it('names no trap country anywhere in the set', () => {
    const seen = new Set([...traps, ...places].flatMap(([l]) => parseLocation(l).countries));
    for (const trap of ['ET', 'TZ', 'UG', 'CI', 'ML']) expect(seen.has(trap), trap).toBe(false);
  });
  it('survives empty text', () => {
    expect(parseLocation('')).toEqual({ countries: [], remote: 'unknown', regions: [] });
  });
});
