import {
  isSpokenChannel,
  recipientCategoryOfAgency,
  type Channel,
  type ConfirmationState,
  type InformationCategory,
  type MatterKind,
  type RecipientCategory,
  type ReplyState,
  type SharingCategory,
} from '@umbrella/domain';
import {
  DEMO_DIRECTORY_EXTRAS,
  STARTER_DIRECTORY,
  type StarterAgency,
  type StarterAgencyName,
} from '../directory/starter-directory.ts';
import { DEMO_CONTACTS, type DemoContactKey } from './contacts.ts';
import { ago, type StaffKey } from './story.ts';

/** A file kept with a demo communication: a one-page PDF with these lines, or an e-mail saved as text. */
export interface DemoAttachment {
  filename: string;
  kind: 'pdf' | 'email';
  lines: readonly string[];
}

/**
 * One communication of a demo client, `on` days before the anchor. Links name another communication of the same
 * client by its `key`: a reply answers an outgoing one (and every chaser of it), a chaser chases one still awaiting
 * its reply, a written one confirms a call or meeting.
 */
export interface DemoCommunication {
  key?: string;
  on: number;
  direction: 'outgoing' | 'incoming';
  channel: Channel;
  /** The counterpart: an agency of the starter directory (and one of its people), or just a name. */
  agency?: StarterAgencyName;
  contact?: DemoContactKey;
  name?: string;
  /** The index of the client's matter it belongs to; the case as a whole when left out. */
  matter?: number;
  subject: string;
  body?: string;
  /** Who logged it; the case's lead caseworker when left out. */
  by?: StaffKey;
  /** Outgoing only. A chaser always expects one. */
  expectsReply?: boolean;
  chases?: string;
  confirms?: string;
  /** Incoming only. */
  replyTo?: string;
  /** A call or meeting that will not be confirmed in writing, and why. */
  notConfirmed?: string;
  attachment?: DemoAttachment;
  /** Outgoing to someone outside the directory: the client themself, or which kind of agency they are. */
  recipient?: SharingCategory | 'client';
  /** Outgoing: what it tells about the client; by its matter's kind when left out (see sharedInformation). */
  shares?: readonly InformationCategory[];
}

const AGENCY_CATEGORIES = new Map<string, string>(
  [...STARTER_DIRECTORY, ...DEMO_DIRECTORY_EXTRAS].map((agency: StarterAgency) => [
    agency.name,
    agency.category,
  ]),
);

/**
 * Who something sent goes to, as the disclosure firewall sees it: the category of its directory agency, or the
 * recipient the story names. Null for something received, or sent to no one the firewall can place.
 */
export function recipientOf(story: DemoCommunication): RecipientCategory | null {
  if (story.direction !== 'outgoing') return null;
  if (story.agency) return recipientCategoryOfAgency(AGENCY_CATEGORIES.get(story.agency) ?? 'other');
  return story.recipient ?? null;
}

// What an ordinary letter on a matter of each kind tells about the client, beyond who they are.
const SHARED_BY_MATTER: Record<MatterKind, readonly InformationCategory[]> = {
  police_report: ['identity', 'case_details'],
  nrm_referral: ['identity', 'immigration', 'case_details'],
  asylum_claim: ['identity', 'immigration', 'case_details'],
  social_services: ['identity', 'children', 'case_details'],
};

/** What something sent tells about the client: as the story says, else what a letter on its matter would. */
export function sharedInformation(
  story: DemoCommunication,
  matterKind: MatterKind | undefined,
): InformationCategory[] {
  return [...(story.shares ?? (matterKind ? SHARED_BY_MATTER[matterKind] : ['identity', 'case_details']))];
}

/** Where a demo communication ends up once every later one has been applied to it. */
export interface ResolvedCommunication {
  story: DemoCommunication;
  date: string;
  replyState: ReplyState | null;
  /** Indexes into the client's list. */
  answeredBy: number | null;
  chaserOf: number | null;
  confirmsOf: number | null;
  confirmation: ConfirmationState | null;
  /** 1, plus one for every change a later communication made to it (chased, answered, confirmed). */
  version: number;
  /** The index of the communication whose logging last changed it (itself when nothing did). */
  lastChangedBy: number;
}

/** The counterpart as the application records it: "Contact, Agency", the agency, or the name given. */
export function counterpartLabel(story: DemoCommunication): string {
  const person = story.contact ? DEMO_CONTACTS[story.contact].name : story.name;
  return [person, story.agency].filter(Boolean).join(', ');
}

/**
 * Applies a client's communications in date order (the listed order within a day), as the application would
 * have when each was logged, and names what it would have refused.
 */
