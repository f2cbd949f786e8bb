import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** For pages seen before signing in (and for errors): the name of the app, then a narrow column. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="brand">Umbrella</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main main--narrow">
        {children ?? <Outlet />}
      </main>
    </>
  );
}
