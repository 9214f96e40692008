/**
 * Readable names for ids the API serves as they are stored: role families (`sales_marketing` -> "Sales &
 * marketing"). Unknown ids get their underscores as spaces and a capital first letter.
 */
const roles: Record<string, string> = {
  software: 'Software',
  data_ml: 'Data & ML',
  devops_sre: 'DevOps & SRE',
  security: 'Security',
  product: 'Product',
  design: 'Design',
  management: 'Management',
  sales_marketing: 'Sales & marketing',
  support_ops: 'Support & operations',
  hardware: 'Hardware',
  research: 'Research',
  other: 'Other',
};

const acronyms = new Set(['ml', 'ai', 'qa', 'sre', 'ui', 'ux', 'it', 'hr']);

/** "sales_marketing" -> "Sales & marketing"; an id not in the table: "data_platform" -> "Data platform". */
export function roleLabel(id: string): string {
  if (roles[id]) return roles[id]!;
  const words = id
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => (acronyms.has(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : id;
}
