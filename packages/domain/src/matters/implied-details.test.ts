import { describe, expect, it } from 'vitest';
import { detailsImpliedByStage } from './implied-details.ts';

describe('detailsImpliedByStage', () => {
  it('records an asylum decision with its date', () => {
    expect(detailsImpliedByStage('asylum_claim', 'refused', '2026-03-02')).toEqual({
      decision: 'refused',
      decisionDate: '2026-03-02',
    });
  });

  it('records NRM decisions as positive or negative', () => {
    expect(detailsImpliedByStage('nrm_referral', 'rg_negative', '2026-01-05')).toEqual({
      reasonableGroundsDecision: 'negative',
      reasonableGroundsDate: '2026-01-05',
    });
    expect(detailsImpliedByStage('nrm_referral', 'cg_positive', '2026-06-01')).toMatchObject({
      conclusiveGroundsDecision: 'positive',
    });
  });

  it('implies nothing for stages that are not decisions or dated events', () => {
    expect(detailsImpliedByStage('asylum_claim', 'hearing_listed', '2026-03-02')).toEqual({});
    expect(detailsImpliedByStage('police_report', 'investigating', '2026-03-02')).toEqual({});
  });
});
