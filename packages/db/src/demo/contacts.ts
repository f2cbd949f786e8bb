import type { StarterAgencyName } from '../directory/starter-directory.ts';

interface DemoContact {
  agency: StarterAgencyName;
  name: string;
  role: string;
  email?: string;
  phone?: string;
}

// Fictional people at directory agencies: example.org addresses and Ofcom drama numbers only.
export const DEMO_CONTACTS = {
  'met-marsh': {
    agency: 'Metropolitan Police Service',
    name: 'DC Helen Marsh',
    role: 'Officer in charge',
    email: 'helen.marsh@example.org',
    phone: '01632 960201',
  },
  'met-finch': {
    agency: 'Metropolitan Police Service',
    name: 'DC Laura Finch',
    role: 'Officer in charge',
    email: 'laura.finch@example.org',
    phone: '01632 960202',
  },
  'met-asante': {
    agency: 'Metropolitan Police Service',
    name: 'DS Kwame Asante',
    role: 'Officer in charge',
    email: 'kwame.asante@example.org',
    phone: '01632 960203',
  },
  'met-okoro': {
    agency: 'Metropolitan Police Service',
    name: 'DC Chidi Okoro',
    role: 'Officer in charge',
    email: 'chidi.okoro@example.org',
  },
  'btp-whitlow': {
    agency: 'British Transport Police',
    name: 'PC James Whitlow',
    role: 'Officer in charge',
    email: 'james.whitlow@example.org',
    phone: '01632 960205',
  },
  'gmp-hendry': {
    agency: 'Greater Manchester Police',
    name: 'DC Paul Hendry',
    role: 'Officer in charge',
    email: 'paul.hendry@example.org',
    phone: '01632 960206',
  },
  'wmp-okafor': {
    agency: 'West Midlands Police',
    name: 'DC Sarah Okafor',
    role: 'Officer in charge',
    email: 'sarah.okafor@example.org',
  },
  'haringey-clarke': {
    agency: "Haringey Council children's services",
    name: 'Megan Clarke',
    role: 'Social worker',
    email: 'megan.clarke@example.org',
    phone: '01632 960301',
  },
  'enfield-price': {
    agency: "Enfield Council children's services",
    name: 'Hannah Price',
    role: 'Social worker',
    email: 'hannah.price@example.org',
    phone: '01632 960302',
  },
  'islington-ellery': {
    agency: "Islington Council children's services",
    name: 'Tom Ellery',
    role: 'Social worker',
    email: 'tom.ellery@example.org',
  },
  'camden-moore': {
    agency: "Camden Council children's services",
    name: 'Daniel Moore',
    role: 'Social worker',
    phone: '01632 960304',
  },
  'newham-adeyemi': {
    agency: "Newham Council children's services",
    name: 'Ruth Adeyemi',
    role: 'Social worker',
    email: 'ruth.adeyemi@example.org',
  },
  'brightwater-rahman': {
    agency: 'Brightwater Immigration Solicitors',
    name: 'Aisha Rahman',
    role: 'Solicitor',
    email: 'aisha.rahman@brightwater.example.org',
    phone: '01632 960111',
  },
  'caldermoss-osei': {
    agency: 'Calder Moss Solicitors',
    name: 'Michael Osei',
    role: 'Solicitor',
    email: 'michael.osei@caldermoss.example.org',
    phone: '01632 960112',
  },
  'kestrel-lindqvist': {
    agency: 'Kestrel Lane Legal',
    name: 'Eva Lindqvist',
    role: 'Immigration caseworker',
    email: 'eva.lindqvist@kestrellane.example.org',
  },
  'pemberton-lloyd': {
    agency: 'Pemberton Hale Solicitors',
    name: 'Gareth Lloyd',
    role: 'Criminal defence solicitor',
    phone: '01632 960114',
  },
} as const satisfies Record<string, DemoContact>;

export type DemoContactKey = keyof typeof DEMO_CONTACTS;
