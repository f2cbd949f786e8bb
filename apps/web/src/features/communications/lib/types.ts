import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

export type CommunicationView = RouterOutputs['communications']['get'];
export type CommunicationAttachment = CommunicationView['attachments'][number];
export type CommunicationPage = RouterOutputs['communications']['list'];
export type CreateCommunicationInput = RouterInputs['communications']['create'];
export type UpdateCommunicationInput = RouterInputs['communications']['update'];
export type ChaserDraftView = RouterOutputs['communications']['draftChaser'];
export type UploadedFile = Omit<CommunicationAttachment, 'id'> & { id: string };
