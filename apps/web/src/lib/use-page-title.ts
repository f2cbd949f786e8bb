import { useEffect } from 'react';

/** "Users · Umbrella". Titles name the page, never a person: they end up in history, tabs and screen shares. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Umbrella`;
  }, [title]);
}
