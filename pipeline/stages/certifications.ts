/**
 * Certifications: dim_certifications from the taxonomy's certification extras, and per posting that names one
 * (fct_posting_skills x dim_skills.type = 'certification') whether it is required or preferred, from the zone of
 * its first mention (the posting is re-read through the same matcher; few postings name a certification). A
 * carried posting's mentions (carry_postings) are the previous build's, kept in place.
 */
import type { Db } from '../db.ts';
import { loadCertifications, type Certification } from '../extract/certifications.ts';
import type { Matcher } from '../extract/index.ts';
import { dimCertifications, fctCertificationMentions } from '../sql/30_marts/dim_certifications.ts';
import { deleteUncarried } from './in-place.ts';

export function requirementOf(zone: string): 'required' | 'preferred' | 'unclear' {
  return zone === 'requirements' ? 'required' : zone === 'nice_to_have' ? 'preferred' : 'unclear';
}

export async function computeCertifications(
  db: Db,
  matcher: Matcher,
  certs: Certification[] = loadCertifications(),
): Promise<{ certifications: number; mentions: number }> {
  await db.createTable(dimCertifications);
  const known = new Set((await db.all<{ skill_id: string }>('SELECT skill_id FROM dim_skills')).map((r) => r.skill_id));
  // the list column goes in as text: the appender cannot take lists and a JS array parameter has no DuckDB type
  for (const c of certs.filter((x) => known.has(x.id)))
    await db.run(
      `INSERT INTO ${dimCertifications.name} VALUES ($1, $2, $3, CASE WHEN $4::VARCHAR = '' THEN []::VARCHAR[] ELSE string_split($4::VARCHAR, ',') END)`,
      [c.id, c.issuer, c.level, c.certifies.join(',')],
    );
  // kept in place: the carried postings' mentions stay (pipeline/stages/in-place.ts), only the others are read again
  await db.createTable(fctCertificationMentions, { ifMissing: true });
  await db.run(deleteUncarried(fctCertificationMentions.name));
  const out: unknown[][] = [];
  const { toPlainText } = await import('../normalize/text.ts');
  // streamed one DuckDB chunk at a time: the texts of every posting naming a certification are never held at once
  for await (const rows of db.stream<{ posting_id: string; text: string; ids: string[] }>(`
    SELECT ps.posting_id, any_value(s.text) AS text, list(ps.skill_id) AS ids
    FROM fct_posting_skills ps JOIN dim_certifications c ON c.skill_id = ps.skill_id JOIN stg_postings s USING (posting_id)
    ANTI JOIN carry_postings USING (posting_id)
    GROUP BY ps.posting_id ORDER BY ps.posting_id`))
    for (const r of rows) {
      const want = new Set(r.ids);
      const seen = new Set<string>();
      for (const m of matcher.extract(toPlainText(r.text ?? ''))) {
        if (!want.has(m.id) || seen.has(m.id)) continue;
        seen.add(m.id);
        out.push([r.posting_id, m.id, requirementOf(m.zone), m.zone]);
      }
    }
  await db.append(fctCertificationMentions, out);
  return { certifications: certs.length, mentions: out.length };
}
