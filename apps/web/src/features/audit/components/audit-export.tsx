import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { auditFilters } from '../lib/audit-search.ts';

/** Hands text to the browser as a file download, without a round trip through an address. */
function saveText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the object goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export as CSV": the rows the filters match (the export itself is recorded in the log). */
export function AuditExport({ filters }: { filters: ReturnType<typeof auditFilters> }) {
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const exportRows = useMutation(
    trpc.audit.export.mutationOptions({
      onSuccess: (result) => {
        saveText(result.filename, result.csv, 'text/csv;charset=utf-8');
        setDone(`${result.rows.toLocaleString('en-GB')} rows saved as ${result.filename}.`);
      },
    }),
  );
  return (
    <div className="audit__export">
      <Button
        variant="secondary"
        busy={exportRows.isPending}
        busyLabel="Exporting…"
        onClick={() => {
          setDone(null);
          exportRows.mutate(filters);
        }}
      >
        Export as CSV
      </Button>
      <p role="status" className="muted">
        {done}
      </p>
      {exportRows.isError ? (
        <Alert>The log could not be exported. {errorMessage(exportRows.error)}</Alert>
      ) : null}
    </div>
  );
}
