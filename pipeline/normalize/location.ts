/**
 * Where a job can be done, from the posting text alone (pure): `parseLocation(text)` ->
 * `{countries: ISO alpha-2[], remote: 'no' | 'restricted' | 'global' | 'unknown'}`. Rules: docs/normalization.md,
 * "Location". Reads the header line (parseHeader: places, work mode) and the labelled location lines of the
 * body ("Location: ...", "Where: ..."); a remote job restricted to countries gets those countries.
 */
import { type ParsedHeader, parseHeader } from './header.ts';
import { findPlaces, type Place } from './places.ts';
import { splitSegments } from './segments.ts';
import { toPlainText } from './text.ts';
import { mayBeRemote, workModeOf } from './vocab.ts';

export type RemoteClass = 'no' | 'restricted' | 'global' | 'unknown';
export interface ParsedLocation {
  countries: string[];
  remote: RemoteClass;
  /** Regions a remote job is restricted to (EU, EMEA, time zones...), when named. */
  regions: string[];
}

/** A body line that names the location: "Location: Berlin", "Locations - NYC, Remote (US)", "Where: Remote". */
const LABELLED =
  /^\s*(?:[-*•]\s*)?(?:job\s+)?(?:locations?|where|office(?:s)?|based in|remote policy)\s*[:\-–]\s*(.{2,160})$/i;
/** A short body line that starts with "Based in": "Based in NYC (Chinatown)." */
const BASED_IN = /^\s*based\s+in\s+(.{2,60})$/i;
/** Words that restrict a remote offer to the places or zones named in the header. */
const RESTRICT =
  /\b(?:only|based|within|must|reside|residing|resident|authori[sz]ed|eligible|time\s?zones?|tz|hours|overlap|preferred|us-only|eu-only)\b|[+-]\s?\d+\s?(?:h|hours)\b|\b(?:gmt|utc)\s?[+-]\s?\d+/i;
/** Zones and regions that restrict a remote job without naming a country (case-sensitive codes). */
const ZONE =
  /\b(?:CET|CEST|EST|EDT|PST|PDT|PT|ET|CT|MT|GMT|UTC|BST|IST|AEST|EU|EMEA|APAC|LATAM)\b|\b(?:Europe|European|Americas|North America|South America|Latin America|Asia|Africa|Nordics|DACH|[Pp]acific|[Ee]astern|[Cc]entral)\s+(?:[Tt]ime(?:\s?[Zz]ones?)?|TZ|tz|[Tt]imezones?)\b|\b(?:Europe|EU)\b/;
const GLOBAL = /\b(?:worldwide|anywhere|globally|global|any\s+(?:time\s?zone|country|location))\b/i;
/** Restriction words in a body sentence about remote work. */
const BODY_RESTRICT = /\b(?:only|based|must|within|authori[sz]ed|eligible|located|reside|residents?|citizens?)\b/i;
/** The words after a place that make it a zone (zoneOnly in parseLocation); none in the head, no zone. */
const ZONE_WORD = /(?:time\s?zones?|tz|hours)\b/i;
const REMOTE_WORD = /\bremote(?:ly)?\b|\bwfh\b|\bdistributed\b/i;

