import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/types/post';
import { csvField, historyAsCsv } from './export-record';

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  sequence: 1,
  type: 'CREATED',
  actor: 'author',
  revision: 1,
  from: null,
  to: 'DRAFT',
  detail: null,
  at: '2026-01-02T03:04:05Z',
  hash: 'abc',
  ...overrides,
});

describe('historyAsCsv', () => {
  it('writes a header and one row per entry, empty fields for nulls', () => {
    expect(historyAsCsv([entry({})])).toBe(
      'sequence,at,actor,type,revision,from,to,detail,hash\r\n1,2026-01-02T03:04:05Z,author,CREATED,1,,DRAFT,,abc\r\n',
    );
  });

  it('quotes commas, quotes and line breaks in a comment so the row stays one row', () => {
    const csv = historyAsCsv([entry({ sequence: 7, type: 'DECIDED', detail: 'COMPLIANCE REJECT: say "maybe",\nnot "cure"' })]);

    expect(csv.split('\r\n')[1]).toBe('7,2026-01-02T03:04:05Z,author,DECIDED,1,,DRAFT,"COMPLIANCE REJECT: say ""maybe"",\nnot ""cure""",abc');
  });
});

describe('csvField', () => {
  it('keeps a value that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField('plain')).toBe('plain');
  });
});
