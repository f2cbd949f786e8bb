import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { MATTER_KIND_LABELS, type MatterKind } from '@umbrella/domain';
import { useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/field.tsx';
import { MatterKindOptions } from '../../../components/filters.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { useReturnFocus } from '../../../lib/use-return-focus.ts';
import { useTRPC } from '../../../trpc.ts';
import { caseworkerLabel, stalledSearchFor } from '../lib/caseload.ts';
import { chartRow, daysOrNone } from '../lib/charts.ts';
import { weekAxisLabel, weekText } from '../lib/format.ts';
import type { StageDurationRow } from '../lib/types.ts';
import { DrillDown } from './drill-down.tsx';
import { NumberHead } from './number-head.tsx';
import { OverdueAtList } from './overdue-at-list.tsx';
import { StageStaysList } from './stage-stays-list.tsx';

// Colours with at least 4.5:1 against white, told apart by lightness as well as hue.
const COLOURS = {
  open: '#1d4ed8',
  stalled: '#b45309',
  deadlines: '#b42318',
  replies: '#7c3aed',
  median: '#0f766e',
};
const AXIS_TICK = { fontSize: 12, fill: '#1b1f24' };

/**
 * What makes a bar open the cases of its row of `rows` (the chart's data, in the same order): a click on the bar
 * or anywhere in its band (an invisible background, so a short bar is as easy to hit as a long one). No
 * animation: the figures are there at once, motion or not.
 */
function pickable<T>(rows: readonly T[], pick: (row: T) => void) {
  return {
    isAnimationActive: false,
    background: { fill: 'transparent' },
    onClick: (_: unknown, index: number) => {
      const row = chartRow(rows, index);
      if (row !== undefined) pick(row);
    },
  };
}

/**
 * The dashboard's charts, loaded after the tables (with the charting library) so the lists show first. Each
 * has a table of the same figures, and each figure opens the cases it counts.
 */
export function SupervisionCharts({ defaultKind }: { defaultKind: MatterKind | null }) {
  return (
    <>
      <CaseloadChart />
      <OverdueTrendChart />
      <StageDurationChart defaultKind={defaultKind} />
    </>
  );
}

function ChartFigure({
  caption,
  height,
  children,
}: {
  caption: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <div className="chart__plot" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Bars running across, a row per name (`nameKey` of each datum); the tooltip, legend and bars go inside. */
function RowBarChart({
  data,
  nameKey,
  nameWidth,
  children,
}: {
  data: object[];
  nameKey: string;
  nameWidth: number;
  children: ReactNode;
}) {
  return (
    <BarChart
      data={data}
      layout="vertical"
      margin={{ top: 5, right: 16, bottom: 5, left: 5 }}
      style={{ cursor: 'pointer' }}
    >
      <CartesianGrid horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
      <YAxis type="category" dataKey={nameKey} width={nameWidth} tick={AXIS_TICK} interval={0} />
      {children}
    </BarChart>
  );
}

/** A chart's figures as a table, folded away under it: a row each, the last cell opening the cases counted. */
function ChartTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: ReactNode;
  children: ReactNode;
}) {
  return (
    <details className="chart__table">
      <summary>Show as a table</summary>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns}
              <th scope="col">
                <span className="visually-hidden">Cases</span>
              </th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}

function CaseloadChart() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const query = useQuery(trpc.supervision.caseload.queryOptions());

  let body;
  if (query.isPending) body = <Pending label="Loading the caseload…" />;
  else if (query.isError) body = <p className="muted">The caseload could not be loaded (see above).</p>;
  else {
    const rows = query.data.rows.filter((row) => row.openCases > 0 || row.user?.active);
    const pick = pickable(
      rows,
      (row) => void navigate({ to: '/supervision', search: stalledSearchFor(row) }),
    );
    const data = rows.map((row) => ({
      name: row.user ? caseworkerLabel(row.user) : 'No key worker',
      open: row.openCases,
      stalled: row.stalledCases,
    }));
    body = (
      <>
        <p className="muted">
          Open and stalled cases per key worker. Choose a bar to list that caseworker’s stalled cases; the
          same figures, each a link, are in the <a href="#caseload">caseload table</a>.
        </p>
        <ChartFigure
          caption="Open and stalled cases per key worker"
          height={Math.max(160, data.length * 44 + 60)}
        >
          <RowBarChart data={data} nameKey="name" nameWidth={130}>
            <Tooltip />
            <Legend />
            <Bar {...pick} dataKey="open" name="Open cases" fill={COLOURS.open} />
            <Bar {...pick} dataKey="stalled" name="Stalled" fill={COLOURS.stalled} />
          </RowBarChart>
        </ChartFigure>
      </>
    );
  }
  return <Section title="Caseload distribution">{body}</Section>;
}

