import { ago, ahead, contactBy, type DemoClient } from './story.ts';

const UPDATE_LETTER = 'Letter sent to OIC asking for update on investigation; no reply yet.';

// Fictional clients of the North London team. Any likeness to a real person is unintended.
export const NORTH_LONDON_CLIENTS: readonly DemoClient[] = [
  {
    displayName: 'Ana',
    dateOfBirth: '1997-03-14',
    nationality: 'Romanian',
    languages: ['Romanian', 'English'],
    interpreter: 'Romanian',
    pronouns: 'she/her',
    contact: contactBy(['text'], {
      safeTimes: 'Weekdays 10:00–14:00',
      notes: 'Text only. Shares a phone with a flatmate in the evenings.',
    }),
    flags: ['abuser_may_contact'],
    keyWorker: 'joanna',
    team: 'north',
    aliases: [
      {
        name: 'Ana-Maria Popa',
        kind: 'legal',
        knownTo: ['Metropolitan Police Service', 'CPS London North'],
        notes: 'Name on her identity card; used on police and CPS letters.',
      },
    ],
    caseFile: {
      opened: 430,
      openedNote: 'First meeting at the drop-in. Client asked for help reporting an assault by a client.',
      notes: [
        { on: 318, text: 'Client told of bail conditions by OIC: the suspect must not contact her.' },
        {
          on: 200,
          by: 'priya',
          text: 'Supervision: case reviewed, no concerns. Next review after the trial.',
        },
      ],
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-marsh',
        details: {
          crimeReference: '01/204518/25',
          offence: 'Assault occasioning actual bodily harm (s47 Offences Against the Person Act 1861)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          {
            stage: 'reported',
            on: 428,
            note: 'Client reported the assault at the police station with a volunteer; police provided an interpreter.',
          },
          { stage: 'crime_recorded', on: 424, note: 'Crime reference received by email.' },
          { stage: 'investigating', on: 410, note: 'OIC allocated: DC Marsh.' },
          {
            stage: 'suspect_interviewed',
            on: 320,
            note: 'OIC confirmed the suspect was interviewed under caution and released on bail.',
          },
          {
            stage: 'charged',
            on: 231,
            note: 'Suspect charged. OIC phoned the client; confirmed by email next day.',
          },
          {
            stage: 'at_court',
            on: 150,
            note: 'Not guilty plea at the magistrates’ court; trial to be listed.',
          },
        ],
        notes: [
          { on: 380, text: UPDATE_LETTER },
          { on: 359, text: 'Chased OIC by email. Reply: file sent to CPS for early advice.' },
          { on: 40, text: 'Witness Care Unit confirmed the trial date; special measures (screen) agreed.' },
        ],
      },
    ],
  },
  {
    displayName: 'Lin',
    dateOfBirth: '1985-08-02',
    nationality: 'Chinese',
    languages: ['Mandarin'],
    interpreter: 'Mandarin',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'post'], {
      safeTimes: 'After 11:00',
      notes: 'Texts in Chinese are fine; calls through a Mandarin interpreter.',
    }),
    flags: ['no_recourse_to_public_funds'],
    keyWorker: 'joanna',
    team: 'north',
    aliases: [{ name: 'Zhang Lin', kind: 'legal', knownTo: ['Metropolitan Police Service'] }],
    caseFile: { opened: 200, openedNote: 'Referred by a friend who is also a client.' },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-finch',
        details: {
          crimeReference: '01/318822/26',
          offence: 'Robbery',
          clientRole: 'victim',
          victimsCodeEntitlement: 'standard',
        },
        steps: [
          {
            stage: 'reported',
            on: 198,
            note: 'Reported at the police station with a telephone interpreter.',
          },
          { stage: 'crime_recorded', on: 195 },
          { stage: 'investigating', on: 180 },
          {
            stage: 'no_further_action',
            on: 24,
            note:
              'OIC phoned: no further action, suspects not identified from CCTV. Asked for the decision and reasons ' +
              'in writing.',
          },
        ],
        notes: [
          { on: 120, text: UPDATE_LETTER },
          { on: 94, text: 'Second letter to OIC, copied to the OIC’s sergeant.' },
          {
            on: 20,
            text: 'Explained Victims’ Right to Review to client with interpreter; she wants to think about it.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Marisol',
    dateOfBirth: '1989-06-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Colombian',
    languages: ['Spanish', 'English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail'], { notes: 'No post: mail goes to a shared address.' }),
    keyWorker: 'joanna',
    team: 'north',
    caseFile: {
      opened: 640,
      closed: 100,
      closedNote:
        'Client is doing well and does not need further support. Closed with her agreement; she knows she can come back.',
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        details: {
          crimeReference: '01/117340/25',
          offence: 'Theft from the person',
          clientRole: 'victim',
          victimsCodeEntitlement: 'standard',
        },
        steps: [
          { stage: 'reported', on: 636 },
          { stage: 'crime_recorded', on: 633 },
          {
            stage: 'withdrawn',
            on: 560,
            note: 'Client asked to withdraw: she does not want to go to court. Withdrawal statement given at her request.',
          },
          { stage: 'closed', on: 102 },
        ],
      },
    ],
  },
  {
    displayName: 'Grace',
    dateOfBirth: '1995-05-21',
    nationality: 'British',
    languages: ['English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text'], {
      codeWord: 'library book',
      safeTimes: 'Weekdays after 18:00',
      notes:
        'Ask whether she has returned her library book. If she says "not yet", it is not safe to talk: end the call ' +
        'politely. No post and no voicemail: her former partner may see them.',
    }),
    flags: ['abuser_may_contact', 'children_at_risk'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 150, openedNote: 'Self-referral by phone.' },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-okoro',
        details: {
          crimeReference: '01/402117/26',
          offence: 'Controlling or coercive behaviour (s76 Serious Crime Act 2015)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 145 },
          { stage: 'crime_recorded', on: 142 },
          { stage: 'investigating', on: 130 },
        ],
        notes: [
          { on: 60, text: UPDATE_LETTER },
          { on: 35, text: 'OIC replied: file being prepared for CPS charging advice.' },
        ],
      },
      {
        kind: 'social_services',
        agency: "Haringey Council children's services",
        contact: 'haringey-clarke',
        details: {
          localAuthority: 'Haringey Council',
          children: [
            { firstName: 'Kayla', age: 7 },
            { firstName: 'Jordan', age: 4 },
          ],
        },
        steps: [
          {
            stage: 'referral_received',
            on: 70,
            note: 'Referral made by the school. Client asked us to attend meetings with her.',
          },
          { stage: 'assessment', on: 66 },
          {
            stage: 'strategy_discussion',
            on: 12,
            note: 'Social worker told client a strategy discussion was held with police and school. Outcome asked for in writing.',
          },
        ],
        notes: [
          {
            on: 40,
            text: 'Attended home visit with client; social worker agreed to send the assessment in writing.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Daniela',
    dateOfBirth: '1998-11-02',
    nationality: 'Brazilian',
    languages: ['Portuguese', 'English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post']),
    flags: ['mental_health'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 260 },
    matters: [
      {
        kind: 'police_report',
        agency: 'British Transport Police',
        contact: 'btp-whitlow',
        details: {
          crimeReference: 'BTP/25/0041237',
          offence: 'Assault by beating, recorded as a hate crime (transgender identity)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          {
            stage: 'reported',
            on: 257,
            note: 'Reported by text to BTP on the day; statement given in person.',
          },
          { stage: 'crime_recorded', on: 253 },
          { stage: 'investigating', on: 240 },
          {
            stage: 'suspect_interviewed',
            on: 62,
            note: 'Suspect identified from CCTV and interviewed; released under investigation.',
          },
        ],
        notes: [
          { on: 200, text: 'Letter sent to OIC asking whether station CCTV was obtained; no reply yet.' },
          { on: 150, text: 'OIC replied: CCTV obtained, enquiries to identify the suspect continuing.' },
        ],
      },
    ],
  },
  {
    displayName: 'Olena',
    dateOfBirth: '1981-04-09',
    nationality: 'Ukrainian',
    languages: ['Ukrainian', 'Russian'],
    interpreter: 'Ukrainian',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'post'], { safeTimes: 'Mornings' }),
    flags: ['homeless'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: {
      opened: 35,
      notes: [
        { on: 20, text: 'Referred to the council’s homelessness team with her consent; appointment booked.' },
      ],
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        details: { offence: 'Threats and harassment by former landlord', clientRole: 'victim' },
        steps: [
          {
            stage: 'considering_report',
            on: 33,
            note: 'Client is considering reporting. Explained what reporting involves; she will decide next week.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Sofia',
    dateOfBirth: '2000-06-30',
    nationality: 'Bulgarian',
    languages: ['Bulgarian', 'English'],
    interpreter: 'Bulgarian',
    pronouns: 'she/her',
    contact: contactBy(['text', 'post'], {
      safeTimes: 'Weekdays 09:00–12:00',
      notes: 'Text first to arrange any call.',
    }),
    flags: ['pregnant', 'no_recourse_to_public_funds'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 300 },
    matters: [
      {
        kind: 'social_services',
        agency: "Enfield Council children's services",
        contact: 'enfield-price',
        details: {
          localAuthority: 'Enfield Council',
          children: [{ firstName: 'Elena', age: 3 }],
          initialConferenceDate: ahead(3),
        },
        steps: [
          { stage: 'referral_received', on: 110, note: 'Referral from the health visitor.' },
          { stage: 'assessment', on: 106 },
          { stage: 'strategy_discussion', on: 21 },
          { stage: 's47_enquiry', on: 17 },
          {
            stage: 'icpc_booked',
            on: 8,
            note: 'Initial child protection conference booked. Client asked us to attend; interpreter requested in writing.',
          },
        ],
        notes: [{ on: 90, text: 'Assessment visit attended with client and a Bulgarian interpreter.' }],
      },
    ],
  },
  {
    displayName: 'Kemi',
    dateOfBirth: '1990-02-11',
    nationality: 'British',
    languages: ['English', 'Yoruba'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail'], { notes: 'No post: a relative opens her letters.' }),
    flags: ['children_at_risk', 'mental_health'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 45 },
    matters: [
      {
        kind: 'social_services',
        agency: "Islington Council children's services",
        contact: 'islington-ellery',
        details: {
          localAuthority: 'Islington Council',
          children: [
            { firstName: 'Tobi', age: 9 },
            { firstName: 'Ayo', age: 13 },
          ],
        },
        steps: [
          {
            stage: 'referral_received',
            on: 40,
            note: 'Police made a referral after attending the flat. Client asked for our support.',
          },
          { stage: 'strategy_discussion', on: 10 },
          {
            stage: 's47_enquiry',
            on: 5,
            note: 'Section 47 enquiry started; social worker visiting the children at school this week.',
          },
        ],
        notes: [
          {
            on: 30,
            text: 'Letter to social worker asking for a copy of the referral and the team manager’s name; no reply yet.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Chloe',
    dateOfBirth: '2002-07-19',
    nationality: 'British',
    languages: ['English'],
    pronouns: 'she/her',
    contact: contactBy(['text'], { notes: 'Text only. Her family do not know about her work.' }),
    flags: ['substance_use'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: {
      opened: 380,
      notes: [
        { on: 370, text: 'Referred to a local drug and alcohol service at her request.', sensitive: true },
      ],
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        details: {
          crimeReference: '01/233590/25',
          offence: 'Keeping a brothel (working with one friend for safety)',
          clientRole: 'suspect',
        },
        steps: [
          {
            stage: 'investigating',
            on: 376,
            note: 'Arrested after a police visit to the flat she shares with a friend; released under investigation. Duty solicitor present.',
          },
          { stage: 'no_further_action', on: 250, note: 'Letter from police: no further action.' },
          { stage: 'closed', on: 240, note: 'Client has kept the police letter; nothing further to do.' },
        ],
        notes: [{ on: 300, text: 'Pemberton Hale Solicitors now acting for her on this matter.' }],
      },
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-finch',
        details: {
          crimeReference: '01/377104/26',
          offence: 'Robbery',
          clientRole: 'victim',
          victimsCodeEntitlement: 'standard',
        },
        steps: [
          { stage: 'reported', on: 52 },
          { stage: 'crime_recorded', on: 49 },
        ],
        notes: [{ on: 19, text: UPDATE_LETTER }],
      },
    ],
  },
  {
    displayName: 'Hana',
    dateOfBirth: '1990-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Thai',
    languages: ['Thai'],
    interpreter: 'Thai',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text'], {
      safeTimes: 'Afternoons',
      notes: 'Calls through a Thai interpreter; texts in English are fine for appointments.',
    }),
    flags: ['mental_health'],
    keyWorker: 'joanna',
    team: 'north',
    aliases: [
      {
        name: 'Siriporn Chaiyasit',
        kind: 'legal',
        knownTo: ['Metropolitan Police Service', 'NHS sexual assault referral centre (SARC) – London'],
        notes: 'Name on her passport. Hana is the name she uses.',
      },
    ],
    caseFile: { opened: 330 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-marsh',
        details: {
          crimeReference: '01/271946/25',
          offence: 'Rape (s1 Sexual Offences Act 2003)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          {
            stage: 'reported',
            on: 328,
            note: 'Reported with a volunteer present; video-recorded interview arranged.',
          },
          { stage: 'crime_recorded', on: 325 },
          { stage: 'investigating', on: 320 },
          {
            stage: 'no_further_action',
            on: 95,
            note: 'Letter from OIC: no further action, evidential test not met.',
          },
          {
            stage: 'review_requested',
            on: 70,
            note: 'Victims’ Right to Review requested in writing, with the client’s agreement.',
          },
        ],
        notes: [
          { on: 322, text: 'Client attended the SARC with a volunteer.', sensitive: true },
          { on: 200, text: UPDATE_LETTER },
          { on: 59, text: 'Force acknowledged the review request; outcome expected within 30 working days.' },
          { on: 10, text: 'Chased the review outcome by email; no reply yet.' },
        ],
      },
    ],
  },
  {
    displayName: 'Gabriela',
    dateOfBirth: '1987-10-05',
    nationality: 'Polish',
    languages: ['Polish', 'English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post']),
    flags: ['abuser_may_contact'],
    keyWorker: 'joanna',
    team: 'north',
    aliases: [
      {
        name: 'Gabriela Wójcik',
        kind: 'previous',
        knownTo: ['Metropolitan Police Service'],
        notes: 'Name before marriage; on her older identity documents and the first police report.',
      },
    ],
    caseFile: { opened: 500 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-okoro',
        details: {
          crimeReference: '01/156203/25',
          offence: 'Stalking (s2A Protection from Harassment Act 1997)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 497 },
          {
            stage: 'withdrawn',
            on: 470,
            note: 'Client withdrew: she was afraid the man would find out where she lives.',
          },
          {
            stage: 'reported',
            on: 180,
            note: 'Client reported again after further incidents; police reopened the same crime reference.',
          },
          { stage: 'crime_recorded', on: 176, note: 'Crime recorded as stalking.' },
        ],
        notes: [{ on: 150, text: 'Asked OIC in writing about a Stalking Protection Order; no reply yet.' }],
      },
    ],
  },
  {
    displayName: 'Mercy',
    dateOfBirth: '1993-12-01',
    nationality: 'Kenyan',
    languages: ['English', 'Swahili'],
    pronouns: 'she/her',
    contact: contactBy(['call'], {
      codeWord: 'college',
      notes:
        'Say you are calling from "the college". Never mention Umbrella or social services if someone else answers.',
    }),
    flags: ['abuser_may_contact', 'children_at_risk'],
    keyWorker: 'joanna',
    team: 'north',
    restricted: true,
    notes: 'Restricted at her request: her former partner has links to people who use local services.',
    caseFile: { opened: 700 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-asante',
        details: {
          crimeReference: '01/098812/24',
          offence: 'Assault occasioning actual bodily harm (domestic abuse)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 698 },
          { stage: 'investigating', on: 690 },
          { stage: 'charged', on: 640, note: 'Former partner charged and remanded.' },
          { stage: 'at_court', on: 560 },
          { stage: 'convicted', on: 480, note: 'Former partner convicted; restraining order made.' },
        ],
      },
      {
        kind: 'social_services',
        agency: "Camden Council children's services",
        contact: 'camden-moore',
        details: {
          localAuthority: 'Camden Council',
          children: [{ firstName: 'Amani', age: 6 }],
          initialConferenceDate: ago(760),
          reviewConferenceDate: ago(420),
        },
        steps: [
          {
            stage: 'child_protection_plan',
            on: 695,
            note: 'Amani was already on a child protection plan when Mercy came to us.',
          },
          {
            stage: 'child_in_need_plan',
            on: 420,
            note: 'Review conference stepped Amani down to a child in need plan.',
          },
        ],
        notes: [{ on: 300, text: 'Child in need review meeting attended with client.' }],
      },
    ],
  },
  {
    displayName: 'Alex',
    dateOfBirth: '1999-09-09',
    nationality: 'British',
    languages: ['English'],
    pronouns: 'they/them',
    contact: contactBy(['text', 'post'], { notes: 'Prefers text and email; phone calls make them anxious.' }),
    flags: ['self_harm'],
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 90 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-finch',
        details: {
          crimeReference: '01/398554/26',
          offence: 'Sharing intimate images without consent (s66B Sexual Offences Act 2003)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 86 },
          { stage: 'crime_recorded', on: 80 },
          { stage: 'investigating', on: 60 },
        ],
        notes: [
          {
            on: 30,
            text: 'Letter sent to OIC asking whether the website has been asked to remove the images; no reply yet.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Mei',
    dateOfBirth: '1979-01-01',
    dateOfBirthPrecision: 'approximate',
    nationality: 'Chinese',
    languages: ['Cantonese'],
    interpreter: 'Cantonese',
    pronouns: 'she/her',
    contact: contactBy(['call', 'text']),
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 25 },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        details: {
          offence: 'Sexual assault (s3 Sexual Offences Act 2003)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          {
            stage: 'considering_report',
            on: 24,
            note: 'Client considering reporting an assault by a client; talked through what reporting involves.',
          },
          {
            stage: 'reported',
            on: 10,
            note: 'Reported at the police station with a volunteer and a Cantonese interpreter. Awaiting crime reference.',
          },
        ],
      },
      {
        kind: 'social_services',
        agency: "Barnet Council children's services",
        details: { localAuthority: 'Barnet Council', children: [{ firstName: 'Jun', age: 15 }] },
        steps: [
          {
            stage: 'referral_received',
            on: 4,
            note: 'School made a referral about Jun’s attendance. Client asked us to be at the first meeting.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Claire',
    dateOfBirth: '1974-03-17',
    nationality: 'Irish',
    languages: ['English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post']),
    keyWorker: 'joanna',
    team: 'north',
    caseFile: {
      opened: 560,
      closed: 29,
      closedNote: 'Case closed with client’s agreement after the trial.',
      notes: [
        {
          on: 59,
          text: 'Met client after the trial; she is upset by the verdict. Offered continued support.',
        },
      ],
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-okoro',
        details: {
          crimeReference: '01/142077/25',
          offence: 'Assault occasioning actual bodily harm',
          clientRole: 'witness',
          victimsCodeEntitlement: 'standard',
        },
        steps: [
          {
            stage: 'reported',
            on: 555,
            note: 'Client gave a witness statement about an assault on a friend.',
          },
          { stage: 'crime_recorded', on: 552 },
          { stage: 'investigating', on: 545 },
          { stage: 'charged', on: 400 },
          { stage: 'at_court', on: 300 },
          {
            stage: 'acquitted',
            on: 60,
            note: 'Defendant acquitted after trial. Client gave evidence behind a screen.',
          },
          { stage: 'closed', on: 30 },
        ],
      },
    ],
  },
  {
    displayName: 'Danny',
    dateOfBirth: '1992-04-04',
    nationality: 'British',
    languages: ['English'],
    pronouns: 'he/him',
    contact: contactBy(['call', 'text']),
    keyWorker: 'joanna',
    team: 'north',
    caseFile: { opened: 470, closed: 150, closedNote: 'Client does not want a review; case closed.' },
    matters: [
      {
        kind: 'police_report',
        agency: 'Metropolitan Police Service',
        contact: 'met-marsh',
        details: {
          crimeReference: '01/187730/25',
          offence: 'Robbery during a booking',
          clientRole: 'victim',
          victimsCodeEntitlement: 'standard',
        },
        steps: [
          { stage: 'reported', on: 467 },
          { stage: 'crime_recorded', on: 464 },
          { stage: 'no_further_action', on: 300, note: 'No further action: suspect not identified.' },
          { stage: 'closed', on: 152, note: 'Client decided not to ask for a review.' },
        ],
      },
    ],
  },
  {
    displayName: 'Amira',
    dateOfBirth: '1996-01-25',
    nationality: 'Egyptian',
    languages: ['Arabic', 'English'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail']),
    keyWorker: 'joanna',
    team: 'north',
    caseFile: {
      opened: 690,
      closed: 260,
      closedNote:
        'Client moved to Birmingham; with her consent we passed her details to a local service there.',
    },
    matters: [
      {
        kind: 'police_report',
        agency: 'West Midlands Police',
        contact: 'wmp-okafor',
        details: {
          crimeReference: '20/061447/24',
          offence: 'Sexual assault (s3 Sexual Offences Act 2003)',
          clientRole: 'victim',
          victimsCodeEntitlement: 'enhanced',
        },
        steps: [
          { stage: 'reported', on: 686 },
          { stage: 'crime_recorded', on: 683 },
          { stage: 'investigating', on: 675 },
          {
            stage: 'closed',
            on: 262,
            note: 'Closed here: the local service in Birmingham now supports her with it.',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Joy',
    dateOfBirth: '1984-06-15',
    nationality: 'Ugandan',
    languages: ['English', 'Luganda'],
    pronouns: 'she/her',
    contact: contactBy(['call', 'text', 'voicemail', 'post'], {
      notes: 'Reports monthly: call the day before to check she has the solicitor’s number with her.',
    }),
    flags: ['risk_of_detention', 'no_recourse_to_public_funds'],
    keyWorker: 'joanna',
    team: 'north',
    aliases: [
      {
        name: 'Joy Nakato',
        kind: 'legal',
        knownTo: [
          'Home Office UK Visas and Immigration (asylum)',
          'First-tier Tribunal (Immigration and Asylum Chamber)',
          'Home Office reporting centre – Becket House (London)',
        ],
      },
    ],
    caseFile: { opened: 720, openedNote: 'Referred by her solicitor for support at reporting.' },
    matters: [
      {
        kind: 'asylum_claim',
        agency: 'Home Office UK Visas and Immigration (asylum)',
        details: {
          homeOfficeReference: 'J1183562',
          claimDate: ago(1100),
          screeningDate: ago(1096),
          substantiveInterviewDate: ago(800),
          decisionSentDate: ago(608),
          appealNumber: 'PA/05521/2025',
          hearingDate: ago(380),
          legalRepresentative: 'Kestrel Lane Legal (Eva Lindqvist)',
          reportingConditions: 'Monthly at Becket House reporting centre',
          supportType: 's4',
        },
        steps: [
          {
            stage: 'awaiting_decision',
            on: 715,
            note: 'Claim made before she came to us; interview done, decision awaited.',
          },
          { stage: 'refused', on: 610 },
          { stage: 'appeal_lodged', on: 600, note: 'Appeal lodged online by the solicitor, in time.' },
          { stage: 'hearing_listed', on: 500 },
          {
            stage: 'appeal_dismissed',
            on: 360,
            note: 'Appeal dismissed. Permission to appeal to the Upper Tribunal refused.',
          },
          {
            stage: 'fresh_claim',
            on: 60,
            note: 'Further submissions lodged by the solicitor with new evidence.',
          },
        ],
        notes: [
          { on: 340, text: 'Volunteer went with client to reporting. No issues.' },
          {
            on: 30,
            text: 'Asked solicitor whether the Home Office has acknowledged the further submissions; no reply yet.',
          },
        ],
      },
    ],
  },
];
