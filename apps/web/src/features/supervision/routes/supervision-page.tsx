import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { Section } from '../../../components/section.tsx';
import { BreakGlassReviewSection } from '../../break-glass/components/break-glass-review-section.tsx';
import { DisclosureQueue } from '../../disclosures/components/disclosure-queue.tsx';
import { ChartsBoundary } from '../components/charts-boundary.tsx';
import { CaseloadTable } from '../components/caseload-table.tsx';
import { StalledCases } from '../components/stalled-cases.tsx';
import { ThresholdsInUse } from '../components/thresholds-in-use.tsx';
import { stalledFilters, supervisionSearch, type StalledFilters } from '../lib/filters.ts';
import '../supervision.css';

// The charts (and the charting library) load after the tables: the first download and the lists stay light.
const SupervisionCharts = lazy(() =>
  import('../components/supervision-charts.tsx').then((m) => ({ default: m.SupervisionCharts })),
);

const route = getRouteApi('/app/supervision/');

/** `/supervision`: the supervisors' dashboard of stalled cases, caseloads and trends. */
export function SupervisionPage() {
  const navigate = route.useNavigate();
  const filters = stalledFilters(route.useSearch());
  const go = (next: StalledFilters) => void navigate({ search: supervisionSearch(next), replace: true });

  return (
    <Page title="Supervision">
      <div className="supervision">
        <p className="muted">
          Open cases that have stopped moving and why, each caseworker’s caseload, and how things have gone
          over the last weeks. Every number leads to its cases.
        </p>
        <DisclosureQueue />
        <BreakGlassReviewSection />
        <StalledCases filters={filters} onFilter={go} />
        <CaseloadTable />
        <ChartsBoundary>
          <Suspense fallback={<Pending label="Loading the charts…" />}>
            <SupervisionCharts defaultKind={filters.matterKind} />
          </Suspense>
        </ChartsBoundary>
        <Section title="Thresholds in use">
          <ThresholdsInUse />
        </Section>
      </div>
    </Page>
  );
}
