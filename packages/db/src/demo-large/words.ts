import type { MatterKind } from '@umbrella/domain';

/**
 * The words the large fictional data set is made of. Names are common given names and surnames of the
 * communities the groups work with, combined at random: any likeness to a real person is unintended.
 */

/** Given names, with the nationality and language they are drawn with (so a client's details agree). */
export const ORIGINS = [
  {
    nationality: 'Nigerian',
    languages: ['English', 'Yoruba'],
    given: [
      'Adaeze',
      'Chioma',
      'Funmi',
      'Ngozi',
      'Blessing',
      'Temitope',
      'Ifeoma',
      'Kemi',
      'Amaka',
      'Bisola',
    ],
    family: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Adebayo', 'Obi', 'Afolabi'],
  },
  {
    nationality: 'Albanian',
    languages: ['Albanian'],
    given: ['Arta', 'Blerta', 'Drita', 'Elira', 'Fjolla', 'Klea', 'Mirela', 'Teuta', 'Valbona', 'Ermira'],
    family: ['Hoxha', 'Krasniqi', 'Gashi', 'Berisha', 'Shehu', 'Dervishi', 'Kola', 'Leka', 'Marku'],
  },
  {
    nationality: 'Vietnamese',
    languages: ['Vietnamese'],
    given: ['Lan', 'Mai', 'Thu', 'Hoa', 'Linh', 'Ngoc', 'Trang', 'Huong', 'Thao', 'Minh'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do'],
  },
  {
    nationality: 'Romanian',
    languages: ['Romanian', 'English'],
    given: [
      'Ioana',
      'Andreea',
      'Elena',
      'Bianca',
      'Roxana',
      'Daniela',
      'Alina',
      'Simona',
      'Larisa',
      'Denisa',
    ],
    family: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Constantin', 'Marin'],
  },
  {
    nationality: 'Eritrean',
    languages: ['Tigrinya', 'Arabic'],
    given: ['Senait', 'Helen', 'Selam', 'Winta', 'Rahel', 'Saba', 'Mebrat', 'Luwam', 'Feven', 'Yordanos'],
    family: ['Tesfaye', 'Ghebre', 'Haile', 'Berhane', 'Tekle', 'Kidane', 'Woldu', 'Yohannes', 'Asmerom'],
  },
  {
    nationality: 'British',
    languages: ['English'],
    given: ['Claire', 'Emma', 'Louise', 'Rachel', 'Kelly', 'Hannah', 'Jade', 'Stacey', 'Gemma', 'Leanne'],
    family: ['Walker', 'Hughes', 'Taylor', 'Brown', 'Evans', 'Roberts', 'Wood', 'Thompson', 'Murphy'],
  },
  {
    nationality: 'Polish',
    languages: ['Polish', 'English'],
    given: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Monika', 'Ewelina', 'Paulina', 'Natalia'],
    family: ['Kowalska', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowska', 'Zielińska', 'Szymańska'],
  },
  {
    nationality: 'Chinese',
    languages: ['Mandarin'],
    given: ['Mei', 'Xiu', 'Lin', 'Yan', 'Jing', 'Hui', 'Ying', 'Fang', 'Li', 'Qing'],
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'],
  },
  {
    nationality: 'Brazilian',
    languages: ['Portuguese'],
    given: ['Ana Paula', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Patrícia', 'Tatiane', 'Bruna'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Ferreira', 'Almeida'],
  },
  {
    nationality: 'Thai',
    languages: ['Thai'],
    given: ['Siriporn', 'Nok', 'Ploy', 'Malee', 'Kanya', 'Dao', 'Pim', 'Suda', 'Lamai', 'Achara'],
    family: ['Saetang', 'Srisuk', 'Chaiyaphum', 'Boonmee', 'Thongdee', 'Kaewkla', 'Rattana', 'Wongsa'],
  },
  {
    nationality: 'Sudanese',
    languages: ['Arabic'],
    given: ['Amira', 'Samah', 'Hiba', 'Nahla', 'Rania', 'Safa', 'Fatima', 'Mona', 'Duaa', 'Reem'],
    family: ['Osman', 'Abdelrahman', 'Ibrahim', 'Mohamed', 'Elamin', 'Babiker', 'Hassan', 'Adam'],
  },
  {
    nationality: 'Jamaican',
    languages: ['English'],
    given: ['Shanice', 'Keisha', 'Tanya', 'Monique', 'Simone', 'Latoya', 'Kimberley', 'Tashana'],
    family: ['Campbell', 'Brown', 'Williams', 'Grant', 'Clarke', 'Reid', 'Francis', 'Gordon'],
  },
] as const;

export const PRONOUNS = [
  ['she/her', 80],
  ['they/them', 8],
  ['he/him', 7],
  [null, 5],
] as const;

export const RISK_FLAGS = [
  'abuser_may_contact',
  'no_recourse_to_public_funds',
  'immigration_enforcement_risk',
  'children_involved',
  'mental_health',
  'pregnant',
] as const;

export const AREAS = [
  'Camden',
  'Hackney',
  'Haringey',
  'Islington',
  'Lambeth',
  'Newham',
  'Southwark',
  'Tower Hamlets',
  'Croydon',
  'Birmingham',
  'Leeds',
  'Manchester',
  'Bristol',
  'Glasgow',
  'Cardiff',
  'Belfast',
  'Liverpool',
  'Sheffield',
] as const;

/** Teams of the large organisation: one per region. */
export const LARGE_TEAMS = [
  'North East London',
  'South London',
  'West Midlands',
  'Greater Manchester',
  'Yorkshire',
  'Bristol and the South West',
  'Scotland',
  'Wales',
] as const;

/** What letters about each kind of matter are about: a subject and the opening of the text. */
export const LETTER_TOPICS: Readonly<Record<MatterKind, readonly (readonly [string, string])[]>> = {
  police_report: [
    ['Request for an update on the investigation', 'I am writing to ask for an update on the investigation'],
    ['Victims’ Code: request for information', 'Under the Code of Practice for Victims of Crime my client'],
    ['Special measures for the interview', 'My client would like to ask for special measures'],
    [
      'Victims’ Right to Review request',
      'My client asks for a review of the decision to take no further action',
    ],
    ['Request for a female officer and an interpreter', 'Ahead of the next appointment we ask that'],
    ['Bail conditions and safety planning', 'Please confirm the bail conditions set for the suspect'],
  ],
  nrm_referral: [
    ['Referral to the National Referral Mechanism', 'We write as a first responder organisation to refer'],
    ['Reasonable grounds decision: request for timescale', 'Our client was referred and has not yet had'],
    ['Request for reconsideration', 'We ask the competent authority to reconsider the negative decision'],
    ['Move-on support', 'Our client received a positive conclusive grounds decision and move-on support'],
    ['Safe house placement', 'We are writing about our client’s placement with the support provider'],
  ],
  asylum_claim: [
    ['Further evidence in support of the claim', 'Please find enclosed further evidence in support of'],
    ['Request to expedite the decision', 'Our client has now waited a long time for a decision'],
    ['Change of address for asylum support', 'Please note our client’s change of address'],
    ['Substantive interview: request for a female interviewer', 'In view of the nature of the claim we ask'],
    ['Reporting conditions', 'Our client is unable to attend reporting on the date given because'],
    ['Appeal bundle', 'We enclose the appeal bundle on behalf of the appellant'],
  ],
  social_services: [
    ['Request for a child in need assessment', 'We are writing to ask for an assessment under section 17'],
    [
      'Child protection conference: our client’s views',
      'Our client cannot attend the conference in person and',
    ],
    ['Support with accommodation', 'Our client and her children are at risk of losing their accommodation'],
    ['Minutes of the strategy discussion', 'Please send our client a copy of the minutes of'],
    ['Interpreter at the core group meeting', 'Please book an interpreter for the next core group meeting'],
  ],
};

/** Sentences a letter's text is made of (realistic length: a few short paragraphs). */
export const LETTER_SENTENCES = [
  'She has given her consent for us to write to you on her behalf.',
  'We would be grateful for a reply within ten working days.',
  'Please write to us rather than to our client directly, as post to her address is not safe.',
  'Our client has asked us to accompany her to any appointment you arrange.',
  'She will need an interpreter, and asks that it is not someone from her own community.',
  'We enclose a copy of the signed consent form.',
  'Please let us know if you need anything further from us.',
  'She has not received any correspondence since her last appointment.',
  'The delay is causing her considerable distress and affects her support.',
  'We understand that the matter has been allocated to a new officer.',
  'Please confirm the name of the person now dealing with the matter.',
  'Our client is available on weekday mornings and can attend with a support worker.',
  'She would prefer to be contacted by telephone only between 10:00 and 14:00.',
  'We have explained the process to her and she wishes to continue.',
  'A letter from her GP is enclosed in support.',
  'If you cannot reply in that time, please tell us when you expect to.',
  'Thank you for your help with this.',
  'We note that the previous letter has not been answered.',
  'She has moved since the last letter and her new address is held by our office.',
  'She has been referred to specialist counselling, which started last month.',
] as const;

export const CALL_NOTES = [
  'Phoned to ask for an update; told the matter is still with the decision maker.',
  'Call back from the officer: the file has gone to the CPS for a charging decision.',
  'Spoke to the duty social worker; the assessment is booked.',
  'Phoned the legal representative about the appeal bundle; they will send it next week.',
  'Meeting at the office to go through the letter with the client and an interpreter.',
  'Called the support provider about the move; no date yet.',
] as const;

export const NOTE_TEXTS = [
  'Client seen at the drop-in; no change in circumstances.',
  'Supervision: reviewed the case, next step agreed.',
  'Client asked us to pause contact with the police for now.',
  'Client moved to a new address; safe-contact rules updated.',
  'Client called to say she had received a letter and was worried about it.',
  'Talked through options with the client; she wants to continue.',
] as const;

export const APPOINTMENT_PLACES = {
  police_interview: 'Police station, interview suite',
  home_office_reporting: 'Home Office reporting centre',
  asylum_interview: 'Home Office, substantive interview',
  solicitor: 'Solicitor’s office',
  tribunal_hearing: 'First-tier Tribunal, hearing centre',
  social_services_meeting: 'Children’s services, family centre',
  child_protection_conference: 'Civic centre, conference room',
  medical: 'GP surgery',
  other: 'Advice centre',
} as const;
