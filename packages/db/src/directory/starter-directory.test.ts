import { describe, expect, it } from 'vitest';
import { AGENCY_CATEGORIES } from '../schema/agencies.ts';
import { DEMO_DIRECTORY_EXTRAS, STARTER_DIRECTORY, type StarterAgency } from './starter-directory.ts';

const directory: readonly StarterAgency[] = STARTER_DIRECTORY;
const byName = (name: string) => directory.find((agency) => agency.name === name);

describe('starter directory', () => {
  it('names each agency once', () => {
    const names = directory.map((agency) => agency.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has the 43 territorial forces of England and Wales and British Transport Police', () => {
    const police = directory.filter((agency) => agency.category === 'police');
    const territorial = police.filter(
      (agency) => agency.phone === '101' && agency.website?.endsWith('.police.uk'),
    );
    // Police Scotland and PSNI also answer on 101 but are not in England and Wales.
    expect(territorial.filter((a) => !/Scotland|Northern Ireland/.test(a.name))).toHaveLength(43);
    for (const name of [
      'Metropolitan Police Service',
      'Greater Manchester Police',
      'West Midlands Police',
      'British Transport Police',
    ]) {
      expect(byName(name)?.category).toBe('police');
    }
  });

  it('files the Home Office units under the right categories', () => {
    expect(byName('Home Office UK Visas and Immigration (asylum)')?.category).toBe('home_office_asylum');
    expect(byName('Home Office Immigration Enforcement')?.category).toBe('immigration_enforcement');
    expect(byName('Single Competent Authority (Home Office)')?.category).toBe('nrm_competent_authority');
    const ieca = byName('Immigration Enforcement Competent Authority (IECA)');
    expect(ieca?.category).toBe('immigration_enforcement');
    expect(ieca?.notes).toMatch(/Immigration Enforcement/);
    expect(byName('The Salvation Army (Modern Slavery Victim Care Contract)')?.category).toBe(
      'support_service',
    );
    expect(byName('Migrant Help (asylum support advice)')?.category).toBe('support_service');
  });

  it('uses every category but legal representatives (each organisation adds its own), and only known ones', () => {
    const used = new Set(directory.map((agency) => agency.category));
    expect([...used].sort()).toEqual(AGENCY_CATEGORIES.filter((c) => c !== 'legal_representative').sort());
  });

  it('invents no real-looking contact details', () => {
    const publicNumbers = new Set(['101', 'Text 61016; 0800 40 50 40']);
    for (const agency of directory) {
      if (agency.phone)
        expect(publicNumbers.has(agency.phone) || /^01632 960\d{3}$/.test(agency.phone)).toBe(true);
      if (agency.email) expect(agency.email).toMatch(/@([a-z-]+\.)*example\.org$/);
    }
  });

  it('keeps the fictional solicitors out of a real organisation’s directory', () => {
    expect(directory.filter((agency) => agency.category === 'legal_representative')).toEqual([]);
    const firms: readonly StarterAgency[] = DEMO_DIRECTORY_EXTRAS;
    expect(firms.length).toBeGreaterThanOrEqual(3);
    for (const firm of firms) expect(firm.notes).toMatch(/Fictional/);
  });
});
