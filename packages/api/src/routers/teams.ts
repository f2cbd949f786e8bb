import { createTeamInput, setTeamMembersInput } from '@umbrella/domain';
import { createTeam } from '../services/teams/create-team.ts';
import { listTeams } from '../services/teams/list-teams.ts';
import { setTeamMembers } from '../services/teams/set-team-members.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

export const teamsRouter = router({
  list: authedProcedure.query(({ ctx }) => listTeams(ctx)),
  create: adminProcedure.input(createTeamInput).mutation(({ ctx, input }) => createTeam(ctx, input)),
  setMembers: adminProcedure
    .input(setTeamMembersInput)
    .mutation(({ ctx, input }) => setTeamMembers(ctx, input)),
});
