/**
 * Countries: ISO 3166-1 alpha-2 code -> names and common short forms, as they appear in job postings.
 * Names are matched case-insensitively; entries in UPPER_CODES only when written in capitals (US, UK, DE ...),
 * so that the words "us", "in", "it" in running text are not read as countries.
 * Not countries: EU, EMEA, APAC, LATAM, "Europe" (regions, see REGIONS); they give no country code.
 */
export const COUNTRY_NAMES: Record<string, string[]> = {
  US: ['United States', 'United States of America', 'USA', 'U.S.A.', 'U.S.', 'America', 'Estados Unidos'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  CA: ['Canada'], DE: ['Germany', 'Deutschland'], FR: ['France'], NL: ['Netherlands', 'The Netherlands', 'Holland'],
  IE: ['Ireland'], ES: ['Spain', 'España'], PT: ['Portugal'], IT: ['Italy'], CH: ['Switzerland'], AT: ['Austria'],
  BE: ['Belgium'], LU: ['Luxembourg'], DK: ['Denmark'], SE: ['Sweden'], NO: ['Norway'], FI: ['Finland'],
  IS: ['Iceland'], PL: ['Poland'], CZ: ['Czech Republic', 'Czechia'], SK: ['Slovakia'], HU: ['Hungary'],
  RO: ['Romania'], BG: ['Bulgaria'], GR: ['Greece'], HR: ['Croatia'], SI: ['Slovenia'], RS: ['Serbia'],
  BA: ['Bosnia and Herzegovina', 'Bosnia'], ME: ['Montenegro'], MK: ['North Macedonia', 'Macedonia'], AL: ['Albania'],
  EE: ['Estonia'], LV: ['Latvia'], LT: ['Lithuania'], UA: ['Ukraine'], BY: ['Belarus'], MD: ['Moldova'],
  RU: ['Russia', 'Russian Federation'], TR: ['Turkey', 'Türkiye'], CY: ['Cyprus'], MT: ['Malta'],
  AM: ['Armenia'], AZ: ['Azerbaijan'], KZ: ['Kazakhstan'], UZ: ['Uzbekistan'], IL: ['Israel'], AE: ['United Arab Emirates', 'UAE', 'U.A.E.'],
  SA: ['Saudi Arabia', 'KSA'], QA: ['Qatar'], BH: ['Bahrain'], KW: ['Kuwait'], OM: ['Oman'], JO: ['Jordan'], LB: ['Lebanon'],
  EG: ['Egypt'], MA: ['Morocco'], TN: ['Tunisia'], DZ: ['Algeria'], NG: ['Nigeria'], GH: ['Ghana'], KE: ['Kenya'],
  UG: ['Uganda'], TZ: ['Tanzania'], RW: ['Rwanda'], ET: ['Ethiopia'], ZA: ['South Africa'], SN: ['Senegal'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'], CM: ['Cameroon'], ZW: ['Zimbabwe'], MU: ['Mauritius'],
  IN: ['India'], PK: ['Pakistan'], BD: ['Bangladesh'], LK: ['Sri Lanka'], NP: ['Nepal'], CN: ['China', 'PRC'],
  HK: ['Hong Kong'], TW: ['Taiwan'], JP: ['Japan'], KR: ['South Korea', 'Korea'], SG: ['Singapore'], MY: ['Malaysia'],
  TH: ['Thailand'], VN: ['Vietnam', 'Viet Nam'], PH: ['Philippines'], ID: ['Indonesia'], KH: ['Cambodia'], MM: ['Myanmar'],
  AU: ['Australia'], NZ: ['New Zealand'], MX: ['Mexico', 'México'], BR: ['Brazil', 'Brasil'], AR: ['Argentina'],
  CL: ['Chile'], CO: ['Colombia'], PE: ['Peru'], UY: ['Uruguay'], PY: ['Paraguay'], BO: ['Bolivia'], EC: ['Ecuador'],
  VE: ['Venezuela'], CR: ['Costa Rica'], PA: ['Panama'], GT: ['Guatemala'], SV: ['El Salvador'], HN: ['Honduras'],
  NI: ['Nicaragua'], DO: ['Dominican Republic'], PR: ['Puerto Rico'], JM: ['Jamaica'], CU: ['Cuba'], BS: ['Bahamas'],
  BB: ['Barbados'], TT: ['Trinidad and Tobago'], BM: ['Bermuda'], KY: ['Cayman Islands'], IM: ['Isle of Man'],
  GG: ['Guernsey'], GI: ['Gibraltar'], LI: ['Liechtenstein'], MC: ['Monaco'], AD: ['Andorra'],
};

/**
 * Alpha-2 and alpha-3 codes accepted when written in capitals. Codes that collide with common
 * capitalised words or US states (IN, ME, CO, DE, PA, GA, AL, AR, MA, ...) are only accepted as the qualifier
 * after a comma (see places.ts), never alone; this list holds the ones safe alone. PT is left out: in postings it
 * is Pacific Time far more often than Portugal ("Lisbon, PT" still reads as Portugal).
 */
export const UPPER_CODES: Record<string, string> = {
  US: 'US', USA: 'US', UK: 'GB', GB: 'GB', UAE: 'AE', EU: '', CH: 'CH', NL: 'NL', FR: 'FR', ES: 'ES',
  SE: 'SE', DK: 'DK', FI: 'FI', PL: 'PL', CZ: 'CZ', BR: 'BR', MX: 'MX', NZ: 'NZ', AU: 'AU', SG: 'SG', JP: 'JP',
  KR: 'KR', CN: 'CN', HK: 'HK', TW: 'TW', ZA: 'ZA', IE: 'IE', AT: 'AT', BE: 'BE', NO: 'NO', IL: 'IL', HU: 'HU',
  RO: 'RO', UA: 'UA', EE: 'EE', LT: 'LT', LV: 'LV', GR: 'GR', TR: 'TR', NG: 'NG', KE: 'KE', EG: 'EG',
  CAN: 'CA', GER: 'DE', DEU: 'DE', FRA: 'FR', NLD: 'NL', CHE: 'CH', AUS: 'AU', IND: 'IN', BRA: 'BR',
};

/** Regions: recognised as places (so a segment "Remote (EU)" is a location) but carry no country. */
export const REGIONS: string[] = [
  'EU', 'Europe', 'European Union', 'EMEA', 'APAC', 'LATAM', 'Latin America', 'South America', 'North America',
  'Central America', 'Asia', 'Africa', 'Middle East', 'Scandinavia', 'Nordics', 'Benelux', 'DACH', 'Americas',
  'Oceania', 'Southeast Asia', 'CET', 'CEST', 'GMT', 'UTC', 'EST', 'PST', 'EST/PST', 'Worldwide', 'Anywhere',
  'Global', 'Globally', 'Earth',
];