function OverdueTrendChart() {
  const trpc = useTRPC();
  const query = useQuery(trpc.supervision.overdueTrend.queryOptions());
  const [week, setWeekState] = useState<string | null>(null);
  const focus = useReturnFocus();
  const setWeek = (picked: string | null) => {
    if (picked) focus.remember();
    else focus.restore();
    setWeekState(picked);
  };

  let body;
  if (query.isPending) body = <Pending label="Loading the trend…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The trend could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const { weeks } = query.data;
    const pickWeek = pickable(weeks, (picked) => setWeek(picked.weekEnding));
    const data = weeks.map((w) => ({
      weekEnding: w.weekEnding,
      label: weekAxisLabel(w.weekEnding),
      deadlines: w.overdueDeadlines,
      replies: w.repliesOverdue,
    }));
    body = (
      <>
        <p className="muted">
          Deadlines and replies overdue as they stood at the end of each week (on the Sunday). Choose a week
          to list its cases.
        </p>
        <ChartFigure caption="Deadlines and replies overdue at the end of each week" height={280}>
          <BarChart
            data={data}
            margin={{ top: 5, right: 16, bottom: 5, left: 0 }}
            style={{ cursor: 'pointer' }}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
            <Tooltip
              labelFormatter={(_, payload) => {
                const weekEnding = (payload[0]?.payload as { weekEnding?: string } | undefined)?.weekEnding;
                return weekEnding ? weekText(weekEnding) : '';
              }}
            />
            <Legend />
            <Bar
              {...pickWeek}
              dataKey="deadlines"
              name="Deadlines overdue"
              stackId="overdue"
              fill={COLOURS.deadlines}
            />
            <Bar
              {...pickWeek}
              dataKey="replies"
              name="Replies overdue"
              stackId="overdue"
              fill={COLOURS.replies}
            />
          </BarChart>
        </ChartFigure>
        <ChartTable
          caption="Overdue items at the end of each week"
          columns={
            <>
              <th scope="col">Week ending</th>
              <NumberHead>Deadlines overdue</NumberHead>
              <NumberHead>Replies overdue</NumberHead>
              <NumberHead>Cases</NumberHead>
            </>
          }
        >
          {weeks.map((w) => (
            <tr key={w.weekEnding}>
              <th scope="row">{formatCalendarDate(w.weekEnding)}</th>
              <td className="table__number">{w.overdueDeadlines}</td>
              <td className="table__number">{w.repliesOverdue}</td>
              <td className="table__number">{w.cases}</td>
              <td>
                {w.cases > 0 ? (
                  <Button variant="link" onClick={() => setWeek(w.weekEnding)}>
                    List the cases
                    <span className="visually-hidden">
                      {' '}
                      ({w.cases}), week ending {formatCalendarDate(w.weekEnding)}
                    </span>
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </ChartTable>
        {week ? (
          <DrillDown
            title={`Cases with items overdue in the week ending ${formatCalendarDate(week)}`}
            onClose={() => setWeek(null)}
          >
            <OverdueAtList on={week} />
          </DrillDown>
        ) : null}
      </>
    );
  }
  return <Section title="Overdue items over the last 12 weeks">{body}</Section>;
}

function StageDurationChart({ defaultKind }: { defaultKind: MatterKind | null }) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<MatterKind>(defaultKind ?? 'nrm_referral');
  const [stage, setStageState] = useState<StageDurationRow | null>(null);
  const focus = useReturnFocus();
  const setStage = (picked: StageDurationRow | null) => {
    if (picked) focus.remember();
    else focus.restore();
    setStageState(picked);
  };
  const query = useQuery(trpc.supervision.stageDurations.queryOptions({ kind }));

  let body;
  if (query.isPending) body = <Pending label="Loading the stages…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The stages could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (query.data.stages.length === 0) {
    body = <p>No {MATTER_KIND_LABELS[kind]} matter has been recorded yet.</p>;
  } else {
    const { stages } = query.data;
    const pickStage = pickable(stages, setStage);
    const data = stages.map((s) => ({ ...s, median: s.medianDays ?? 0 }));
    body = (
      <>
        <ChartFigure
          caption={`Median days in each stage: ${MATTER_KIND_LABELS[kind]}`}
          height={Math.max(160, data.length * 36 + 50)}
        >
          <RowBarChart data={data} nameKey="stageLabel" nameWidth={170}>
            <Tooltip content={StageTooltip} />
            <Bar {...pickStage} dataKey="median" name="Median days" fill={COLOURS.median} />
          </RowBarChart>
        </ChartFigure>
        <ChartTable
          caption={`Time in each stage, ${MATTER_KIND_LABELS[kind]}, in days`}
          columns={
            <>
              <th scope="col">Stage</th>
              <NumberHead>Stays ended</NumberHead>
              <NumberHead>Median</NumberHead>
              <NumberHead>9 in 10 within</NumberHead>
              <NumberHead>Longest</NumberHead>
              <NumberHead>There now</NumberHead>
            </>
          }
        >
          {stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row">{s.stageLabel}</th>
              <td className="table__number">{s.stays}</td>
              <td className="table__number">{daysOrNone(s.medianDays)}</td>
              <td className="table__number">{daysOrNone(s.p90Days)}</td>
              <td className="table__number">{daysOrNone(s.longestDays)}</td>
              <td className="table__number">{s.currentlyIn}</td>
              <td>
                {s.stays + s.currentlyIn > 0 ? (
                  <Button
                    variant="link"
                    aria-label={`List the matters in ${s.stageLabel}`}
                    onClick={() => setStage(s)}
                  >
                    List the matters
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </ChartTable>
        {stage ? (
          <DrillDown
            title={`${MATTER_KIND_LABELS[kind]}: ${stage.stageLabel}`}
            onClose={() => setStage(null)}
          >
            <StageStaysList kind={kind} stage={stage.stage} />
          </DrillDown>
        ) : null}
      </>
    );
  }

  return (
    <Section title="Time in each stage">
      <p className="muted">
        How long matters stayed in each stage before moving on (the median, and the time 9 in 10 stays ended
        within), from stays that have ended. Choose a stage to list its matters.
      </p>
      <form className="filters" aria-label="Which matters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Matter"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as MatterKind);
            // The focus stays on the select: nothing to return it to.
            setStageState(null);
          }}
        >
          <MatterKindOptions />
        </SelectField>
      </form>
      {body}
    </Section>
  );
}

/** The chart's tooltip reports the hovered row in `payload[0].payload`. */
function StageTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const row = payload?.[0]?.payload as StageDurationRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart__tooltip">
      <p className="chart__tooltip-title">{row.stageLabel}</p>
      <p>Median: {daysOrNone(row.medianDays)}</p>
      <p>9 in 10 within: {daysOrNone(row.p90Days)}</p>
      <p>Longest: {daysOrNone(row.longestDays)}</p>
      <p>
        {row.stays} {row.stays === 1 ? 'stay' : 'stays'} ended, {row.currentlyIn} there now
      </p>
    </div>
  );
}
