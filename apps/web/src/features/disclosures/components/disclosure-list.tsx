import { useEffect, useRef, useState } from 'react';
import { pageRangeText } from '../lib/format.ts';
import type { DisclosureView, QueuedDisclosure } from '../lib/types.ts';
import { DisclosureItem } from './disclosure-item.tsx';
import { OffsetPager } from './offset-pager.tsx';

interface DisclosureListProps {
  items: readonly (DisclosureView | QueuedDisclosure)[];
  total: number;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  /** The list's name and its count's words. */
  label: string;
  words: { none: string; one: string; many: string; items: string };
  /** Whether the page is being read again (a refresh, another page). */
  busy: boolean;
}

/**
 * A page of disclosures with its count and pages. What a decision or cancellation did is said above the
 * list and takes focus: the item it was made on may leave the list.
 */
export function DisclosureList({
  items,
  total,
  offset,
  limit,
  onOffset,
  label,
  words,
  busy,
}: DisclosureListProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <div aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="success-text">
            {notice}
          </p>
        ) : null}
      </div>
      <p ref={countRef} tabIndex={-1} role="status" className="result-count" aria-busy={busy}>
        {pageRangeText(offset, items.length, total, words)}
      </p>
      {items.length > 0 ? (
        <ol className="disclosure-list" aria-label={label}>
          {items.map((d) => (
            <DisclosureItem
              key={d.id}
              disclosure={d}
              client={'client' in d ? d.client : undefined}
              clientLimits={'clientLimits' in d ? d.clientLimits : undefined}
              onNotice={setNotice}
            />
          ))}
        </ol>
      ) : null}
      <OffsetPager
        label={`Pages of ${words.items}`}
        offset={offset}
        limit={limit}
        shown={items.length}
        total={total}
        onOffset={(next) => {
          setNotice(null);
          onOffset(next);
          // The button pressed may be disabled on the new page: carry on from the count.
          countRef.current?.focus();
        }}
      />
    </>
  );
}
