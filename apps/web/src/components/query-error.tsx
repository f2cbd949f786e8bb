import { errorMessage } from '../lib/errors.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

interface QueryErrorProps {
  /** What could not be loaded: "The clients could not be loaded". */
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A read that failed: what is missing, why, and a way to ask again without reloading the page. */
export function QueryError({ title, error, onRetry }: QueryErrorProps) {
  return (
    <Alert title={title}>
      <p>{errorMessage(error)}</p>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
