import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
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
 * Focuses the page's heading after a client-side navigation (not on the first page load, which leaves focus
 * for the skip link). For pages that render their own h1 (with `tabIndex={-1}`) instead of using `Page`.
 */
export function useFocusAfterNavigation(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, [ref]);
}

/**
 * Sets the title and renders the page's h1. After a client-side navigation the h1 takes focus, so screen
 * reader users hear where they are (on the first page load focus is left alone, for the skip link).
 */
export function Page({ title, heading, children }: PageProps) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
