import {
  CLOSED,
  checkTransition,
  decideDisclosure,
  isSharingCategory,
  RECIPIENT_CATEGORY_LABELS,
  SHARING_CATEGORY_LABELS,
  STAGE_MACHINES,
} from '@umbrella/domain';
import { recipientOf, resolveCommunications } from './communication-story.ts';
import { consentFacts } from './consent-story.ts';
import { DEMO_CONTACTS } from './contacts.ts';
import { ago, DEMO_ANCHOR_DATE, DEMO_TEAMS, type DemoClient } from './story.ts';

/** The earliest date a demo timeline event may have: two years before the anchor. */
export const DEMO_EARLIEST_DATE = ago(730);

/**
 * Checks the demo stories before they are loaded: every matter starts at an initial stage of its kind and moves
 * only through allowed transitions, on strictly later dates, within the two years before the anchor; a closed
 * case has only closed matters; contacts belong to the matter's agency; key workers are on the client's team;
 * communications lie within the case (and after their matter opened), link only as the application allows, and
 * leave nothing waiting in a closed case; consents lie within the case, and everything sent went to the client
 * or to a kind of agency the client had agreed to that day, as the disclosure firewall would have required.
 * Returns the problems found, one line each.
 */
export function demoStoryProblems(clients: readonly DemoClient[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const client of clients) {
    const who = client.displayName;
    const problem = (message: string) => problems.push(`${who}: ${message}`);
    if (names.has(who)) problem('display name used twice');
    names.add(who);
    const team = DEMO_TEAMS[client.team];
    if (!(team.members as readonly string[]).includes(client.keyWorker))
      problem('key worker is not on the team');

    const { caseFile } = client;
    const opened = ago(caseFile.opened);
    const closed = caseFile.closed === undefined ? undefined : ago(caseFile.closed);
    const last = closed ?? DEMO_ANCHOR_DATE;
    const inCase = (date: string, what: string) => {
      if (date < opened || date > last)
        problem(`${what} on ${date} is outside the case (${opened} to ${last})`);
    };
    if (opened < DEMO_EARLIEST_DATE) problem(`case opened ${opened}, more than two years before the anchor`);
    if (closed !== undefined && closed < opened) problem('case closed before it opened');
    for (const note of caseFile.notes ?? []) inCase(ago(note.on), 'case note');

    client.matters.forEach((matter, index) => {
      const label = `matter ${index + 1} (${matter.kind})`;
      const machine = STAGE_MACHINES[matter.kind];
      const [first, ...rest] = matter.steps;
      if (!first) return problem(`${label} has no steps`);
      if (!machine.initial.includes(first.stage)) problem(`${label} cannot start at "${first.stage}"`);
      let stage = first.stage;
      let date = ago(first.on);
      inCase(date, `${label} opened`);
      for (const step of rest) {
        const check = checkTransition(machine, stage, step.stage);
        if (!check.ok) problem(`${label}: ${check.message}`);
        const next = ago(step.on);
        if (next <= date) problem(`${label}: "${step.stage}" on ${next} is not after "${stage}" on ${date}`);
        inCase(next, `${label} "${step.stage}"`);
        stage = step.stage;
        date = next;
      }
      if (closed !== undefined && stage !== CLOSED) problem(`${label} is still open in a closed case`);
      for (const note of matter.notes ?? []) inCase(ago(note.on), `${label} note`);
      if (matter.contact && DEMO_CONTACTS[matter.contact].agency !== matter.agency) {
        problem(`${label}: contact ${matter.contact} is not at ${matter.agency}`);
      }
    });

    const consents = client.consents ?? [];
    consents.forEach((consent, index) => {
      const label = `consent ${index + 1}`;
      const given = ago(consent.on);
      inCase(given, label);
      if (consent.categories.length === 0) problem(`${label} covers no kind of agency`);
      if (new Set(consent.categories).size !== consent.categories.length) {
        problem(`${label} names a kind of agency twice`);
      }
      if (consent.form && consent.method !== 'written') problem(`${label}: only written consent has a form`);
      if (consent.withdrawn) {
        const withdrawn = ago(consent.withdrawn.on);
        if (withdrawn < given)
          problem(`${label} is withdrawn on ${withdrawn}, before it was given on ${given}`);
        inCase(withdrawn, `${label} withdrawn`);
      }
    });
    // As the firewall would have seen them at the end of each day (a withdrawal that day counts).
    const facts = consentFacts(consents, []);

    const communications = resolveCommunications(client.communications ?? []);
    for (const message of communications.problems) problem(`communication ${message}`);
    for (const item of communications.items) {
      const what = `communication "${item.story.subject}"`;
      inCase(item.date, what);
      if (item.story.matter !== undefined) {
        const matter = client.matters[item.story.matter];
        const opened = matter?.steps[0] ? ago(matter.steps[0].on) : undefined;
        if (!opened) problem(`${what} names matter ${item.story.matter + 1}, which does not exist`);
        else if (item.date < opened)
          problem(`${what} on ${item.date} is before its matter opened on ${opened}`);
      }
      if (closed !== undefined && (item.replyState === 'awaiting' || item.confirmation === 'needed')) {
        problem(`${what} is still waiting in a closed case`);
      }
      const { story } = item;
      if (story.direction === 'incoming') {
        if (story.recipient || story.shares) problem(`${what}: only something sent has a recipient`);
        continue;
      }
      if (story.agency && story.recipient) problem(`${what}: its agency says who it goes to`);
      const recipient = recipientOf(story);
      if (!recipient) {
        problem(`${what} is sent to no agency: say who it goes to`);
        continue;
      }
      const decision = decideDisclosure(recipient, facts, new Date(`${item.date}T23:59:59Z`), item.date);
      if (decision.outcome === 'needs_approval') {
        const to = isSharingCategory(recipient)
          ? SHARING_CATEGORY_LABELS[recipient]
          : RECIPIENT_CATEGORY_LABELS[recipient];
        problem(`${what} on ${item.date} goes to ${to} without the client’s consent`);
      }
    }
  }
  return problems;
}
