import type { AGENCY_CATEGORIES } from '../schema/agencies.ts';

export type AgencyCategory = (typeof AGENCY_CATEGORIES)[number];

/** One entry of the starter directory. Contact details are public ones or fictional (example.org, 01632 960xxx). */
export interface StarterAgency {
  name: string;
  category: AgencyCategory;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  notes?: string;
  replyExpectedWorkingDays?: number;
}

const POLICE_NOTE =
  'Non-emergency 101, emergency 999. Ask for the officer in charge by name and collar number, and confirm every ' +
  'call in writing.';

// The 43 territorial police forces of England and Wales, with their public websites.
const TERRITORIAL_FORCES = [
  ['Avon and Somerset Constabulary', 'avonandsomerset'],
  ['Bedfordshire Police', 'bedfordshire'],
  ['Cambridgeshire Constabulary', 'cambs'],
  ['Cheshire Constabulary', 'cheshire'],
  ['City of London Police', 'cityoflondon'],
  ['Cleveland Police', 'cleveland'],
  ['Cumbria Constabulary', 'cumbria'],
  ['Derbyshire Constabulary', 'derbyshire'],
  ['Devon and Cornwall Police', 'devon-cornwall'],
  ['Dorset Police', 'dorset'],
  ['Durham Constabulary', 'durham'],
  ['Dyfed-Powys Police', 'dyfed-powys'],
  ['Essex Police', 'essex'],
  ['Gloucestershire Constabulary', 'gloucestershire'],
  ['Greater Manchester Police', 'gmp'],
  ['Gwent Police', 'gwent'],
  ['Hampshire and Isle of Wight Constabulary', 'hampshire'],
  ['Hertfordshire Constabulary', 'herts'],
  ['Humberside Police', 'humberside'],
  ['Kent Police', 'kent'],
  ['Lancashire Constabulary', 'lancashire'],
  ['Leicestershire Police', 'leics'],
  ['Lincolnshire Police', 'lincs'],
  ['Merseyside Police', 'merseyside'],
  ['Metropolitan Police Service', 'met'],
  ['Norfolk Constabulary', 'norfolk'],
  ['North Wales Police', 'northwales'],
  ['North Yorkshire Police', 'northyorkshire'],
  ['Northamptonshire Police', 'northants'],
  ['Northumbria Police', 'northumbria'],
  ['Nottinghamshire Police', 'nottinghamshire'],
  ['South Wales Police', 'south-wales'],
  ['South Yorkshire Police', 'southyorks'],
  ['Staffordshire Police', 'staffordshire'],
  ['Suffolk Constabulary', 'suffolk'],
  ['Surrey Police', 'surrey'],
  ['Sussex Police', 'sussex'],
  ['Thames Valley Police', 'thamesvalley'],
  ['Warwickshire Police', 'warwickshire'],
  ['West Mercia Police', 'westmercia'],
  ['West Midlands Police', 'west-midlands'],
  ['West Yorkshire Police', 'westyorkshire'],
  ['Wiltshire Police', 'wiltshire'],
] as const;

const POLICE = [
  ...TERRITORIAL_FORCES.map(([name, site]) => ({
    name,
    category: 'police' as const,
    phone: '101',
    website: `https://www.${site}.police.uk`,
    notes: POLICE_NOTE,
  })),
  {
    name: 'British Transport Police',
    category: 'police',
    phone: 'Text 61016; 0800 40 50 40',
    website: 'https://www.btp.police.uk',
    notes:
      'Railways and the London Underground across Great Britain. ' +
      POLICE_NOTE.replace('101', '0800 40 50 40'),
  },
  {
    name: 'Police Scotland',
    category: 'police',
    phone: '101',
    website: 'https://www.scotland.police.uk',
    notes: 'Scotland has its own bank holidays: deadlines use the Scottish calendar.',
  },
  {
    name: 'Police Service of Northern Ireland',
    category: 'police',
    phone: '101',
    website: 'https://www.psni.police.uk',
    notes: 'Northern Ireland has its own bank holidays: deadlines use the Northern Ireland calendar.',
  },
  {
    name: 'Witness Care Unit (local)',
    category: 'police',
    notes:
      'Generic entry: the joint police and CPS unit that keeps victims and witnesses informed once someone is ' +
      'charged. Replace with the unit for the force concerned.',
  },
] as const satisfies readonly StarterAgency[];

const CPS_AREAS = [
  'Cymru-Wales',
  'East of England',
  'East Midlands',
  'London North',
  'London South',
  'Mersey-Cheshire',
  'North East',
  'North West',
  'South East',
  'South West',
  'Thames and Chiltern',
  'Wessex',
  'West Midlands',
  'Yorkshire and Humberside',
] as const;

