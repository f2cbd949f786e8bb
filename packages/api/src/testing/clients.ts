import {
  SHARING_CATEGORIES,
  type createClientInput,
  type openMatterInput,
  type SharingCategory,
} from '@umbrella/domain';
import type { z } from 'zod';
import type { TestBrowser } from './harness.ts';

type ClientInput = z.input<typeof createClientInput>;

/** A valid new client; override what a test is about. */
export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    displayName: 'Test Client',
    safeContact: { call: true, text: true, voicemail: false, post: false },
    ...overrides,
  };
}

/** Creates a client through the API and returns its id and case file id. */
export async function createClientVia(
  browser: TestBrowser,
  overrides: Partial<ClientInput> = {},
): Promise<{ id: string; version: number; caseId: string }> {
  const created = await (await browser.call()).clients.create(clientInput(overrides));
  const profile = await (await browser.call()).clients.get({ id: created.id });
  return { ...created, caseId: profile.case.id };
}

export type OpenMatterInput = z.input<typeof openMatterInput>;

/** Opens a matter through the API; by default an asylum claim just claimed, with nothing but the details given. */
export async function openMatterVia(browser: TestBrowser, input: OpenMatterInput) {
  return (await browser.call()).matters.open(input);
}

/**
 * Records the client's verbal consent (given on 1 Nov 2026) to share with the given kinds of agency, by default
 * every one, so that tests logging letters to agencies pass the disclosure firewall.
 */
export async function recordConsentVia(
  browser: TestBrowser,
  personId: string,
  categories: SharingCategory[] = [...SHARING_CATEGORIES],
) {
  return (await browser.call()).consents.record({
    personId,
    categories,
    method: 'verbal',
    givenOn: '2026-11-01',
  });
}
