import type { ReactNode } from 'react';

/** The heading of a column of figures, set right like the figures under it. */
export function NumberHead({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="table__number">
      {children}
    </th>
  );
}
