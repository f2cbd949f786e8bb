import { ago, ahead, contactBy, type DemoClient } from './story.ts';

const MSVCC_OUTREACH = 'The Salvation Army (MSVCC), outreach support';
const MSVCC_SAFE_HOUSE = 'The Salvation Army (MSVCC), safe house';

// Fictional clients of the Trafficking support team. Any likeness to a real person is unintended.
export const TRAFFICKING_CLIENTS: readonly DemoClient[] = [
  {
    displayName: 'Blessing',
    dateOfBirth: '1991-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Nigerian',
    languages: ['English', 'Edo'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text'], {
      safeTimes: 'After 17:00',
      notes: 'Lives in shared asylum accommodation: no post, no voicemail.',
    }),
    flags: ['trafficker_contact', 'risk_of_detention', 'mental_health'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    restricted: true,
    notes: 'Restricted: people connected to those who exploited her live in the area.',
    aliases: [
      {
        name: 'Blessing Osagie',
        kind: 'legal',
        knownTo: [
          'Home Office UK Visas and Immigration (asylum)',
          'Single Competent Authority (Home Office)',
        ],
      },
      {
        name: 'Juliet',
        kind: 'alias',
        knownTo: ['Metropolitan Police Service'],
        notes: 'Name the people who exploited her used; it appears on an early police record.',
      },
    ],
    caseFile: {
      opened: 620,
      openedNote: 'Referred by The Salvation Army outreach worker.',
      notes: [
        {
          on: 100,
          by: 'priya',
          text: 'Supervision: case reviewed; CG delay raised with the SCA in writing.',
        },
      ],
    },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'The Salvation Army',
          consentRecorded: true,
          nrmReference: 'NRM-25-118204',
          supportProvider: MSVCC_OUTREACH,
        },
        steps: [
          {
            stage: 'referred',
            on: 612,
            note: 'Referral made by The Salvation Army as first responder, with the client’s informed consent.',
          },
          {
            stage: 'rg_positive',
            on: 605,
            note: 'Positive Reasonable Grounds decision; recovery period started.',
          },
        ],
        notes: [
          {
            on: 400,
            text: 'Wrote to the SCA asking when the Conclusive Grounds decision is expected; no reply yet.',
          },
          { on: 200, text: 'Chased the SCA again; automated acknowledgement only.' },
        ],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'B2046619',
          decisionSentDate: ago(7),
          legalRepresentative: 'Brightwater Immigration Solicitors (Aisha Rahman)',
          supportType: 's95',
        },
        steps: [
          { stage: 'claimed', on: 590 },
          { stage: 'screened', on: 585 },
          { stage: 'interview_booked', on: 330 },
          { stage: 'interviewed', on: 300, note: 'Substantive interview; volunteer waited outside.' },
          {
            stage: 'refused',
            on: 9,
            note: 'Refusal letter received by the solicitor. The appeal must reach the tribunal within 14 days of the decision being sent.',
          },
        ],
        notes: [
          {
            on: 4,
            text: 'Appointment booked with solicitor to give appeal instructions; volunteer to go with her.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Mai',
    dateOfBirth: '2002-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Vietnamese',
    languages: ['Vietnamese'],
    interpreter: 'Vietnamese',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text'], { notes: 'Moves between addresses; text first in Vietnamese.' }),
    flags: ['trafficker_contact', 'homeless', 'risk_of_detention'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    aliases: [
      {
        name: 'Tran Thi Mai',
        kind: 'legal',
        knownTo: ['Metropolitan Police Service', 'Single Competent Authority (Home Office)'],
        notes: 'Spelling on her identity document.',
      },
    ],
    caseFile: { opened: 80 },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'Metropolitan Police Service',
          consentRecorded: true,
          nrmReference: 'NRM-26-310558',
        },
        steps: [
          {
            stage: 'referral_considered',
            on: 78,
            note: 'Explained the NRM with a Vietnamese interpreter; client wants time to think.',
          },
          {
            stage: 'referred',
            on: 60,
            note: 'Client consented; referral made by the Met as first responder.',
          },
          {
            stage: 'rg_negative',
            on: 20,
            note: 'Negative Reasonable Grounds decision. A reconsideration request must be made within 30 days.',
          },
        ],
        notes: [
          {
            on: 15,
            text: 'Asked the solicitor to help with a reconsideration request; we are writing a support letter.',
          },
        ],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: { legalRepresentative: 'Calder Moss Solicitors (Michael Osei)' },
        steps: [
          {
            stage: 'intending_to_claim',
            on: 30,
            note: 'Client wants to claim asylum; solicitor appointment booked.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Yasmin',
    dateOfBirth: '2003-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Sudanese',
    languages: ['Arabic'],
    interpreter: 'Arabic',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'post'], { notes: 'Female interpreters only, please.' }),
    flags: ['mental_health', 'self_harm'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    caseFile: { opened: 160 },
    matters: [
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'Y3307421',
          claimDate: ago(210),
          screeningDate: ago(205),
          legalRepresentative: 'Calder Moss Solicitors (Michael Osei)',
          supportType: 's95',
        },
        steps: [
          { stage: 'screened', on: 158, note: 'Claimed and screened before coming to us.' },
          { stage: 'interview_booked', on: 75 },
          {
            stage: 'interviewed',
            on: 45,
            note: 'Substantive interview with a female interpreter, as requested.',
          },
        ],
      },
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {},
        steps: [
          {
            stage: 'referral_considered',
            on: 120,
            note: 'Talked through the NRM with an Arabic interpreter; client not ready to consent.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Precious',
    dateOfBirth: '1988-09-27',
    nationality: 'Zimbabwean',
    languages: ['English', 'Shona'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post']),
    flags: ['homeless'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    aliases: [
      {
        name: 'Precious Moyo',
        kind: 'legal',
        knownTo: [
          'Home Office UK Visas and Immigration (asylum)',
          'Single Competent Authority (Home Office)',
        ],
      },
    ],
    caseFile: {
      opened: 710,
      notes: [
        { on: 10, text: 'Homelessness application made to the council with client; appointment confirmed.' },
      ],
    },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'The Salvation Army',
          consentRecorded: true,
          nrmReference: 'NRM-24-207731',
          supportProvider: MSVCC_SAFE_HOUSE,
        },
        steps: [
          { stage: 'referred', on: 706 },
          { stage: 'rg_positive', on: 700 },
          {
            stage: 'cg_positive',
            on: 90,
            note: 'Positive Conclusive Grounds decision. Move-on support of at least 45 days; recovery needs assessment requested.',
          },
        ],
        notes: [{ on: 300, text: 'Wrote to the SCA asking for a timescale; reply: no date yet.' }],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'P1290847',
          legalRepresentative: 'Brightwater Immigration Solicitors (Aisha Rahman)',
          supportType: 's95',
        },
        steps: [
          { stage: 'claimed', on: 690 },
          { stage: 'screened', on: 685 },
          { stage: 'interview_booked', on: 420 },
          { stage: 'interviewed', on: 380 },
          {
            stage: 'granted',
            on: 20,
            note: 'Refugee status granted. 28-day move-on period from the grant letter; housing and Universal Credit applications started.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Irina',
    dateOfBirth: '1993-02-08',
    nationality: 'Moldovan',
    languages: ['Romanian', 'Russian'],
    interpreter: 'Romanian',
    pronouns: 'she/her',
    contact: contactBy(['text'], {
      codeWord: 'sunflower',
      notes:
        'Text only, from the service phone. If she replies "sunflower" she is not safe: do not call, tell her key worker.',
    }),
    flags: ['trafficker_contact', 'abuser_may_contact'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    restricted: true,
    notes: 'Restricted: criminal proceedings against the people who exploited her are under way.',
    aliases: [
      {
        name: 'Irina Ceban',
        kind: 'legal',
        knownTo: ['Greater Manchester Police', 'Single Competent Authority (Home Office)'],
      },
      {
        name: 'Alina',
        kind: 'alias',
        knownTo: ['Greater Manchester Police'],
        notes: 'Name the people who exploited her used; early police records use it.',
      },
    ],
    caseFile: { opened: 540 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Greater Manchester Police',
        contact: 'gmp-hendry',
        details: {
          crimeReference: '06/184452/25',
          offence:
            'Arranging or facilitating travel with a view to exploitation (s2 Modern Slavery Act 2015)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          {
            stage: 'reported',
            on: 536,
            note: 'Client gave an account to GMP with a volunteer and an interpreter.',
          },
          { stage: 'investigating', on: 530 },
          { stage: 'suspect_interviewed', on: 400 },
          {
            stage: 'charged',
            on: 150,
            note: 'Two suspects charged. OIC told the client; confirmed in writing.',
          },
        ],
        notes: [{ on: 250, text: 'Letter sent to OIC asking for update on investigation; no reply yet.' }],
      },
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'Greater Manchester Police',
          consentRecorded: true,
          nrmReference: 'NRM-25-144907',
          supportProvider: MSVCC_SAFE_HOUSE,
        },
        steps: [
          { stage: 'referred', on: 534 },
          { stage: 'rg_positive', on: 528 },
          { stage: 'cg_negative', on: 45, note: 'Negative Conclusive Grounds decision; reasons requested.' },
          {
            stage: 'reconsideration_requested',
            on: 18,
            note: 'Reconsideration request sent to the SCA with a letter from the OIC and a letter from her GP.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Thanh',
    dateOfBirth: '2006-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Vietnamese',
    languages: ['Vietnamese'],
    interpreter: 'Vietnamese',
    pronouns: 'he/him',
    contact: contactBy(['call', 'text', 'post']),
    flags: ['risk_of_detention', 'trafficker_contact'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    notes: 'Age disputed: the Home Office treats him as an adult; the local authority assessment agreed.',
    caseFile: { opened: 400 },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'Kent County Council',
          consentRecorded: true,
          nrmReference: 'NRM-25-166310',
          supportProvider: MSVCC_OUTREACH,
        },
        steps: [
          { stage: 'referred', on: 396 },
          { stage: 'rg_positive', on: 390 },
        ],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'T4418806',
          claimDate: ago(420),
          screeningDate: ago(418),
          decisionSentDate: ago(148),
          appealNumber: 'PA/03318/2026',
          hearingDate: ahead(24),
          legalRepresentative: 'Kestrel Lane Legal (Eva Lindqvist)',
          supportType: 's95',
        },
        steps: [
          { stage: 'screened', on: 395 },
          { stage: 'interview_booked', on: 250 },
          { stage: 'interviewed', on: 230 },
          { stage: 'refused', on: 150 },
          { stage: 'appeal_lodged', on: 140 },
          {
            stage: 'hearing_listed',
            on: 40,
            note: 'Hearing notice received: Taylor House. Interpreter requested by the solicitor.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Fatima',
    dateOfBirth: '1995-05-05',
    nationality: 'Afghan',
    languages: ['Dari', 'Pashto'],
    interpreter: 'Dari',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post'], { notes: 'Female interpreters only, please.' }),
    flags: ['risk_of_detention', 'mental_health'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    aliases: [
      {
        name: 'Fatima Rahimi',
        kind: 'legal',
        knownTo: [
          'Home Office UK Visas and Immigration (asylum)',
          'First-tier Tribunal (Immigration and Asylum Chamber)',
          'Upper Tribunal (Immigration and Asylum Chamber)',
        ],
      },
    ],
    caseFile: { opened: 680 },
    matters: [
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'F2231904',
          claimDate: ago(900),
          screeningDate: ago(895),
          substantiveInterviewDate: ago(720),
          decisionSentDate: ago(558),
          appealNumber: 'PA/02287/2025',
          hearingDate: ago(330),
          legalRepresentative: 'Brightwater Immigration Solicitors (Aisha Rahman)',
          supportType: 's95',
        },
        steps: [
          { stage: 'awaiting_decision', on: 676 },
          { stage: 'refused', on: 560 },
          { stage: 'appeal_lodged', on: 552 },
          { stage: 'hearing_listed', on: 430 },
          {
            stage: 'appeal_dismissed',
            on: 300,
            note: 'Appeal dismissed. Solicitor applying to the First-tier Tribunal for permission to appeal.',
          },
          {
            stage: 'onward_appeal',
            on: 285,
            note: 'Permission to appeal granted; error of law hearing at the Upper Tribunal awaited.',
          },
        ],
        notes: [
          {
            on: 120,
            text: 'Asked solicitor for an update: the Upper Tribunal has not yet listed the hearing.',
          },
        ],
      },
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'The Salvation Army',
          consentRecorded: true,
          nrmReference: 'NRM-25-129816',
          supportProvider: MSVCC_OUTREACH,
        },
        steps: [
          { stage: 'referred', on: 600 },
          { stage: 'rg_negative', on: 594 },
          {
            stage: 'reconsideration_requested',
            on: 575,
            note: 'Reconsideration requested with an expert report.',
          },
          {
            stage: 'rg_positive',
            on: 500,
            note: 'On reconsideration: positive Reasonable Grounds decision.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Nadia',
    dateOfBirth: '2001-08-14',
    nationality: 'Albanian',
    languages: ['Albanian'],
    interpreter: 'Albanian',
    pronouns: 'she/her',
    contact: contactBy(['text'], {
      safeTimes: '10:00–12:00',
      notes: 'Text only. Safe house rules: no visits without notice.',
    }),
    flags: ['trafficker_contact', 'pregnant', 'abuser_may_contact'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    restricted: true,
    notes: 'Restricted: placed in a safe house; its address is not recorded here.',
    aliases: [
      {
        name: 'Nadia Kola',
        kind: 'legal',
        knownTo: [
          'Single Competent Authority (Home Office)',
          'Home Office UK Visas and Immigration (asylum)',
        ],
      },
    ],
    caseFile: { opened: 210 },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'The Salvation Army',
          consentRecorded: true,
          nrmReference: 'NRM-26-281145',
          supportProvider: MSVCC_SAFE_HOUSE,
        },
        steps: [
          { stage: 'referred', on: 205 },
          { stage: 'rg_positive', on: 198 },
        ],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'N5570312',
          substantiveInterviewDate: ahead(16),
          legalRepresentative: 'Calder Moss Solicitors (Michael Osei)',
          supportType: 's95',
        },
        steps: [
          { stage: 'claimed', on: 150 },
          { stage: 'screened', on: 140 },
          {
            stage: 'interview_booked',
            on: 12,
            note: 'Substantive interview booked; solicitor asked for a female interviewer.',
          },
        ],
      },
      {
        kind: 'social_services',
        agency: "Newham Council children's services",
        contact: 'newham-adeyemi',
        details: { localAuthority: 'Newham Council', children: [] },
        steps: [
          {
            stage: 'referral_received',
            on: 50,
            note: 'Pre-birth referral made by the midwife, with client’s knowledge.',
          },
          { stage: 'assessment', on: 45, note: 'Pre-birth assessment started.' },
        ],
      },
    ],
  },
  {
    displayName: 'Ama',
    dateOfBirth: '1997-10-10',
    nationality: 'Ghanaian',
    languages: ['English', 'Twi'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail'], {
      notes: 'No fixed address: letters come to our office with her consent.',
    }),
    flags: ['homeless', 'no_recourse_to_public_funds'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    caseFile: { opened: 30, openedNote: 'Referred by a night shelter.' },
    matters: [
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'A6612073',
          legalRepresentative: 'Kestrel Lane Legal (Eva Lindqvist)',
          supportType: 's98',
        },
        steps: [
          { stage: 'intending_to_claim', on: 28 },
          { stage: 'claimed', on: 21 },
          {
            stage: 'screened',
            on: 14,
            note: 'Screening interview at the Asylum Intake Unit, Croydon; volunteer went with her.',
          },
        ],
      },
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: { firstResponderOrganisation: 'The Salvation Army', consentRecorded: true },
        steps: [
          { stage: 'referral_considered', on: 25 },
          {
            stage: 'referred',
            on: 3,
            note: 'Referral made by The Salvation Army with the client’s consent.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Dina',
    dateOfBirth: '1995-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Iraqi',
    languages: ['Kurdish (Sorani)', 'Arabic'],
    interpreter: 'Kurdish (Sorani)',
    pronouns: 'she/her',
    contact: contactBy(['call', 'post'], {
      notes: 'Detained: call her mobile at the centre. Legal visits are booked by the solicitor.',
    }),
    flags: ['risk_of_detention', 'mental_health'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    caseFile: { opened: 55 },
    matters: [
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'D7734015',
          claimDate: ago(58),
          screeningDate: ago(57),
          detained: true,
          legalRepresentative: 'Brightwater Immigration Solicitors (Aisha Rahman)',
          supportType: 'none',
        },
        steps: [
          { stage: 'screened', on: 52 },
          { stage: 'awaiting_decision', on: 30 },
        ],
        notes: [
          {
            on: 50,
            text: 'Detained at Derwentside. Solicitor preparing a bail application; we wrote a letter of support.',
          },
        ],
      },
      {
        kind: 'nrm_referral',
        agency: 'Immigration Enforcement Competent Authority (IECA)',
        details: {
          firstResponderOrganisation: 'Home Office Immigration Enforcement',
          consentRecorded: true,
          nrmReference: 'NRM-26-330012',
        },
        steps: [
          { stage: 'referred', on: 48 },
          {
            stage: 'rg_positive',
            on: 40,
            note: 'Positive Reasonable Grounds decision from the IECA. Solicitor asking for release on the strength of it.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Esther',
    dateOfBirth: '2000-03-03',
    nationality: 'Nigerian',
    languages: ['English', 'Igbo'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'post'], { safeTimes: 'Weekdays' }),
    flags: ['trafficker_contact', 'mental_health'],
    keyWorker: 'tomasz',
    team: 'trafficking',
    aliases: [
      {
        name: 'Esther Okonkwo',
        kind: 'legal',
        knownTo: [
          'Metropolitan Police Service',
          'Single Competent Authority (Home Office)',
          'Home Office UK Visas and Immigration (asylum)',
        ],
      },
    ],
    caseFile: { opened: 480 },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'Metropolitan Police Service',
          consentRecorded: true,
          nrmReference: 'NRM-25-171229',
          supportProvider: MSVCC_OUTREACH,
        },
        steps: [
          { stage: 'referred', on: 476 },
          { stage: 'rg_positive', on: 470 },
          {
            stage: 'cg_negative',
            on: 16,
            note: 'Negative Conclusive Grounds decision. Reconsideration request due within 30 days; solicitor instructed.',
          },
        ],
      },
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'E8820146',
          legalRepresentative: 'Calder Moss Solicitors (Michael Osei)',
          supportType: 's95',
        },
        steps: [
          { stage: 'claimed', on: 460 },
          { stage: 'screened', on: 455 },
          { stage: 'interview_booked', on: 200 },
          { stage: 'interviewed', on: 170 },
          {
            stage: 'awaiting_decision',
            on: 150,
            note: 'Further evidence sent after the interview; decision awaited.',
          },
        ],
      },
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-asante',
        details: {
          crimeReference: '01/168840/25',
          offence: 'Trafficking for sexual exploitation (s2 Modern Slavery Act 2015)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 474 },
          { stage: 'investigating', on: 465, note: 'OIC allocated.' },
        ],
        notes: [
          { on: 250, text: 'Letter sent to OIC asking for update on investigation; no reply yet.' },
          { on: 180, text: 'OIC replied: enquiries abroad continuing; no timescale.' },
        ],
      },
    ],
  },
  {
    displayName: 'Rosa',
    dateOfBirth: '1976-12-12',
    nationality: 'Filipino',
    languages: ['Tagalog', 'English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post']),
    keyWorker: 'tomasz',
    team: 'trafficking',
    caseFile: {
      opened: 725,
      closed: 60,
      closedNote: 'Move-on support ended; client is settled in work and housing. Closed with her agreement.',
    },
    matters: [
      {
        kind: 'nrm_referral',
        agency: 'Single Competent Authority (Home Office)',
        details: {
          firstResponderOrganisation: 'The Salvation Army',
          consentRecorded: true,
          nrmReference: 'NRM-24-199350',
          supportProvider: MSVCC_OUTREACH,
        },
        steps: [
          { stage: 'referred', on: 720 },
          { stage: 'rg_positive', on: 714 },
          { stage: 'cg_positive', on: 200 },
          { stage: 'closed', on: 62 },
        ],
      },
    ],
  },
];
