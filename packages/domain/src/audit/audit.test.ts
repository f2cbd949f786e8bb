import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';
import { auditActionText, auditLogInput, isReadAction } from './schemas.ts';

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