const PROSECUTION = [
  {
    name: 'Crown Prosecution Service',
    category: 'crown_prosecution',
    website: 'https://www.cps.gov.uk',
    notes:
      'Victims’ Right to Review of a CPS decision not to charge or to stop a case: ask ideally within 10 working ' +
      'days, at most 3 months.',
  },
  ...CPS_AREAS.map((area) => ({
    name: `CPS ${area}`,
    category: 'crown_prosecution' as const,
    website: 'https://www.cps.gov.uk',
  })),
] as const satisfies readonly StarterAgency[];

const ENFORCEMENT_NOTE =
  'Immigration enforcement: nothing about a client is shared here without a recorded decision and the client’s ' +
  'consent.';
const REPORTING_NOTE =
  'Immigration reporting centre, run by Immigration Enforcement. People can be detained when they report: a ' +
  'volunteer goes with the client, who carries the solicitor’s number. ' +
  ENFORCEMENT_NOTE;

const HOME_OFFICE = [
  {
    name: 'Home Office UK Visas and Immigration (asylum)',
    category: 'home_office_asylum',
    website: 'https://www.gov.uk/claim-asylum',
    notes:
      'Asylum casework and decisions. Quote the Home Office reference; write through the legal representative ' +
      'where there is one.',
  },
  {
    name: 'Home Office Asylum Intake Unit (Croydon)',
    category: 'home_office_asylum',
    notes: 'Screening interviews for asylum claims made in the UK, by appointment.',
  },
  {
    name: 'Home Office asylum support (UKVI)',
    category: 'home_office_asylum',
    website: 'https://www.gov.uk/asylum-support',
    notes: 'Decides s95, s98 and s4 asylum support. Applications and problems go through Migrant Help.',
  },
  {
    name: 'Home Office Immigration Enforcement',
    category: 'immigration_enforcement',
    website: 'https://www.gov.uk/government/organisations/immigration-enforcement',
    notes: ENFORCEMENT_NOTE,
  },
  {
    name: 'Immigration Compliance and Enforcement (ICE) team – London',
    category: 'immigration_enforcement',
    notes: 'Regional arrest team of Immigration Enforcement. ' + ENFORCEMENT_NOTE,
  },
  {
    name: 'Immigration Compliance and Enforcement (ICE) team – North West',
    category: 'immigration_enforcement',
    notes: 'Regional arrest team of Immigration Enforcement. ' + ENFORCEMENT_NOTE,
  },
  {
    name: 'Immigration Compliance and Enforcement (ICE) team – Midlands',
    category: 'immigration_enforcement',
    notes: 'Regional arrest team of Immigration Enforcement. ' + ENFORCEMENT_NOTE,
  },
  {
    name: 'Single Competent Authority (Home Office)',
    category: 'nrm_competent_authority',
    notes:
      'Makes most National Referral Mechanism decisions (Reasonable Grounds and Conclusive Grounds). Quote the ' +
      'NRM reference.',
  },
  {
    name: 'Immigration Enforcement Competent Authority (IECA)',
    category: 'immigration_enforcement',
    notes:
      'Makes NRM decisions for some people in immigration processes, e.g. people in immigration detention and ' +
      'foreign national offenders facing deportation. Its decisions belong on the NRM matter, but it sits inside ' +
      'Immigration Enforcement, so it is categorised as immigration enforcement: anything sent to it needs a ' +
      'recorded decision and the client’s consent.',
  },
  {
    name: 'Border Force',
    category: 'immigration_enforcement',
    website: 'https://www.gov.uk/government/organisations/border-force',
    notes: 'Border control at ports and airports. ' + ENFORCEMENT_NOTE,
  },
  {
    name: 'Home Office reporting centre – Becket House (London)',
    category: 'immigration_enforcement',
    notes: REPORTING_NOTE,
  },
  {
    name: 'Home Office reporting centre – Eaton House (Hounslow)',
    category: 'immigration_enforcement',
    notes: REPORTING_NOTE,
  },
  {
    name: 'Home Office reporting centre – Dallas Court (Salford)',
    category: 'immigration_enforcement',
    notes: REPORTING_NOTE,
  },
  {
    name: 'Home Office reporting centre – Sandford House (Solihull)',
    category: 'immigration_enforcement',
    notes: REPORTING_NOTE,
  },
  {
    name: 'Derwentside Immigration Removal Centre',
    category: 'immigration_enforcement',
    notes: 'Immigration removal centre for women, County Durham. ' + ENFORCEMENT_NOTE,
  },
  {
    name: 'Heathrow Immigration Removal Centre',
    category: 'immigration_enforcement',
    notes: 'Immigration removal centre near Heathrow (Harmondsworth and Colnbrook). ' + ENFORCEMENT_NOTE,
  },
] as const satisfies readonly StarterAgency[];

