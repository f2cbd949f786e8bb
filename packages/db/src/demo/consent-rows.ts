import type { FieldCipher } from '../crypto/cipher.ts';
import { randomUUID } from 'node:crypto';
import {
  communicationHeading,
  decideDisclosure,
  type ConsentFacts,
  type MatterKind,
  type RecipientCategory,
} from '@umbrella/domain';
import type { documents } from '../schema/communications.ts';
import type { consents, disclosures } from '../schema/disclosures.ts';
import { demoFile } from './attachment-files.ts';
import { counterpartLabel, sharedInformation, type DemoCommunication } from './communication-story.ts';
import { consentFacts, withdrawnAt, type DemoConsent } from './consent-story.ts';
import { ago } from './story.ts';

export interface ClientConsentRows {
  consents: (typeof consents.$inferInsert)[];
  /** The scanned forms, kept as documents attached to their consent. */
  forms: (typeof documents.$inferInsert)[];
  /** The same consents as the firewall reads them. */
  facts: ConsentFacts[];
}

/**
 * A client's consents as the application would have recorded them: each on the day it was given (just before
 * anything else that day, never before the case was opened), a withdrawn one marked so by whoever recorded the
 * withdrawal, a scanned form kept as an attached document.
 */
export function consentRows(
  stories: readonly DemoConsent[],
  client: { personId: string; opened: string; staff: (key: DemoConsent['by']) => string },
  cipher: FieldCipher,
): ClientConsentRows {
  const rows: ClientConsentRows = { consents: [], forms: [], facts: [] };
  const ids = stories.map(() => randomUUID());
  rows.facts = consentFacts(stories, ids);
  const caseOpened = Date.parse(`${client.opened}T09:00:00Z`);
  stories.forEach((consent, index) => {
    const givenOn = ago(consent.on);
    const at = new Date(Math.max(Date.parse(`${givenOn}T08:59:00Z`), caseOpened));
    const recordedById = client.staff(consent.by);
    let documentId: string | null = null;
    if (consent.form) {
      const file = demoFile(consent.form);
      documentId = randomUUID();
      rows.forms.push({
        id: documentId,
        personId: client.personId,
        communicationId: null,
        uploadedById: recordedById,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        content: cipher.sealBytes('documents.content', file.content),
        attachedAt: at,
        createdAt: at,
        updatedAt: at,
      });
    }
    const withdrawal = withdrawnAt(consent);
    rows.consents.push({
      id: ids[index],
      version: withdrawal ? 2 : 1,
      personId: client.personId,
      categories: [...consent.categories],
      method: consent.method,
      givenOn,
      documentId,
      scope: consent.scope ?? null,
      recordedById,
      withdrawnAt: withdrawal,
      withdrawnById: consent.withdrawn ? client.staff(consent.withdrawn.by) : null,
      withdrawalNote: consent.withdrawn?.note ?? null,
      createdAt: at,
      updatedAt: withdrawal ?? at,
    });
  });
  return rows;
}

/**
 * The disclosure the application records when something sent is logged: to the client, or to an agency on the
 * client's consent in force that day (decideDisclosure decides, as communications.create does). A story that
 * would have needed a supervisor's approval is a mistake in the demo data.
 */
export function communicationDisclosure(args: {
  story: DemoCommunication;
  recipient: RecipientCategory;
  facts: readonly ConsentFacts[];
  matterKind: MatterKind | undefined;
  personId: string;
  caseId: string;
  communicationId: string;
  agencyId: string | null;
  recordedById: string;
  date: string;
  at: Date;
}): typeof disclosures.$inferInsert {
  const { story, recipient, at } = args;
  const decision = decideDisclosure(recipient, args.facts, at, args.date);
  if (decision.outcome === 'needs_approval') {
    throw new Error(
      `Demo data: "${story.subject}" would need a supervisor's approval. ${decision.explanation}`,
    );
  }
  return {
    personId: args.personId,
    caseId: args.caseId,
    kind: 'communication',
    status: 'made',
    recipientCategory: recipient,
    agencyId: args.agencyId,
    recipientLabel: counterpartLabel(story),
    informationShared: sharedInformation(story, args.matterKind),
    basis: decision.basis,
    consentId: decision.outcome === 'consented' ? decision.consentId : null,
    description: communicationHeading(story.channel, story.direction),
    communicationId: args.communicationId,
    requestedById: args.recordedById,
    madeAt: at,
    createdAt: at,
    updatedAt: at,
  };
}
