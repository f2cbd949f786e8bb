import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Button } from './button.tsx';
import { Page } from './page.tsx';
import { PublicLayout } from './public-layout.tsx';

export function NotFoundPage() {
  return (
    <PublicLayout>
      <Page title="Page not found">
        <p>
          There is no page at this address. Check it for typing mistakes, or start again from the home page.
        </p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </Page>
    </PublicLayout>
  );
}

export function NoAccessPage({ children }: { children?: ReactNode }) {
  return (
    <Page title="No access" heading="You do not have access to this page">
      {children ?? (
        <p>This page is for administrators. If you need it for your work, ask an administrator.</p>
      )}
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </Page>
  );
}

/** The content of a failed page. Never shows the error itself: it may hold internals or personal data. */
export function RouteError({ reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Page title="Something went wrong">
      <p>
        Umbrella could not show this page. Please try again. If it keeps happening, tell your administrator.
      </p>
      <Button
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        Try again
      </Button>
    </Page>
  );
}

/** For errors above every layout (e.g. the server could not be reached at start-up). */
export function RootRouteError(props: ErrorComponentProps) {
  return (
    <PublicLayout>
      <RouteError {...props} />
    </PublicLayout>
  );
}