/** The place text `text` followed by a zone word, case-insensitive; built once per text (a bounded memo). */
const ZONE_AFTER = new Map<string, RegExp>();
function zoneAfter(text: string): RegExp {
  let re = ZONE_AFTER.get(text);
  if (re === undefined) {
    if (ZONE_AFTER.size >= 4096) ZONE_AFTER.clear();
    re = new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:time\\s?zones?|tz|hours)\\b`, 'i');
    ZONE_AFTER.set(text, re);
  }
  return re;
}

function countriesOf(places: Place[]): string[] {
  const out: string[] = [];
  for (const p of places) if (p.country !== null && !out.includes(p.country)) out.push(p.country);
  return out;
}

/**
 * The header: the first line, and the second when it carries the first on (it starts with "|", the first ends
 * with one, or it is itself a run of at least three "|"-separated fields: "Shape (YC S15)" / "San Francisco, CA |
 * ONSITE | Full-time").
 */
function headerOf(lines: string[]): string {
  const first = lines[0] ?? '';
  const second = lines[1];
  if (second === undefined || second.length > 250) return first;
  const goesOn = second.startsWith('|') || first.endsWith('|') || second.split(' | ').length >= 3;
  return goesOn ? `${first.replace(/\s*\|\s*$/, '')} | ${second.replace(/^\|\s*/, '')}` : first;
}

/**
 * What postingCore (index.ts) computed for the same text: its plain text, first line and header (null when it
 * did not parse one). parseLocation reads them instead of converting and parsing again (`skillpulse extract`).
 */
export interface PreparedText {
  text: string;
  head: string;
  header: Readonly<ParsedHeader> | null;
}

/** `prepared`, when given, must be postingCore's result for this `text` (the output is then the same). */
export function parseLocation(text: string, prepared?: PreparedText): ParsedLocation {
  const plain = prepared ? prepared.text : toPlainText(text ?? '');
  // the non-empty trimmed lines, only as many as are read below: 40 lines and 2,000 characters of body
  const lines: string[] = [];
  let bodyLength = -1; // of lines.slice(1).join('\n')
  for (let at = 0; at <= plain.length; ) {
    const nl = plain.indexOf('\n', at);
    const end = nl < 0 ? plain.length : nl;
    const line = plain.slice(at, end).trim();
    at = end + 1;
    if (line.length === 0) continue;
    lines.push(line);
    if (lines.length > 1) bodyLength += line.length + 1;
    if (lines.length >= 40 && bodyLength >= 2000) break;
  }
  const head = headerOf(lines);
  const header = prepared?.header && prepared.head === head ? prepared.header : parseHeader(head);
  const places: Place[] = [...header.places];
  let remote = header.remote;
  let onsite = header.onsite || header.hybrid;
  // the segments of the header that speak of remote work, and the labelled location lines of the body
  const head400 = head.length > 400 ? head.slice(0, 400) : head; // no segment of a head without a remote word is remote
  const remoteParts = mayBeRemote(head400) ? splitSegments(head400).filter((s) => workModeOf(s).remote) : [];
  for (const line of lines.slice(head === lines[0] ? 1 : 2, 40)) {
    const m = LABELLED.exec(line) ?? BASED_IN.exec(line);
    if (!m) continue;
    const value = m[1]!;
    places.push(...findPlaces(value));
    const mode = workModeOf(value);
    remote ||= mode.remote;
    onsite ||= mode.onsite || mode.hybrid;
    if (mode.remote) remoteParts.push(value);
  }
  // "US timezone", "EU hours": a zone, not a place where the job is done
  const zoned = ZONE_WORD.test(head); // without a zone word after it, no place of the head is a zone
  const zoneOnly = (p: Place) => zoned && zoneAfter(p.text).test(head);
  const kept = places.filter((p) => !zoneOnly(p));
  const countries = countriesOf(kept);
  // a sentence of the body that restricts remote work ("Remote, but you must be based in the US or Canada")
  const body = lines.slice(1).join('\n').slice(0, 2000);
  // a remote word of a sentence is one of the body (sentences are cut at white space), so none in the body: none
  const rules = !REMOTE_WORD.test(body)
    ? []
    : body.split(/(?<=[.!?])\s+|\n/).filter((x) => REMOTE_WORD.test(x) && BODY_RESTRICT.test(x) && x.length < 300);
  const bodyPlaces = rules
    .flatMap((x) => findPlaces(x))
    .filter((p) => p.kind === 'country' || (p.kind === 'region' && p.country === null));
  if (bodyPlaces.length > 0) {
    remote = true;
    remoteParts.push(...rules);
  }
  const regions = [...new Set(places.filter((p) => p.kind === 'region' && p.country === null).map((p) => p.key))];
  if (!remote) return { countries, remote: countries.length > 0 || onsite ? 'no' : 'unknown', regions: [] };
  const said = remoteParts.join(' | ');
  if (GLOBAL.test(said) && !/\bonly\b/i.test(said)) return { countries, remote: 'global', regions: [] };
  // places named after the remote word ("Remote (US, Canada)", "Remote US or Canada") restrict it
  const after = remoteParts.map((s) => s.slice(s.search(REMOTE_WORD))).join(' | ');
  const named = findPlaces(after).filter((p) => !zoneOnly(p));
  for (const c of countriesOf(named)) if (!countries.includes(c)) countries.push(c); // restricted to them
  const zones = named.filter((p) => p.kind === 'region' && p.country === null).map((p) => p.key);
  const rest = head.replace(header.company ?? '\u0000', ' ');
  const restricted =
    named.length > 0 ||
    regions.length > 0 ||
    ZONE.test(rest) ||
    (RESTRICT.test(said) && ZONE.test(said)) ||
    (places.length > 0 && RESTRICT.test(rest) && /\b(?:only|based|within)\b/i.test(rest));
  if (!restricted && !GLOBAL.test(said) && !GLOBAL.test(body.slice(0, 600)))
    return { countries, remote: 'unknown', regions: [] };
  return {
    countries,
    remote: restricted ? 'restricted' : 'global',
    regions: restricted ? [...new Set([...zones, ...regions])] : [],
  };
}
