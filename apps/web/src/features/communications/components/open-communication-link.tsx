import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * Opens one of the client's communications on their page (`?communication=<id>`), from the page itself: the
 * timeline, or another communication it chases, answers or confirms.
 */
export function OpenCommunicationLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="." search={(prev) => ({ ...prev, communication: id })} resetScroll={false}>
      {children}
    </Link>
  );
}
