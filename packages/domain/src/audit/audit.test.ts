import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';
import {
  AUDIT_RANGE_MAX_DAYS,
  auditActionText,
  auditExportInput,
  auditLogInput,
  isReadAction,
} from './schemas.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('audit filters', () => {
  it('refuses a range that ends before it starts, naming the field', () => {
    const result = auditLogInput.safeParse({ from: '2026-11-23', to: '2026-11-01' });
    expect(result.error?.issues[0]?.path).toEqual(['to']);
    expect(auditLogInput.parse({}).kind).toBe('all');
    expect(auditLogInput.safeParse({ actorId: 'not-an-id' }).success).toBe(false);
    expect(auditLogInput.safeParse({ limit: 1000 }).success).toBe(false);
  });

  it('refuses a period longer than AUDIT_RANGE_MAX_DAYS, naming the field, in searches and exports', () => {
    expect(AUDIT_RANGE_MAX_DAYS).toBe(366);
    for (const schema of [auditLogInput, auditExportInput]) {
      // A leap year, both ends counted: 366 days.
      expect(schema.safeParse({ from: '2028-01-01', to: '2028-12-31' }).success).toBe(true);
      const tooLong = schema.safeParse({ from: '2028-01-01', to: '2029-01-01' });
      expect(tooLong.error?.issues.map((i) => [i.path, i.message])).toEqual([
        [['to'], 'The period can be at most 366 days: choose a last day nearer the first'],
      ]);
      // Open at one end: the page size and the export cap bound it instead.
      expect(schema.safeParse({ from: '2000-01-01' }).success).toBe(true);
      expect(schema.safeParse({ to: '2028-01-01' }).success).toBe(true);
    }
  });

  it('tells reads from changes', () => {
    expect(isReadAction('clients.read')).toBe(true);
    expect(isReadAction('clients.list')).toBe(true);
    expect(isReadAction('communications.search')).toBe(true);
    expect(isReadAction('documents.download')).toBe(true);
    expect(isReadAction('clients.update')).toBe(false);
    expect(isReadAction('disclosures.approve')).toBe(false);
  });

  it('says what a read was of', () => {
    expect(auditActionText('clients.read', { view: 'timeline' })).toBe('Viewed the record (timeline)');
    expect(auditActionText('clients.update', {})).toBe('clients.update');
  });
});