const TRIBUNALS = [
  {
    name: 'First-tier Tribunal (Immigration and Asylum Chamber)',
    category: 'tribunal',
    website: 'https://www.gov.uk/immigration-asylum-tribunal',
    notes:
      'Appeals against asylum refusals: in the UK, the appeal must reach the tribunal within 14 days of the decision being sent.',
  },
  {
    name: 'Taylor House hearing centre (FtT IAC)',
    category: 'tribunal',
    address: '88 Rosebery Avenue, London EC1R 4QU',
  },
  { name: 'Hatton Cross hearing centre (FtT IAC)', category: 'tribunal' },
  { name: 'Manchester hearing centre (FtT IAC)', category: 'tribunal' },
  { name: 'Birmingham hearing centre (FtT IAC)', category: 'tribunal' },
  {
    name: 'Upper Tribunal (Immigration and Asylum Chamber)',
    category: 'tribunal',
    address: 'Field House, 15-25 Breams Buildings, London EC4A 1DZ',
    website: 'https://www.gov.uk/upper-tribunal-immigration-asylum',
  },
  {
    name: 'First-tier Tribunal (Asylum Support)',
    category: 'tribunal',
    notes: 'Appeals against refusal or withdrawal of asylum support (s95, s4).',
  },
  {
    name: 'First-tier Tribunal (Criminal Injuries Compensation)',
    category: 'tribunal',
    notes: 'Appeals against CICA review decisions: within 90 days of the review decision.',
  },
] as const satisfies readonly StarterAgency[];

const CHILDRENS_SERVICES = [
  ['Barnet Council', 'barnet.gov.uk'],
  ['Brent Council', 'brent.gov.uk'],
  ['Camden Council', 'camden.gov.uk'],
  ['Croydon Council', 'croydon.gov.uk'],
  ['Ealing Council', 'ealing.gov.uk'],
  ['Enfield Council', 'enfield.gov.uk'],
  ['Hackney Council', 'hackney.gov.uk'],
  ['Haringey Council', 'haringey.gov.uk'],
  ['Hillingdon Council', 'hillingdon.gov.uk'],
  ['Hounslow Council', 'hounslow.gov.uk'],
  ['Islington Council', 'islington.gov.uk'],
  ['Lambeth Council', 'lambeth.gov.uk'],
  ['Newham Council', 'newham.gov.uk'],
  ['Southwark Council', 'southwark.gov.uk'],
  ['Tower Hamlets Council', 'towerhamlets.gov.uk'],
  ['Westminster City Council', 'westminster.gov.uk'],
  ['Bristol City Council', 'bristol.gov.uk'],
  ['Kent County Council', 'kent.gov.uk'],
  ['Leeds City Council', 'leeds.gov.uk'],
  ['Liverpool City Council', 'liverpool.gov.uk'],
  ['Manchester City Council', 'manchester.gov.uk'],
] as const;

const LOCAL_AUTHORITIES = [
  ...CHILDRENS_SERVICES.map(([council, site]) => ({
    name: `${council} children's services`,
    category: 'local_authority' as const,
    website: `https://www.${site}`,
    notes: 'Referrals go through the Multi-Agency Safeguarding Hub (MASH).',
  })),
  {
    name: "Birmingham Children's Trust",
    category: 'local_authority',
    website: 'https://www.birminghamchildrenstrust.co.uk',
    notes: 'Delivers children’s social care for Birmingham City Council.',
  },
] as const satisfies readonly StarterAgency[];

const FICTIONAL_FIRM = 'Fictional example firm: replace with the legal aid providers you work with.';

const LEGAL_REPRESENTATIVES = [
  {
    name: 'Brightwater Immigration Solicitors',
    category: 'legal_representative',
    phone: '01632 960101',
    email: 'asylum@brightwater.example.org',
    notes: `Legal aid immigration and asylum. ${FICTIONAL_FIRM}`,
    replyExpectedWorkingDays: 5,
  },
  {
    name: 'Calder Moss Solicitors',
    category: 'legal_representative',
    phone: '01632 960102',
    email: 'intake@caldermoss.example.org',
    notes: `Legal aid immigration, asylum and community care. ${FICTIONAL_FIRM}`,
    replyExpectedWorkingDays: 5,
  },
  {
    name: 'Kestrel Lane Legal',
    category: 'legal_representative',
    phone: '01632 960103',
    email: 'office@kestrellane.example.org',
    notes: `Legal aid immigration and asylum, fresh claims and detention. ${FICTIONAL_FIRM}`,
  },
  {
    name: 'Pemberton Hale Solicitors',
    category: 'legal_representative',
    phone: '01632 960104',
    email: 'crime@pembertonhale.example.org',
    notes: `Criminal defence (police station and court). ${FICTIONAL_FIRM}`,
  },
  {
    name: 'Ashgrove Family Law',
    category: 'legal_representative',
    phone: '01632 960105',
    email: 'family@ashgrove.example.org',
    notes: `Family law, legal aid for child protection and care proceedings. ${FICTIONAL_FIRM}`,
  },
] as const satisfies readonly StarterAgency[];

