import { describe, expect, it } from 'vitest';
import { isDataRead } from './raw-sql.ts';

const read = (text: string) => isDataRead({ text, params: [] });

describe('isDataRead', () => {
  it('keeps the reads and the settings a read makes for its transaction', () => {
    expect(read('select "id", "display_name" from "people" where "people"."id" = $1')).toBe(true);
    expect(read('with hits as (select 1) select * from hits')).toBe(true);
    expect(read("select set_config('pg_trgm.word_similarity_threshold', $1, true)")).toBe(true);
  });

  it('leaves out transaction control, the audit row and other writes', () => {
    expect(read('begin')).toBe(false);
    expect(read('COMMIT')).toBe(false);
    expect(read('select pg_advisory_xact_lock($1)')).toBe(false);
    expect(read('select "hash" from "audit_log" order by "audit_log"."seq" desc limit $1')).toBe(false);
    expect(read('insert into "audit_log" ("id") values ($1)')).toBe(false);
    expect(read('update "sessions" set "last_seen_at" = $1')).toBe(false);
    expect(read('  delete from "x"')).toBe(false);
  });
});
