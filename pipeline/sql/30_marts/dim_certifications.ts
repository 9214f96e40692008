/** dim_certifications and fct_certification_mentions: written by pipeline/stages/certifications.ts (docs/credentials.md). */
import { defineTable } from '../table.ts';

export const REQUIREMENTS = ['required', 'preferred', 'unclear'] as const;

export const dimCertifications = defineTable({
  name: 'dim_certifications',
  doc: 'Certifications and licences of the taxonomy (skills of type certification): issuer, level and the skills each certifies.',
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id of the certification' },
    { name: 'issuer', type: 'VARCHAR', nullable: false, doc: 'e.g. AWS, ISC2, CompTIA, PMI' },
    {
      name: 'level',
      type: 'VARCHAR',
      doc: 'foundational, associate, professional, specialty, expert, entry, intermediate or advanced',
    },
    { name: 'certifies', type: 'VARCHAR[]', nullable: false, doc: 'skill ids the certification certifies' },
  ],
});

export const fctCertificationMentions = defineTable({
  name: 'fct_certification_mentions',
  doc: 'Each certification a deduplicated posting asks for, marked required or preferred from the zone of its first mention (requirements -> required, nice-to-have -> preferred, else unclear).',
  columns: [
    { name: 'posting_id', type: 'VARCHAR', nullable: false, doc: 'fct_postings.posting_id' },
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'the certification' },
    {
      name: 'requirement',
      type: 'VARCHAR',
      nullable: false,
      values: REQUIREMENTS,
      doc: 'from the zone (pipeline/extract/zones.ts)',
    },
    { name: 'zone', type: 'VARCHAR', nullable: false, doc: 'zone of the first mention' },
  ],
});
