import type { RiskFlag, SafeContact } from '@umbrella/domain';
import type { MatterView } from '../matters/matter-view.ts';

/** A member of staff, as shown beside a record. */
export interface PersonRef {
  id: string;
  displayName: string;
}

/** A row of the client list. */
export interface ClientSummary {
  id: string;
  displayName: string;
  pronouns: string | null;
  keyWorker: PersonRef | null;
  restricted: boolean;
  riskFlags: RiskFlag[];
  caseStatus: 'open' | 'closed';
  archived: boolean;
  matters: { kind: MatterView['kind']; stage: string; stageLabel: string }[];
  /** What the search matched, when searching. */
  match: { field: 'display_name' | 'alias' | 'reference'; text: string } | null;
}

export interface ClientProfile {
  id: string;
  version: number;
  displayName: string;
  dateOfBirth: string | null;
  dateOfBirthPrecision: 'exact' | 'approximate' | 'unknown';
  nationality: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  pronouns: string | null;
  safeContact: SafeContact;
  riskFlags: RiskFlag[];
  keyWorker: PersonRef | null;
  team: { id: string; name: string } | null;
  restricted: boolean;
  notes: string | null;
  archivedAt: string | null;
  /** When retention anonymised the record (it is then archived too, and can no longer be changed). */
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
  aliases: {
    id: string;
    name: string;
    kind: 'legal' | 'alias' | 'previous';
    knownToAgencies: { id: string; name: string }[];
    notes: string | null;
  }[];
  case: {
    id: string;
    version: number;
    status: 'open' | 'closed';
    openedOn: string;
    closedOn: string | null;
    leadCaseworker: PersonRef | null;
  };
  matters: MatterView[];
}
