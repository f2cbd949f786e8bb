import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, Fieldset } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import type { UserSummary } from '../../../lib/api-types.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { roleText } from '../../admin-users/lib/user-labels.ts';
import { canBeOnTeam, sameMembers, type Team } from '../lib/teams.ts';

export const TEAM_CONFLICT_MESSAGE =
  'Someone else changed this team while you were editing. Reload to see their changes, then make yours again.';

interface TeamMembersFormProps {
  team: Team;
  /** Every user, by name. */
  users: UserSummary[];
}

/**
 * Ticks who is on the team and saves the whole list, with the version it started from: if someone else saved
 * in between, the server answers CONFLICT instead of silently undoing their changes.
 */
export function TeamMembersForm({ team, users }: TeamMembersFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState({ version: team.version, memberIds: team.memberIds });
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(team.memberIds));
  const [reloaded, setReloaded] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const dirty = !sameMembers(selected, base.memberIds);

  // A newer copy arrived (a refresh) while nothing is ticked or unticked here: show it.
  useEffect(() => {
    if (team.version > base.version && !dirty) {
      setBase({ version: team.version, memberIds: team.memberIds });
      setSelected(new Set(team.memberIds));
    }
  }, [team, base.version, dirty]);

  const save = useMutation(
    trpc.teams.setMembers.mutationOptions({
      onSuccess: (saved, sent) => {
        setBase({ version: saved.version, memberIds: sent.userIds });
        setReloaded(false);
        queryClient.setQueryData(trpc.teams.list.queryKey(), (old) =>
          old
            ? {
                items: old.items.map((t) =>
                  t.id === saved.id ? { ...t, version: saved.version, memberIds: sent.userIds } : t,
                ),
              }
            : old,
        );
        void queryClient.invalidateQueries(trpc.teams.list.queryFilter());
      },
    }),
  );
  const conflict = errorCode(save.error) === 'CONFLICT';

  const reload = async () => {
    setReloadError(null);
    try {
      const latest = await queryClient.fetchQuery(trpc.teams.list.queryOptions(undefined, { staleTime: 0 }));
      const fresh = latest.items.find((t) => t.id === team.id);
      if (fresh) {
        setBase({ version: fresh.version, memberIds: fresh.memberIds });
        setSelected(new Set(fresh.memberIds));
      }
      save.reset();
      setReloaded(true);
      // The button that had focus is gone: continue from the list of people.
      formRef.current?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    } catch (error) {
      setReloadError(error);
    }
  };

  const toggle = (id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  // Those who can be chosen, and anyone still on the team who no longer could (so they can be taken off).
  const eligible = users.filter(canBeOnTeam);
  const leftovers = users.filter((user) => !canBeOnTeam(user) && base.memberIds.includes(user.id));

  const checkbox = (user: UserSummary) => (
    <CheckboxField
      key={user.id}
      label={user.displayName}
      hint={`${roleText(user)}${user.active ? '' : ', deactivated'}`}
      name="userIds"
      value={user.id}
      checked={selected.has(user.id)}
      onChange={(event) => toggle(user.id, event.target.checked)}
    />
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: team.id, version: base.version, userIds: [...selected] });
      }}
    >
      {save.isSuccess && !dirty ? <Alert tone="success">The members have been saved.</Alert> : null}
      {reloaded && !dirty ? (
        <Alert tone="info">The latest members are shown. Make your changes again, then save.</Alert>
      ) : null}
      {conflict ? (
        <Alert>
          <p>{TEAM_CONFLICT_MESSAGE}</p>
          {reloadError ? <p>The team could not be reloaded. {errorMessage(reloadError)}</p> : null}
          <Button variant="secondary" onClick={() => void reload()}>
            Reload
          </Button>
        </Alert>
      ) : (
        <FormError error={save.error} />
      )}
      {eligible.length === 0 ? (
        <p>There are no active caseworkers or supervisors yet. Add them on the users page first.</p>
      ) : (
        <Fieldset
          legend="Who is on this team"
          hint="Active caseworkers and supervisors. Tick everyone who should be on this team."
        >
          <div className="checkbox-grid">{eligible.map(checkbox)}</div>
        </Fieldset>
      )}
      {leftovers.length > 0 ? (
        <Fieldset
          legend="Others still on this team"
          hint="They are deactivated or now volunteers, so they cannot see this team’s restricted clients. Untick them to take them off the team."
        >
          <div className="checkbox-grid">{leftovers.map(checkbox)}</div>
        </Fieldset>
      ) : null}
      <p className="result-count">
        {selected.size === 1 ? '1 member chosen' : `${selected.size} members chosen`}
      </p>
      <Button type="submit" busy={save.isPending}>
        Save members
      </Button>
    </form>
  );
}
