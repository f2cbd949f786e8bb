import { formatDateTime } from '@umbrella/domain';
import type { ClientData, Row } from './collect-client-data.ts';

/**
 * The sections in plain words, one for every table of CLIENT_TABLES (a test holds the two together, so no
 * section falls back to a table's name).
 */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  people: 'Your details',
  person_aliases: 'Other names',
  cases: 'Your case file',
  matters: 'Matters (police, NRM, asylum, social services)',
  police_report_details: 'Police report details',
  nrm_referral_details: 'NRM referral details',
  asylum_claim_details: 'Asylum claim details',
  social_services_details: 'Social services details',
  timeline_events: 'Timeline: notes and events',
  deadlines: 'Deadlines',
  communications: 'Letters, e-mails, calls and meetings',
  documents: 'Documents (the files are in the files folder)',
  appointments: 'Appointments',
  appointment_volunteers: 'Volunteers asked to accompany you',
  accompaniment_reports: 'Accompaniment reports',
  appointment_follow_ups: 'Follow-ups from appointments',
  supervision_reviews: 'Supervision reviews of your case',
  supervision_review_drafts: 'Supervision reviews not yet finished',
  consents: 'What you agreed we may share',
  disclosures: 'What we shared, printed or exported',
  break_glass_grants: 'Emergency access to your record',
  subject_access_requests: 'Your requests for your data',
  anonymisation_requests: 'Requests to anonymise your record',
  audit_log: 'Who looked at or changed your record',
};

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function label(column: string): string {
  const words = column.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value for a reader: ids named where we know the name, instants in London time. */
function show(column: string, value: unknown, names: ClientData['names']): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => show(column, v, names)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'string') {
    const named = names.staff[value] ?? names.agencies[value] ?? names.contacts[value];
    if (named) return named;
    return INSTANT.test(value) ? formatDateTime(value) : value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function rowHtml(row: Row, names: ClientData['names']): string {
  const items = Object.entries(row)
    .map(([column, value]) => [column, show(column, value, names)] as const)
    .filter(([, value]) => value !== null)
    .map(([column, value]) => `<dt>${escape(label(column))}</dt><dd>${escape(value ?? '')}</dd>`);
  return `<dl>${items.join('')}</dl>`;
}

/**
 * The same data as bundle.json, as one self-contained HTML page to read or print (any script the browser
 * can show; "Print" then "Save as PDF" gives the PDF).
 */
export function readableCopy(data: ClientData, generatedAt: Date): string {
  const sections = Object.entries(data.sections).map(([table, rows]) => {
    const title = SECTION_TITLES[table] ?? label(table);
    const body = rows.length
      ? rows.map((row) => rowHtml(row, data.names)).join('')
      : '<p class="none">Nothing held.</p>';
    return `<section><h2>${escape(title)} (${rows.length})</h2>${body}</section>`;
  });
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Everything we hold about you</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.4; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
dl { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: 0.2rem 1rem; border-top: 1px solid #ccc; padding-top: 0.5rem; }
dt { font-weight: 600; } dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: #555; }
@media print { section { break-inside: auto; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>Everything we hold about you</h1>
<p>Prepared on ${escape(formatDateTime(generatedAt))} in answer to your request. Other people who use our service are
not named: where a record mentioned one of them, it shows “[another client]”. The files you or we sent and
received are in the <code>files</code> folder; <code>bundle.json</code> holds the same data for a computer.</p>
${sections.join('\n')}
</body>
</html>
`;
}
