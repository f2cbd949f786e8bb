import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/button.tsx';

interface DrillDownProps {
  /** What the list shows: "Cases with items overdue, week ending 23 Nov 2026". */
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The cases behind one figure of a chart, opened below it. Its heading takes focus when it opens (or shows
 * another figure), so keyboard and screen reader users land on it.
 */
export function DrillDown({ title, onClose, children }: DrillDownProps) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title]);
  return (
    <section className="drill-down" aria-labelledby={id}>
      <div className="drill-down__head">
        <h3 id={id} ref={ref} tabIndex={-1}>
          {title}
        </h3>
        <Button variant="secondary" className="button--small" onClick={onClose}>
          Close
        </Button>
      </div>
      {children}
    </section>
  );
}
