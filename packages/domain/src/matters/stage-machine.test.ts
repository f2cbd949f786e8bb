import { describe, expect, it } from 'vitest';
import {
  asylumClaimMachine,
  MATTER_KINDS,
  nrmReferralMachine,
  policeReportMachine,
  socialServicesMachine,
  STAGE_MACHINES,
} from './kinds.ts';
import { checkTransition, CLOSED, nextStages, type StageMachine } from './stage-machine.ts';

describe.each(MATTER_KINDS)('the %s stage machine', (kind) => {
  const machine = STAGE_MACHINES[kind];

  it('is complete: every stage has moves, a label, and only names known stages', () => {
    for (const stage of machine.stages) {
      expect(machine.transitions[stage], stage).toBeDefined();
      expect(machine.labels[stage], stage).toBeTruthy();
      for (const to of machine.transitions[stage] ?? []) expect(machine.stages).toContain(to);
    }
    for (const stage of machine.initial) expect(machine.stages).toContain(stage);
  });

  it('allows every listed move and closing from any open stage', () => {
    for (const from of machine.stages) {
      if (from === CLOSED) continue;
      for (const to of machine.transitions[from] ?? [])
        expect(checkTransition(machine, from, to)).toEqual({ ok: true });
      expect(checkTransition(machine, from, CLOSED)).toEqual({ ok: true });
    }
  });

  it('refuses every unlisted move with a message naming both stages', () => {
    for (const from of machine.stages) {
      for (const to of machine.stages) {
        if (from === to || to === CLOSED || from === CLOSED) continue;
        if ((machine.transitions[from] ?? []).includes(to)) continue;
        const result = checkTransition(machine, from, to);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.message).toContain(machine.labels[from]);
          expect(result.message).toContain(machine.labels[to]);
        }
      }
    }
  });

  it('moves nowhere from closed until reopened', () => {
    expect(nextStages(machine, CLOSED)).toEqual([]);
    const result = checkTransition(machine, CLOSED, machine.initial[0] ?? '');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Reopen it/) });
  });
});

describe('sample journeys', () => {
  const walk = (machine: StageMachine<string>, path: string[]) => {
    for (let i = 1; i < path.length; i++) {
      expect(
        checkTransition(machine, path[i - 1] ?? '', path[i] ?? ''),
        `${path[i - 1]} -> ${path[i]}`,
      ).toEqual({
        ok: true,
      });
    }
  };

  it('follows an asylum claim through refusal, appeal and grant', () => {
    walk(asylumClaimMachine, [
      'intending_to_claim',
      'claimed',
      'screened',
      'interview_booked',
      'interviewed',
      'awaiting_decision',
      'refused',
      'appeal_lodged',
      'hearing_listed',
      'appeal_allowed',
      'granted',
    ]);
  });

  it('follows an NRM referral through a negative RG, reconsideration and a positive CG', () => {
    walk(nrmReferralMachine, [
      'referral_considered',
      'referred',
      'rg_negative',
      'reconsideration_requested',
      'rg_positive',
      'cg_positive',
    ]);
  });

  it('follows a police report to no further action and a review', () => {
    walk(policeReportMachine, [
      'reported',
      'crime_recorded',
      'investigating',
      'no_further_action',
      'review_requested',
      'charged',
      'at_court',
      'convicted',
    ]);
  });

  it('follows a social services referral to a child protection plan', () => {
    walk(socialServicesMachine, [
      'referral_received',
      'assessment',
      'strategy_discussion',
      's47_enquiry',
      'icpc_booked',
      'child_protection_plan',
    ]);
  });

  it('refuses the jumps a caseworker might try by mistake', () => {
    expect(checkTransition(asylumClaimMachine, 'claimed', 'granted')).toMatchObject({
      ok: false,
      message:
        'A matter at "Claimed" cannot move to "Granted". From here it can move to: Screened, Withdrawn, Closed.',
    });
    expect(checkTransition(nrmReferralMachine, 'referred', 'cg_positive').ok).toBe(false);
    expect(checkTransition(policeReportMachine, 'reported', 'convicted').ok).toBe(false);
    expect(checkTransition(socialServicesMachine, 'referral_received', 'child_protection_plan').ok).toBe(
      false,
    );
    expect(checkTransition(asylumClaimMachine, 'claimed', 'made_up')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a stage/),
    });
  });
});
