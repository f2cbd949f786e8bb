import { useId, type ReactNode } from 'react';

/** One list of the digest: a region named by its heading with how many there are ("Overdue (3)"). */
export function DigestList({
  title,
  intro,
  empty,
  count,
  shown = count,
  tone,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** Said, in plain words, when there is nothing. */
  empty: string;
  /** How many there are in all. */
  count: number;
  /** How many are listed, when the list is cut short. */
  shown?: number;
  tone?: 'overdue';
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      className={['section', 'work-list', tone && count > 0 ? `work-list--${tone}` : '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={id}
    >
      <h2 id={id}>
        {title} <span className="work-list__count">({count})</span>
      </h2>
      {count === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          {intro ? <p className="muted">{intro}</p> : null}
          {shown < count ? (
            <p>
              The first {shown} of {count} are shown.
            </p>
          ) : null}
          <ol className="work-rows">{children}</ol>
        </>
      )}
    </section>
  );
}
