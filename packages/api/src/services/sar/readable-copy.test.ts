import { CLIENT_TABLES } from '@umbrella/db';
import { describe, expect, it } from 'vitest';
import { readableCopy, SECTION_TITLES } from './readable-copy.ts';

describe('the readable copy', () => {
  it('has a title in plain words for every client table, and none for a table it does not hold', () => {
    const tables = CLIENT_TABLES.map((t) => t.table);
    expect(tables.filter((table) => !SECTION_TITLES[table])).toEqual([]);
    expect(Object.keys(SECTION_TITLES).filter((table) => !tables.includes(table))).toEqual([]);
  });

  it('heads each section with its title, never the table’s name', () => {
    const sections = Object.fromEntries(CLIENT_TABLES.map((t) => [t.table, []]));
    const html = readableCopy(
      { sections, names: { staff: {}, agencies: {}, contacts: {} }, files: [] },
      new Date('2026-11-23T12:00:00Z'),
    );
    const headings = [...html.matchAll(/<h2>(.*?) \(0\)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(CLIENT_TABLES.map((t) => SECTION_TITLES[t.table]));
    expect(headings).toContain('Requests to anonymise your record');
  });
});
