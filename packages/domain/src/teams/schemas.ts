import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { requiredText } from '../common/schemas.ts';

export const TEAM_MEMBERS_MAX = 200;

export const createTeamInput = z.object({ name: requiredText(100, 'Team name') });

/** The whole membership of a team: it replaces the list. */
export const setTeamMembersInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  userIds: z
    .array(uuidSchema)
    .max(TEAM_MEMBERS_MAX, `A team can have at most ${TEAM_MEMBERS_MAX} members`)
    .transform((ids) => [...new Set(ids)]),
});
