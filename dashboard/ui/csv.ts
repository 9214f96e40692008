/**
 * CSV export (RFC 4180 quoting) and a download link. A text cell that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR: `=HYPERLINK(...)`, `@SUM(...)`, `-cmd`) gets a leading `'`, as
 * the API's own CSV does; numbers stay numbers (-0.5 is not text).
 */

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const raw = Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    const s = typeof v !== 'number' && typeof v !== 'bigint' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function downloadCsv(filename: string, csv: string): void {
  saveBlob(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** Offers `blob` as a download named `filename` (a temporary object URL on a clicked link). */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
