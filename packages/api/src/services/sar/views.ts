import type { SarChannel, SarStatus } from '@umbrella/domain';
import type { PersonRef } from '../clients/views.ts';

/** A client's request for their data, with its one-month deadline. */
export interface SarView {
  id: string;
  version: number;
  receivedOn: string;
  receivedVia: SarChannel;
  identityChecked: boolean;
  note: string | null;
  /** The `sar.response` deadline on the case: when the answer is due, and how that was worked out. */
  due: string;
  dueExplanation: string;
  deadlineId: string;
  status: SarStatus;
  completedOn: string | null;
  completionNote: string | null;
  recordedBy: PersonRef;
  lastExportedAt: string | null;
}

export interface ClientSarsView {
  requests: SarView[];
  /** Staff who may change the record may record a request or mark one answered. */
  canRecord: boolean;
  /** Supervisors only download the bundle. */
  canExport: boolean;
}
