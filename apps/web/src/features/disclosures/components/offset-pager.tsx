import { Button } from '../../../components/button.tsx';

interface OffsetPagerProps {
  /** Names the navigation: "Pages of disclosures". */
  label: string;
  offset: number;
  limit: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** Previous and next page of a list read by offset; nothing when it all fits on one page. */
export function OffsetPager({ label, offset, limit, shown, total, onOffset }: OffsetPagerProps) {
  if (offset === 0 && shown >= total) return null;
  return (
    <nav className="button-row offset-pager" aria-label={label}>
      <Button
        variant="secondary"
        className="button--small"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - limit))}
      >
        Previous page
      </Button>
      <Button
        variant="secondary"
        className="button--small"
        disabled={offset + shown >= total}
        onClick={() => onOffset(offset + limit)}
      >
        Next page
      </Button>
    </nav>
  );
}
