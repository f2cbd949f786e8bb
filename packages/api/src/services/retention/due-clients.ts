import { retentionYearsByKind, type RetentionPolicy } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';

/**
 * The `with` clause defining `due`: every client due for anonymisation on `today` under `policy`. The rule is
 * the domain's (isDueForAnonymisation) in SQL: every case file closed, not on legal hold, not anonymised, and
 * the latest closing day + the longest retention of their matters' kinds (the default without any) on or
 * before today. `date + interval 'N years'` takes 29 Feb to 28 Feb, as the domain's addYears does.
 */
export function dueClientsWith(policy: RetentionPolicy, today: string): SQL {
  const kinds = retentionYearsByKind(policy).map(({ kind, years }) => sql`(${kind}::text, ${years}::int)`);
  return sql`with policy (kind, years) as (values ${sql.join(kinds, sql`, `)}),
    closed_files as (
      select c.person_id, max(c.closed_on) as closed_on
        from cases c join people p on p.id = c.person_id
       where p.anonymised_at is null and not p.legal_hold
       group by c.person_id
      having bool_and(c.status = 'closed' and c.closed_on is not null)
    ),
    kept as (
      select f.person_id, f.closed_on,
             coalesce((select array_agg(distinct m.kind order by m.kind) from matters m
                        where m.person_id = f.person_id), '{}'::text[]) as kinds,
             coalesce((select max(pol.years) from matters m join policy pol on pol.kind = m.kind
                        where m.person_id = f.person_id), ${policy.defaultYears}::int) as kept_years
        from closed_files f
    ),
    due as (
      select person_id, closed_on, kinds, kept_years,
             (closed_on + make_interval(years => kept_years))::date as due_on
        from kept
       where (closed_on + make_interval(years => kept_years))::date <= ${today}::date
    )`;
}
