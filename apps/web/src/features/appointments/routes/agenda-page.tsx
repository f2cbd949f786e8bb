import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert } from '../../../components/alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { isCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { AccompanimentCountsTable } from '../components/accompaniment-counts.tsx';
import { AgendaDays } from '../components/agenda-days.tsx';
import {
  agendaFilters,
  agendaRange,
  agendaSearch,
  shiftAgenda,
  type AgendaFilters,
} from '../lib/agenda-search.ts';
import { dayHeading, needVolunteerText } from '../lib/format.ts';
import '../appointments.css';

const route = getRouteApi('/app/appointments/');

/** `/appointments`: the appointments of a day or a week, day by day, and who still needs a volunteer. */
export function AgendaPage() {
  const trpc = useTRPC();
  const navigate = route.useNavigate();
  const today = todayInLondon();
  const filters = agendaFilters(route.useSearch(), today);
  const go = (next: AgendaFilters) => void navigate({ search: agendaSearch(next, today) });
  const query = useQuery({
    ...trpc.appointments.agenda.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const week = filters.span === 'week';
  const range = agendaRange(filters);
  const showsToday = range.from <= today && today <= range.to;
  const rangeText = week
    ? `${dayHeading(range.from)} to ${dayHeading(range.to)}`
    : `${dayHeading(range.from)}${showsToday ? ' (today)' : ''}`;

  let body;
  if (query.isPending) body = <Pending label="Loading the appointments…" />;
  else if (query.isError && !query.data) {
    body = (
      <QueryError
        title="The appointments could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const agenda = query.data;
    const total = agenda.days.reduce((n, d) => n + d.appointments.length, 0);
    body = (
      <>
        <p role="status" className="result-count" aria-busy={query.isFetching}>
          {filters.unassignedOnly ? (
            agenda.unassigned > 0 ? (
              <span className="agenda__unassigned">{needVolunteerText(agenda.unassigned)}.</span>
            ) : (
              'None needs a volunteer.'
            )
          ) : (
            <>
              {total === 1 ? '1 appointment' : `${total} appointments`}.{' '}
              {agenda.unassigned > 0 ? (
                <span className="agenda__unassigned">{needVolunteerText(agenda.unassigned)}.</span>
              ) : total > 0 ? (
                'None needs a volunteer.'
              ) : null}
            </>
          )}
        </p>
        {agenda.truncated ? (
          <Alert tone="info">
            Only the first {total} appointments are shown. Look at one day at a time to see them all.
          </Alert>
        ) : null}
        <AgendaDays agenda={agenda} today={today} headings={week} />
      </>
    );
  }

  return (
    <Page title="Appointments">
      <form
        className="filters agenda__filters"
        aria-label="Which appointments"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label="Show"
          value={filters.span}
          onChange={(e) => go({ ...filters, span: e.target.value === 'day' ? 'day' : 'week' })}
        >
          <option value="week">A week</option>
          <option value="day">A day</option>
        </SelectField>
        <SelectField
          label="Clients"
          value={filters.scope}
          onChange={(e) => go({ ...filters, scope: e.target.value === 'all' ? 'all' : 'mine' })}
        >
          <option value="mine">My clients</option>
          <option value="all">All clients</option>
        </SelectField>
        <TextField
          label={week ? 'A day in the week' : 'Day'}
          type="date"
          value={filters.date}
          onChange={(e) => {
            if (isCalendarDate(e.target.value)) go({ ...filters, date: e.target.value });
          }}
        />
        <CheckboxField
          label="Only those needing a volunteer"
          checked={filters.unassignedOnly}
          onChange={(e) => go({ ...filters, unassignedOnly: e.target.checked })}
        />
      </form>

      <p className="muted">
        {filters.scope === 'mine'
          ? 'The clients you are key worker or lead caseworker for.'
          : 'Every client you can open.'}
      </p>
      <nav className="agenda__nav" aria-label={week ? 'Weeks' : 'Days'}>
        <Link
          className="button button--secondary"
          to="/appointments"
          search={agendaSearch(shiftAgenda(filters, -1), today)}
        >
          {week ? 'Previous week' : 'Previous day'}
        </Link>
        <Link
          className="button button--secondary"
          to="/appointments"
          search={agendaSearch({ ...filters, date: today }, today)}
          aria-current={showsToday ? 'page' : undefined}
        >
          {week ? 'This week' : 'Today'}
        </Link>
        <Link
          className="button button--secondary"
          to="/appointments"
          search={agendaSearch(shiftAgenda(filters, 1), today)}
        >
          {week ? 'Next week' : 'Next day'}
        </Link>
      </nav>

      <Section title={rangeText}>{body}</Section>

      <Section title="Accompaniments in the last 12 months">
        <p className="muted">
          From the reports volunteers filed: accompaniments attended, and all the time volunteers gave, travel
          included.
        </p>
        <AccompanimentCountsTable />
      </Section>
    </Page>
  );
}
