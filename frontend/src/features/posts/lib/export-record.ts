import type { HistoryEntry, Post, Publication } from '@/types/post';

/** Everything the record page shows, as one document. */
export type PostRecord = { post: Post; history: HistoryEntry[]; publications: Publication[] };

export function recordAsJson(record: PostRecord, exportedAt: Date, exportedBy: string): string {
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), exportedBy, ...record }, null, 2);
}

/** RFC 4180: quote every field that needs it, double the quotes inside, CRLF between records. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const AUDIT_CSV_COLUMNS = ['sequence', 'at', 'actor', 'type', 'revision', 'from', 'to', 'detail', 'hash'] as const;

/** The audit timeline as CSV: one row per entry, oldest first, with the hash chain for verification. */
export function historyAsCsv(history: readonly HistoryEntry[]): string {
  const rows = history.map((entry) => AUDIT_CSV_COLUMNS.map((column) => csvField(entry[column])).join(','));
  return [AUDIT_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