export function resolveCommunications(stories: readonly DemoCommunication[]): {
  items: ResolvedCommunication[];
  problems: string[];
} {
  const problems: string[] = [];
  const items: ResolvedCommunication[] = stories.map((story, index) => ({
    story,
    date: ago(story.on),
    replyState: null,
    answeredBy: null,
    chaserOf: null,
    confirmsOf: null,
    confirmation: null,
    version: 1,
    lastChangedBy: index,
  }));
  const byKey = new Map<string, number>();
  stories.forEach((story, index) => {
    if (!story.key) return;
    if (byKey.has(story.key)) problems.push(`communication "${story.key}" is named twice`);
    byKey.set(story.key, index);
  });
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.date.localeCompare(b.item.date) || a.index - b.index)
    .map(({ index }) => index);

  const linked = (from: number, key: string, what: string): number | null => {
    const target = byKey.get(key);
    const item = items[from] as ResolvedCommunication;
    if (target === undefined) {
      problems.push(`"${item.story.subject}" ${what} "${key}", which is not one of the client's`);
      return null;
    }
    if ((items[target] as ResolvedCommunication).date > item.date) {
      problems.push(`"${item.story.subject}" ${what} "${key}", which is dated after it`);
      return null;
    }
    return target;
  };
  const change = (target: number, by: number, apply: (item: ResolvedCommunication) => void) => {
    const item = items[target] as ResolvedCommunication;
    apply(item);
    item.version += 1;
    item.lastChangedBy = by;
  };

  for (const index of order) {
    const item = items[index] as ResolvedCommunication;
    const { story } = item;
    const problem = (message: string) => problems.push(`"${story.subject}": ${message}`);
    const spoken = isSpokenChannel(story.channel);
    if (!story.agency && !story.name) problem('needs an agency or a name');
    if (story.contact && DEMO_CONTACTS[story.contact].agency !== story.agency) {
      problem(`${story.contact} is not at ${story.agency ?? 'no agency'}`);
    }
    if (story.direction === 'incoming' && (story.expectsReply || story.chases || story.confirms)) {
      problem('something received cannot expect a reply, chase or confirm');
    }
    if (story.direction === 'outgoing' && story.replyTo) problem('something sent is not a reply');
    if (spoken && (story.chases || story.confirms)) problem('a chaser or a confirmation must be in writing');
    if (!spoken && story.notConfirmed) problem('only a call or meeting is confirmed in writing');

    if (spoken) item.confirmation = story.notConfirmed ? 'not_needed' : 'needed';
    if (story.direction === 'outgoing' && (story.expectsReply || story.chases)) item.replyState = 'awaiting';
    if (story.chases) {
      const target = linked(index, story.chases, 'chases');
      const original = target === null ? null : (items[target] as ResolvedCommunication);
      if (original && original.replyState !== 'awaiting') {
        problem(`chases "${story.chases}", which is not awaiting a reply`);
      } else if (target !== null) {
        item.chaserOf = target;
        change(target, index, (t) => (t.replyState = 'chased'));
      }
    }
    if (story.confirms) {
      const target = linked(index, story.confirms, 'confirms');
      const call = target === null ? null : (items[target] as ResolvedCommunication);
      if (call && call.confirmation !== 'needed') {
        problem(`confirms "${story.confirms}", which is not waiting to be confirmed`);
      } else if (target !== null) {
        item.confirmsOf = target;
        change(target, index, (t) => (t.confirmation = 'done'));
      }
    }
    if (story.replyTo) {
      const target = linked(index, story.replyTo, 'answers');
      const sent = target === null ? null : (items[target] as ResolvedCommunication);
      if (sent && sent.replyState !== 'awaiting' && sent.replyState !== 'chased') {
        problem(`answers "${story.replyTo}", which is not waiting for a reply`);
      } else if (target !== null) {
        for (const member of chain(items, target)) {
          const state = (items[member] as ResolvedCommunication).replyState;
          if (state !== 'awaiting' && state !== 'chased') continue;
          change(member, index, (t) => {
            t.replyState = 'answered';
            t.answeredBy = index;
          });
        }
      }
    }
  }
  return { items, problems };
}

/** The letter a reply answers and every chaser of it: back to the original, then forward through its chasers. */
function chain(items: readonly ResolvedCommunication[], start: number): number[] {
  let original = start;
  while ((items[original] as ResolvedCommunication).chaserOf !== null) {
    original = (items[original] as ResolvedCommunication).chaserOf as number;
  }
  const members = [original];
  for (let i = 0; i < members.length; i += 1) {
    items.forEach((item, index) => {
      if (item.chaserOf === members[i] && !members.includes(index)) members.push(index);
    });
  }
  return members;
}
