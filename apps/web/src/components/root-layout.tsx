import { Outlet } from '@tanstack/react-router';
import { DemoBanner } from './demo-banner.tsx';
import { SkipLink } from './skip-link.tsx';

export function RootLayout() {
  return (
    <>
      <SkipLink />
      <DemoBanner />
      <Outlet />
    </>
  );
}
