import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { breakGlassBannerText, msUntilEnd } from '../lib/break-glass.ts';

/**
 * On a restricted client's page opened with break-glass: until when, and that it is recorded. When the
 * access ends the page reads the record again, and is refused (offering break-glass again).
 */
export function BreakGlassBanner({ client }: { client: { id: string; restricted: boolean } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  // Only a caseworker on a restricted record can hold a grant: nobody else asks.
  const query = useQuery({
    ...trpc.breakGlass.mine.queryOptions({ personId: client.id }),
    enabled: client.restricted && user.role === 'caseworker',
  });
  const grant = query.data ?? null;

  useEffect(() => {
    if (!grant) return undefined;
    const wait = msUntilEnd(grant.expiresAt, new Date());
    if (wait === null) return undefined;
    const timer = setTimeout(() => {
      void queryClient.invalidateQueries(trpc.breakGlass.mine.queryFilter({ personId: client.id }));
      void queryClient.invalidateQueries(trpc.clients.pathFilter());
    }, wait + 1000);
    return () => clearTimeout(timer);
  }, [grant, client.id, queryClient, trpc]);

  if (!grant) return null;
  return (
    <Alert tone="info" title="Opened with break-glass">
      <p>{breakGlassBannerText(grant.expiresAt, new Date())}</p>
    </Alert>
  );
}
