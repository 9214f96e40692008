/**
 * `Accept-Encoding` with its q-values (RFC 9110 12.5.3): `gzip;q=0` refuses gzip, `*;q=0.5` accepts it when
 * gzip is not named, no header accepts nothing but identity.
 */
let lastHeader = '';
let lastName = '';
let lastAnswer = false;

export function acceptsEncoding(header: string | undefined | null, name: string): boolean {
  if (!header) return false;
  // clients send the same header on every request: the last answer is reused
  if (header === lastHeader && name === lastName) return lastAnswer;
  lastHeader = header;
  lastName = name;
  lastAnswer = parse(header, name);
  return lastAnswer;
}

function parse(header: string, name: string): boolean {
  let star: number | null = null;
  for (const part of header.split(',')) {
    const [token, ...params] = part.split(';');
    const coding = token!.trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q)) q = 0;
    if (coding === name) return q > 0;
    if (coding === '*') star = q;
  }
  return star !== null && star > 0;
}
