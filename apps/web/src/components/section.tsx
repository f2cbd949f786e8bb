import { useId, type ReactNode } from 'react';

/** A titled part of a page: a landmark region named by its h2, so it can be found by name. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
