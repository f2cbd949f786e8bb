import type { DemoCommunication } from './communication-story.ts';

const MET = 'Metropolitan Police Service';
const WCU = 'Witness Care Unit (local)';

// Letters, e-mails, calls and meetings of the North London team's clients (fictional, like the clients). Their
// key worker's My work on the anchor date shows three replies overdue (Kemi, Alex, Lin), a letter chased and
// its chaser awaiting (Hana), and two calls to confirm in writing (Grace, Mei).
export const NORTH_LONDON_COMMUNICATIONS: Readonly<Record<string, readonly DemoCommunication[]>> = {
  Ana: [
    {
      on: 424,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Crime reference for the assault reported this week',
      body:
        'Thank you for coming to the station with Ms Popa. The assault has been recorded under crime reference ' +
        '01/204518/25. I am the officer in charge and will be in touch once I have reviewed the statement.',
    },
    {
      key: 'update',
      on: 380,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Request for an update on the investigation',
      body:
        'Crime reference: 01/204518/25\nName: Ana-Maria Popa\n\nWe support Ms Popa, with her consent. She has not ' +
        'heard about the investigation since she gave her statement. Please let us know what has happened so far, ' +
        'whether the suspect has been interviewed, and when she can expect the next update. She is entitled to ' +
        'enhanced rights under the Victims’ Code.',
      expectsReply: true,
    },
    {
      key: 'update-chased',
      on: 359,
      direction: 'outgoing',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Chasing: Request for an update on the investigation',
      body:
        'We wrote to you three weeks ago asking for an update for Ms Popa and have not had a reply. Please reply ' +
        'within 5 working days, or tell us who is dealing with this.',
      chases: 'update',
    },
    {
      on: 355,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'RE: Chasing: Request for an update on the investigation',
      body:
        'Apologies for the delay. The file has been sent to the CPS for early investigative advice. I will let ' +
        'Ms Popa know as soon as I hear back.',
      replyTo: 'update-chased',
    },
    {
      on: 230,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Suspect charged',
      body:
        'As I told Ms Popa by phone yesterday, the suspect has been charged with assault occasioning actual bodily ' +
        'harm and will appear at the magistrates’ court. Bail conditions prevent any contact with her.',
    },
    {
      on: 149,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Not guilty plea entered: trial to be listed',
      body:
        'The defendant pleaded not guilty at the first hearing. A trial date will be set and we will write to ' +
        'Ms Popa about it and about the support available at court.',
    },
    {
      key: 'special-measures',
      on: 60,
      direction: 'outgoing',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Special measures for Ms Popa at trial',
      body:
        'Name: Ana-Maria Popa\nCrime reference: 01/204518/25\n\nMs Popa is anxious about seeing the defendant in ' +
        'court. Please apply for a screen, and for a Romanian interpreter for her evidence, and confirm the trial ' +
        'date to us and to her by text.',
      expectsReply: true,
    },
    {
      on: 40,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Trial date and special measures',
      body:
        'The trial has been listed. The court granted the application for a screen, and a Romanian interpreter ' +
        'has been booked. A pre-trial visit to the court can be arranged.',
      replyTo: 'special-measures',
      attachment: {
        filename: 'Witness care letter - trial date.pdf',
        kind: 'pdf',
        lines: [
          'Witness Care Unit',
          'Re: Ana-Maria Popa - crime reference 01/204518/25',
          '',
          'The trial has been listed at the magistrates court.',
          'Special measures granted: screen. Interpreter booked: Romanian.',
          'Please call us if you would like a pre-trial visit.',
        ],
      },
    },
  ],

  Lin: [
    {
      on: 195,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Your crime reference',
      body: 'The robbery reported by Ms Zhang has been recorded under crime reference 01/318822/26.',
    },
    {
      key: 'update',
      on: 120,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Request for an update on the investigation',
      body:
        'Crime reference: 01/318822/26\nName: Zhang Lin\n\nOur client has had no news since she reported the ' +
        'robbery. Please tell us whether CCTV from the high street has been obtained and what happens next. Please ' +
        'contact her through a Mandarin interpreter.',
      expectsReply: true,
    },
    {
      key: 'update-chased',
      on: 94,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Chasing: Request for an update on the investigation',
      body:
        'We have not had a reply to our letter about Ms Zhang’s report. We have copied this letter to your ' +
        'sergeant. Please reply within 5 working days.',
      chases: 'update',
    },
    {
      on: 85,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Investigation update: CCTV under review',
      body:
        'CCTV from two shops has been obtained and is being reviewed. No suspect has yet been identified. I will ' +
        'update Ms Zhang with an interpreter when the review is complete.',
      replyTo: 'update-chased',
    },
    {
      key: 'nfa-call',
      on: 24,
      direction: 'incoming',
      channel: 'phone_call',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Officer phoned: no further action',
      body:
        'DC Finch phoned: the case is closed with no further action because the suspects could not be identified ' +
        'from the CCTV. Asked for the decision and the reasons in writing, and for the time limit for a Victims’ ' +
        'Right to Review.',
    },
    {
      on: 23,
      direction: 'outgoing',
      channel: 'email',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Confirming our call: no further action, and the decision in writing',
      body:
        'Crime reference: 01/318822/26\nName: Zhang Lin\n\nThank you for your call today telling us that no further ' +
        'action will be taken. As discussed, please send the decision and its reasons in writing, so that Ms Zhang ' +
        'can decide, with an interpreter, whether to ask for a review.',
      confirms: 'nfa-call',
      expectsReply: true,
    },
  ],

  Marisol: [
    {
      key: 'withdrawal',
      on: 561,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      matter: 0,
      subject: 'Our client no longer wishes to support the investigation',
      body:
        'Crime reference: 01/117340/25\n\nOur client has decided, after careful thought, that she does not want to ' +
        'go to court. She is willing to give a withdrawal statement. Please confirm how she can do this.',
      expectsReply: true,
    },
    {
      on: 545,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      matter: 0,
      subject: 'Withdrawal statement recorded',
      body:
        'Your client’s withdrawal statement has been taken and the investigation has been filed. It can be ' +
        'reopened if she changes her mind.',
      replyTo: 'withdrawal',
    },
  ],

  Grace: [
    {
      key: 'update',
      on: 60,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-okoro',
      matter: 0,
      subject: 'Request for an update on the investigation',
      body:
        'Crime reference: 01/402117/26\n\nWe support the victim in this case. Please send updates to us rather ' +
        'than to her home address, and never leave voicemail. What is the current position?',
      expectsReply: true,
    },
    {
      on: 35,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-okoro',
      matter: 0,
      subject: 'RE: Request for an update on the investigation',
      body:
        'The file is being prepared for the CPS to give charging advice. I have noted that updates go through ' +
        'you and that no voicemail should be left.',
      replyTo: 'update',
    },
    {
      on: 68,
      direction: 'incoming',
      channel: 'letter',
      agency: "Haringey Council children's services",
      contact: 'haringey-clarke',
      matter: 1,
      subject: 'Referral received: child and family assessment',
      body:
        'We have received a referral from the school about Kayla and Jordan and will carry out a child and family ' +
        'assessment. Megan Clarke is the allocated social worker.',
    },
    {
      on: 40,
      direction: 'outgoing',
      channel: 'meeting',
      agency: "Haringey Council children's services",
      contact: 'haringey-clarke',
      matter: 1,
      subject: 'Home visit with the social worker',
      body:
        'Attended the home visit with Grace. The social worker saw both children and agreed to send the ' +
        'assessment in writing when it is complete.',
      notConfirmed: 'The social worker is sending her own written record of the visit.',
    },
    {
      on: 20,
      direction: 'incoming',
      channel: 'letter',
      agency: "Haringey Council children's services",
      contact: 'haringey-clarke',
      matter: 1,
      subject: 'Child and family assessment',
      body: 'Please find the outcome of the assessment. We recommend continued support under a child in need plan.',
    },
    {
      on: 12,
      direction: 'incoming',
      channel: 'phone_call',
      agency: "Haringey Council children's services",
      contact: 'haringey-clarke',
      matter: 1,
      subject: 'Social worker phoned: strategy discussion held',
      body:
        'Megan Clarke phoned: a strategy discussion was held with the police and the school after a new incident. ' +
        'The outcome will be shared with Grace at a meeting next week.',
    },
  ],

  Daniela: [
    {
      on: 253,
      direction: 'incoming',
      channel: 'email',
      agency: 'British Transport Police',
      contact: 'btp-whitlow',
      matter: 0,
      subject: 'Crime reference for the assault on the platform',
      body: 'The assault has been recorded as a hate crime under reference BTP/25/0041237. I am the officer in charge.',
    },
    {
      key: 'cctv',
      on: 200,
      direction: 'outgoing',
      channel: 'letter',
      agency: 'British Transport Police',
      contact: 'btp-whitlow',
      matter: 0,
      subject: 'Station CCTV',
      body:
        'Crime reference: BTP/25/0041237\n\nStation CCTV is usually kept for a limited time. Please confirm that ' +
        'the footage from the platform has been obtained and kept.',
      expectsReply: true,
    },
    {
      on: 150,
      direction: 'incoming',
      channel: 'email',
      agency: 'British Transport Police',
      contact: 'btp-whitlow',
      matter: 0,
      subject: 'RE: Station CCTV',
      body: 'The CCTV was obtained and is kept with the case. Enquiries to identify the man continue.',
      replyTo: 'cctv',
    },
    {
      on: 62,
      direction: 'incoming',
      channel: 'email',
      agency: 'British Transport Police',
      contact: 'btp-whitlow',
      matter: 0,
      subject: 'Suspect interviewed',
      body:
        'A man identified from the CCTV has been interviewed and released under investigation while further ' +
        'enquiries are made. I will update Daniela when a charging decision is made.',
    },
  ],

  Olena: [
    {
      key: 'housing',
      on: 20,
      direction: 'outgoing',
      channel: 'email',
      name: 'Housing options team, Haringey Council',
      subject: 'Homelessness referral, with our client’s consent',
      body:
        'We refer our client, who is sofa-surfing after being threatened by her former landlord. She speaks ' +
        'Ukrainian and needs an interpreter. Please offer an appointment; mornings suit her best.',
      expectsReply: true,
      recipient: 'other',
      shares: ['identity', 'contact_details', 'immigration', 'case_details'],
    },
    {
      on: 17,
      direction: 'incoming',
      channel: 'email',
      name: 'Housing options team, Haringey Council',
      subject: 'RE: Homelessness referral',
      body: 'An appointment has been booked with a Ukrainian interpreter. The letter with the details has been posted.',
      replyTo: 'housing',
    },
  ],

  Sofia: [
    {
      on: 108,
      direction: 'incoming',
      channel: 'letter',
      agency: "Enfield Council children's services",
      contact: 'enfield-price',
      matter: 0,
      subject: 'Referral received from the health visitor',
      body: 'We have received a referral about Elena and will visit to carry out an assessment.',
    },
    {
      on: 90,
      direction: 'outgoing',
      channel: 'meeting',
      agency: "Enfield Council children's services",
      contact: 'enfield-price',
      matter: 0,
      subject: 'Assessment visit',
      body: 'Attended the assessment visit with Sofia and a Bulgarian interpreter.',
      notConfirmed: 'The social worker sent her notes of the visit to Sofia the same day.',
    },
    {
      on: 8,
      direction: 'incoming',
      channel: 'letter',
      agency: "Enfield Council children's services",
      matter: 0,
      subject: 'Invitation: initial child protection conference',
      body: 'An initial child protection conference about Elena has been arranged. Sofia is invited to attend.',
    },
    {
      on: 8,
      direction: 'outgoing',
      channel: 'email',
      agency: "Enfield Council children's services",
      contact: 'enfield-price',
      matter: 0,
      subject: 'Bulgarian interpreter for the initial child protection conference',
      body:
        'Sofia has asked us to attend the conference with her. Please book a Bulgarian interpreter for the whole ' +
        'meeting, and send her the social worker’s report in advance so it can be read with her.',
      expectsReply: true,
    },
  ],

  Kemi: [
    {
      on: 38,
      direction: 'incoming',
      channel: 'letter',
      agency: "Islington Council children's services",
      contact: 'islington-ellery',
      matter: 0,
      subject: 'Referral from the police',
      body: 'We have received a police referral about Tobi and Ayo and will be in touch to arrange a visit.',
    },
    {
      on: 30,
      direction: 'outgoing',
      channel: 'letter',
      agency: "Islington Council children's services",
      contact: 'islington-ellery',
      matter: 0,
      subject: 'Copy of the referral and the team manager’s name',
      body:
        'We support Kemi, with her consent. Please send us a copy of the police referral so we can go through it ' +
        'with her, and tell us the name of your team manager. Please do not write to her home address: a relative ' +
        'opens her post.',
      expectsReply: true,
    },
    {
      on: 5,
      direction: 'incoming',
      channel: 'email',
      agency: "Islington Council children's services",
      contact: 'islington-ellery',
      matter: 0,
      subject: 'Section 47 enquiry: visit to the children at school',
      body: 'A section 47 enquiry has started. I will see Tobi and Ayo at school this week and then meet Kemi.',
    },
  ],

  Chloe: [
    {
      key: 'solicitor',
      on: 300,
      direction: 'outgoing',
      channel: 'email',
      agency: 'Pemberton Hale Solicitors',
      contact: 'pemberton-lloyd',
      matter: 0,
      subject: 'Our client has asked you to act for her',
      body:
        'Crime reference: 01/233590/25\n\nChloe has asked us to put her in touch: she was released under ' +
        'investigation and would like you to act for her. Please contact her by text only.',
      expectsReply: true,
      shares: ['identity', 'contact_details', 'criminal', 'case_details'],
    },
    {
      on: 298,
      direction: 'incoming',
      channel: 'email',
      agency: 'Pemberton Hale Solicitors',
      contact: 'pemberton-lloyd',
      matter: 0,
      subject: 'RE: Our client has asked you to act for her',
      body: 'We are now acting and have written to the officer in charge. We will text Chloe to arrange a meeting.',
      replyTo: 'solicitor',
    },
    {
      on: 250,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      matter: 0,
      subject: 'Notice of no further action',
      body: 'No further action will be taken in relation to the investigation under crime reference 01/233590/25.',
    },
    {
      on: 49,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-finch',
      matter: 1,
      subject: 'Crime reference for the robbery reported',
      body: 'The robbery has been recorded under crime reference 01/377104/26. I am the officer in charge.',
    },
    {
      key: 'update',
      on: 19,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-finch',
      matter: 1,
      subject: 'Request for an update on the investigation',
      body:
        'Crime reference: 01/377104/26\n\nOur client would like to know what enquiries have been made. Please ' +
        'contact her by text only, or through us.',
      expectsReply: true,
    },
    {
      on: 9,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-finch',
      matter: 1,
      subject: 'RE: Request for an update on the investigation',
      body: 'CCTV requests have been sent to the businesses nearby. I will update you when the footage is reviewed.',
      replyTo: 'update',
    },
  ],

  Hana: [
    {
      key: 'sarc',
      on: 324,
      direction: 'outgoing',
      channel: 'email',
      agency: 'NHS sexual assault referral centre (SARC) – London',
      subject: 'Appointment for our client',
      body:
        'Name: Siriporn Chaiyasit\n\nWe support this client, with her consent. She would like an appointment this ' +
        'week with a female clinician and a Thai interpreter. A volunteer can come with her.',
      expectsReply: true,
      shares: ['identity', 'health', 'sexual_violence'],
    },
    {
      on: 323,
      direction: 'incoming',
      channel: 'email',
      agency: 'NHS sexual assault referral centre (SARC) – London',
      subject: 'RE: Appointment for our client',
      body: 'An appointment has been booked with a female clinician and a Thai interpreter.',
      replyTo: 'sarc',
    },
    {
      key: 'update',
      on: 200,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Request for an update on the investigation',
      body:
        'Crime reference: 01/271946/25\nName: Siriporn Chaiyasit\n\nOur client would like to know how the ' +
        'investigation is progressing. Please contact her through a Thai interpreter, in the afternoon.',
      expectsReply: true,
    },
    {
      on: 190,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'RE: Request for an update on the investigation',
      body: 'The suspect has been interviewed and the file will be reviewed by a supervisor before any decision.',
      replyTo: 'update',
    },
    {
      on: 95,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Decision: no further action',
      body:
        'After review, no further action will be taken because the evidential test is not met. Ms Chaiyasit may ' +
        'ask for this decision to be reviewed under the Victims’ Right to Review scheme.',
      attachment: {
        filename: 'Police decision letter 01-271946-25.pdf',
        kind: 'pdf',
        lines: [
          'Metropolitan Police Service',
          'Crime reference 01/271946/25 - Siriporn Chaiyasit',
          '',
          'Decision: no further action. The evidential test is not met.',
          "You may ask for a review under the Victims' Right to Review scheme",
          'within 3 months of this letter.',
        ],
      },
    },
    {
      key: 'review',
      on: 70,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Victims’ Right to Review: request for a review of the decision',
      body:
        'Crime reference: 01/271946/25\nName: Siriporn Chaiyasit\n\nWith our client’s agreement, we ask for a ' +
        'review of the decision to take no further action. She would like to know the reasons in full and to be ' +
        'told the outcome through a Thai interpreter.',
      expectsReply: true,
    },
    {
      on: 59,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      matter: 0,
      subject: 'Acknowledgement of your request for a review',
      body: 'Your request has been received. The review will normally be completed within 30 working days.',
    },
    {
      on: 10,
      direction: 'outgoing',
      channel: 'email',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Chasing: Victims’ Right to Review: request for a review of the decision',
      body:
        'Crime reference: 01/271946/25\nName: Siriporn Chaiyasit\n\nThe review was acknowledged and expected ' +
        'within 30 working days; we have not heard the outcome. Please tell us when it will be ready.',
      chases: 'review',
    },
  ],

  Gabriela: [
    {
      on: 176,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-okoro',
      matter: 0,
      subject: 'Crime recorded as stalking',
      body:
        'The new incidents have been recorded as stalking under the same crime reference, 01/156203/25, which ' +
        'was first used under the name Gabriela Wójcik.',
    },
    {
      key: 'spo',
      on: 150,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-okoro',
      matter: 0,
      subject: 'Stalking Protection Order',
      body:
        'Crime reference: 01/156203/25\nName: Gabriela Wójcik\n\nOur client remains frightened. Will the police ' +
        'apply for a Stalking Protection Order? Please tell us what she needs to provide.',
      expectsReply: true,
    },
    {
      on: 130,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      contact: 'met-okoro',
      matter: 0,
      subject: 'RE: Stalking Protection Order',
      body:
        'An application is being considered by our legal services. I will contact Gabriela about a further ' +
        'statement.',
      replyTo: 'spo',
    },
  ],

  Mercy: [
    {
      on: 640,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-asante',
      matter: 0,
      subject: 'Charged and remanded',
      body: 'Mercy’s former partner has been charged and remanded in custody. I will keep her updated.',
    },
    {
      on: 480,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Outcome of the trial',
      body: 'The defendant was convicted. The court made a restraining order protecting Mercy and Amani.',
    },
    {
      on: 419,
      direction: 'incoming',
      channel: 'letter',
      agency: "Camden Council children's services",
      contact: 'camden-moore',
      matter: 1,
      subject: 'Review conference outcome: child in need plan',
      body: 'The review conference decided that Amani will be supported under a child in need plan.',
    },
    {
      on: 300,
      direction: 'outgoing',
      channel: 'meeting',
      agency: "Camden Council children's services",
      contact: 'camden-moore',
      matter: 1,
      subject: 'Child in need review meeting',
      body: 'Attended with Mercy. Progress is good; the plan continues for three more months.',
      notConfirmed: 'The council sent minutes of the meeting.',
    },
  ],

  Alex: [
    {
      on: 80,
      direction: 'incoming',
      channel: 'email',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Crime reference for your report',
      body: 'Your report has been recorded under crime reference 01/398554/26. I will be in touch by e-mail.',
    },
    {
      key: 'helpline',
      on: 31,
      direction: 'outgoing',
      channel: 'email',
      name: 'Revenge Porn Helpline',
      subject: 'Help to have images removed',
      body: 'Alex has asked us to contact you for help in having intimate images taken down from a website.',
      expectsReply: true,
      recipient: 'support_services',
      shares: ['identity', 'sexual_violence', 'case_details'],
    },
    {
      on: 30,
      direction: 'incoming',
      channel: 'email',
      name: 'Revenge Porn Helpline',
      subject: 'RE: Help to have images removed',
      body: 'We have reported the images to the website and will let Alex know as soon as they are removed.',
      replyTo: 'helpline',
    },
    {
      on: 30,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-finch',
      matter: 0,
      subject: 'Removal of the images from the website',
      body:
        'Crime reference: 01/398554/26\n\nHas the website been asked to remove the images and keep the evidence? ' +
        'Alex prefers to be contacted by text or e-mail, not by phone.',
      expectsReply: true,
    },
  ],

  Mei: [
    {
      on: 9,
      direction: 'outgoing',
      channel: 'email',
      agency: MET,
      matter: 0,
      subject: 'Crime reference for the report made this week',
      body:
        'Our client reported a sexual assault at the police station with a Cantonese interpreter. Please send us ' +
        'the crime reference and the name of the officer in charge.',
      expectsReply: true,
    },
    {
      on: 3,
      direction: 'incoming',
      channel: 'phone_call',
      agency: "Barnet Council children's services",
      name: 'Duty social worker',
      matter: 1,
      subject: 'Social worker phoned to arrange a first meeting',
      body:
        'The duty social worker phoned about the school’s referral about Jun’s attendance, and offered a first ' +
        'meeting next week. Mei would like us there; a Cantonese interpreter is needed.',
    },
  ],

  Claire: [
    {
      on: 298,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'You are a witness: trial date',
      body: 'The defendant has pleaded not guilty and a trial date has been set. You will be asked to give evidence.',
    },
    {
      key: 'special-measures',
      on: 120,
      direction: 'outgoing',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Special measures for our client',
      body: 'Claire would find it very hard to give evidence in view of the defendant. Please apply for a screen.',
      expectsReply: true,
    },
    {
      on: 110,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'RE: Special measures for our client',
      body: 'The application for a screen has been granted.',
      replyTo: 'special-measures',
    },
    {
      on: 59,
      direction: 'incoming',
      channel: 'letter',
      agency: WCU,
      matter: 0,
      subject: 'Outcome of the trial',
      body: 'The defendant was found not guilty. Thank you for giving evidence; support remains available to you.',
    },
  ],

  Danny: [
    {
      on: 300,
      direction: 'incoming',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'Decision: no further action',
      body: 'No further action will be taken as the suspect could not be identified.',
    },
    {
      on: 155,
      direction: 'outgoing',
      channel: 'letter',
      agency: MET,
      contact: 'met-marsh',
      matter: 0,
      subject: 'No review requested',
      body:
        'Crime reference: 01/187730/25\n\nWe write to let you know that our client has decided not to ask for a ' +
        'review of the decision. Thank you for your work on the case.',
    },
  ],

  Amira: [
    {
      key: 'update',
      on: 400,
      direction: 'outgoing',
      channel: 'letter',
      agency: 'West Midlands Police',
      contact: 'wmp-okafor',
      matter: 0,
      subject: 'Request for an update on the investigation',
      body: 'Crime reference: 20/061447/24\n\nPlease tell us the current position of the investigation.',
      expectsReply: true,
    },
    {
      on: 390,
      direction: 'incoming',
      channel: 'letter',
      agency: 'West Midlands Police',
      contact: 'wmp-okafor',
      matter: 0,
      subject: 'RE: Request for an update on the investigation',
      body: 'Forensic results are awaited. I will update Amira when they are back.',
      replyTo: 'update',
    },
    {
      on: 262,
      direction: 'outgoing',
      channel: 'letter',
      agency: 'West Midlands Police',
      contact: 'wmp-okafor',
      matter: 0,
      subject: 'Change of support service',
      body:
        'Crime reference: 20/061447/24\n\nAmira has moved to Birmingham. With her consent, a local service there ' +
        'now supports her; please send future updates to them.',
    },
  ],

  Joy: [
    {
      on: 609,
      direction: 'incoming',
      channel: 'email',
      agency: 'Kestrel Lane Legal',
      contact: 'kestrel-lindqvist',
      matter: 0,
      subject: 'Refusal of the asylum claim',
      body: 'The Home Office has refused Joy’s claim. We will lodge an appeal within the time limit.',
    },
    {
      on: 500,
      direction: 'incoming',
      channel: 'letter',
      agency: 'First-tier Tribunal (Immigration and Asylum Chamber)',
      matter: 0,
      subject: 'Notice of hearing, appeal PA/05521/2025',
      body: 'The appeal of Joy Nakato has been listed for a hearing. An interpreter is not required.',
    },
    {
      on: 360,
      direction: 'incoming',
      channel: 'email',
      agency: 'Kestrel Lane Legal',
      contact: 'kestrel-lindqvist',
      matter: 0,
      subject: 'Appeal dismissed',
      body:
        'I am sorry to say the appeal was dismissed and permission to appeal to the Upper Tribunal was refused. ' +
        'We are looking for new evidence for further submissions.',
    },
    {
      on: 60,
      direction: 'incoming',
      channel: 'email',
      agency: 'Kestrel Lane Legal',
      contact: 'kestrel-lindqvist',
      matter: 0,
      subject: 'Further submissions lodged',
      body: 'We have lodged further submissions with the new evidence. Joy should keep reporting as usual.',
    },
    {
      key: 'acknowledged',
      on: 30,
      direction: 'outgoing',
      channel: 'email',
      agency: 'Kestrel Lane Legal',
      contact: 'kestrel-lindqvist',
      matter: 0,
      subject: 'Has the Home Office acknowledged the further submissions?',
      body:
        'Home Office reference: J1183562\nName: Joy Nakato\n\nJoy reports at Becket House next week and is ' +
        'worried. Has the Home Office acknowledged the further submissions? A copy would help her if asked.',
      expectsReply: true,
    },
    {
      on: 26,
      direction: 'incoming',
      channel: 'email',
      agency: 'Kestrel Lane Legal',
      contact: 'kestrel-lindqvist',
      matter: 0,
      subject: 'RE: Has the Home Office acknowledged the further submissions?',
      body: 'Yes: the acknowledgement is attached. Joy can show it at reporting.',
      replyTo: 'acknowledged',
      attachment: {
        filename: 'Home Office acknowledgement (forwarded).txt',
        kind: 'email',
        lines: [
          'From: Further Submissions Unit, Home Office',
          'To: Eva Lindqvist, Kestrel Lane Legal',
          'Subject: Acknowledgement of further submissions - J1183562',
          '',
          'Dear Ms Lindqvist,',
          '',
          'We acknowledge receipt of the further submissions made on behalf of Joy Nakato.',
          'They will be considered and a decision sent to you in due course.',
          '',
          'Further Submissions Unit',
        ],
      },
    },
  ],
};
