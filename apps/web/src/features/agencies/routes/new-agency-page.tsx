import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { setFlash } from '../../../components/flash.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { useTRPC } from '../../../trpc.ts';
import { AGENCY_FIELDS, AgencyForm } from '../components/agency-form.tsx';

export function NewAgencyPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.agencies.create.mutationOptions({
      onSuccess: async (agency) => {
        queryClient.setQueryData(trpc.agencies.get.queryKey({ id: agency.id }), { ...agency, contacts: [] });
        void queryClient.invalidateQueries(trpc.agencies.list.pathFilter());
        setFlash('The agency has been added to the directory.');
        await navigate({ to: '/agencies/$agencyId', params: { agencyId: agency.id } });
      },
    }),
  );
  return (
    <Page title="Add an agency">
      <p className="back-link">
        <Link to="/agencies">Back to agencies</Link>
      </p>
      <AgencyForm
        submitLabel="Add agency"
        busy={create.isPending}
        messages={<FormError error={create.error} fields={AGENCY_FIELDS} />}
        onSubmit={(values) => create.mutateAsync(values)}
        cancel={<Link to="/agencies">Cancel</Link>}
      />
    </Page>
  );
}
