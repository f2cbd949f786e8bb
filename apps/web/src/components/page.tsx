import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';

let firstPage = true;

interface PageProps {
  /** For the document title: names the page, never a person. */
  title: string;
  /** The visible heading, when it should differ from the title. */
  heading?: ReactNode;
  children?: ReactNode;
}

/**
 * Sets the title and renders the page's h1. After a client-side navigation the h1 takes focus, so screen
 * reader users hear where they are (on the first page load focus is left alone, for the skip link).
 */
export function Page({ title, heading, children }: PageProps) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
