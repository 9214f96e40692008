/**
 * Seniority from a role title: junior, mid, senior, staff (staff/principal/distinguished), lead (lead, manager,
 * head, director, VP, C-level). Pure. With several titles ("Senior Backend / Staff SRE") the first decides.
 * No marker in a title that names a role gives mid; no title gives null. Rules: docs/pay.md.
 */
export type Seniority = 'junior' | 'mid' | 'senior' | 'staff' | 'lead';

const RULES: [Seniority, RegExp][] = [
  [
    'lead',
    /\b(chief|cto|ceo|cfo|coo|cpo|ciso|vp|vice president|head of|director|manager|managers|mgr|lead|leads|tech lead|team lead)\b/i,
  ],
  ['staff', /\b(staff|principal|distinguished|fellow)\b/i],
  ['senior', /\b(senior|sr\.?|snr)(?![a-z])|\bIII\b|\bL5\b/i],
  [
    'junior',
    /\b(junior|jr\.?|entry[- ]level|graduate|grad|new grad|intern|interns|internship|apprentice|trainee|associate)(?![a-z])|\bI\b(?!\/)/i,
  ],
];

export function seniorityOf(title: string | null): Seniority | null {
  if (title === null || title.trim() === '') return null;
  const first = title.split(/\s\/\s|;|\|/)[0] ?? title;
  for (const [level, re] of RULES) if (re.test(first)) return level;
  return 'mid';
}