const SUPPORT_SERVICES = [
  {
    name: 'The Salvation Army (Modern Slavery Victim Care Contract)',
    category: 'support_service',
    website: 'https://www.salvationarmy.org.uk',
    notes:
      'Prime contractor of the Home Office Modern Slavery Victim Care Contract in England and Wales: support for ' +
      'adults in the NRM (safe house or outreach) from a positive Reasonable Grounds decision. Also a first ' +
      'responder organisation.',
  },
  {
    name: 'Migrant Help (asylum support advice)',
    category: 'support_service',
    website: 'https://www.migranthelpuk.org',
    notes:
      'Runs the Home Office asylum helpline: help applying for s95, s98 and s4 support and reporting problems with ' +
      'asylum accommodation.',
  },
  {
    name: 'Independent sexual violence adviser (ISVA) service (local)',
    category: 'support_service',
    notes: 'Generic entry: replace with your local ISVA service.',
  },
] as const satisfies readonly StarterAgency[];

const HEALTH = [
  {
    name: 'NHS sexual assault referral centre (SARC) – London',
    category: 'health',
    website: 'https://www.nhs.uk',
    notes:
      'Generic entry: replace with the SARC your clients use. Self-referral is possible without reporting to the police.',
  },
  {
    name: 'NHS sexual assault referral centre (SARC) – Greater Manchester',
    category: 'health',
    website: 'https://www.nhs.uk',
    notes: 'Generic entry: replace with the SARC your clients use.',
  },
  {
    name: 'NHS sexual assault referral centre (SARC) – West Midlands',
    category: 'health',
    website: 'https://www.nhs.uk',
    notes: 'Generic entry: replace with the SARC your clients use.',
  },
  {
    name: 'GP surgery (client’s registered GP)',
    category: 'health',
    notes: 'Generic entry for letters to and from a client’s GP.',
  },
  {
    name: 'NHS sexual health clinic (local)',
    category: 'health',
    notes: 'Generic entry: replace with your local clinic.',
  },
  {
    name: 'NHS mental health crisis line (local)',
    category: 'health',
    notes: 'Generic entry: replace with the local NHS crisis line.',
  },
] as const satisfies readonly StarterAgency[];

const OTHER = [
  {
    name: 'Criminal Injuries Compensation Authority',
    category: 'other',
    website: 'https://www.gov.uk/government/organisations/criminal-injuries-compensation-authority',
    notes: 'Applications within 2 years of the incident; review requests within 90 days of the decision.',
  },
  {
    name: 'Independent Office for Police Conduct',
    category: 'other',
    website: 'https://www.policeconduct.gov.uk',
    notes: 'Police complaints are made to the force first; the IOPC reviews some outcomes.',
  },
  {
    name: "Information Commissioner's Office",
    category: 'other',
    website: 'https://ico.org.uk',
    notes: 'Complaints when a subject access request is not answered within a month.',
  },
] as const satisfies readonly StarterAgency[];

/**
 * A starter directory for a UK organisation: real organisations with public contact details only, and
 * generic entries to be replaced with local ones. Solicitors are each organisation's own choice, so the
 * fictional example firms are loaded with the demo only (DEMO_DIRECTORY_EXTRAS).
 */
export const STARTER_DIRECTORY = [
  ...POLICE,
  ...PROSECUTION,
  ...HOME_OFFICE,
  ...TRIBUNALS,
  ...LOCAL_AUTHORITIES,
  ...SUPPORT_SERVICES,
  ...HEALTH,
  ...OTHER,
] as const satisfies readonly StarterAgency[];

/** Fictional solicitors' firms the demo clients' matters refer to. */
export const DEMO_DIRECTORY_EXTRAS = LEGAL_REPRESENTATIVES;

export type StarterAgencyName =
  (typeof STARTER_DIRECTORY)[number]['name'] | (typeof DEMO_DIRECTORY_EXTRAS)[number]['name'];
