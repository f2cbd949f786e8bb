import { errorMessage } from '../lib/errors.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

/** What the foot of a list needs from its infinite query. */
interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

interface ShowMoreProps {
  query: NextPage;
  /** The button's words: "Show more clients". */
  label?: string;
  /** What the list holds, in the plural, for the error: "More clients could not be loaded." */
  what: string;
}

/**
 * The foot of a list read a page at a time: a button for the next page while there is one, and why the
 * last one failed. A failed next page keeps the rows already shown, so it is said here, not instead of them.
 */
export function ShowMore({ query, label = 'Show more', what }: ShowMoreProps) {
  return (
    <>
      {query.hasNextPage ? (
        <Button
          variant="secondary"
          busy={query.isFetchingNextPage}
          busyLabel="Loading…"
          onClick={() => void query.fetchNextPage()}
        >
          {label}
        </Button>
      ) : null}
      {query.isFetchNextPageError ? (
        <Alert>
          More {what} could not be loaded. {errorMessage(query.error)}
        </Alert>
      ) : null}
    </>
  );
}
