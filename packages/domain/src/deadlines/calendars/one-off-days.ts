/**
 * Bank holidays made or moved by royal proclamation, UK-wide. Each entry adds a day and may take the place of
 * the regular one (`replaces`). Sources: gov.uk bank holidays feed; Banking and Financial Dealings Act 1971 s1(3).
 */
export interface OneOffBankHoliday {
  date: string;
  name: string;
  /** The regular bank holiday that did not happen that year because this one replaced it. */
  replaces: string | null;
}

export const ONE_OFF_BANK_HOLIDAYS: readonly OneOffBankHoliday[] = [
  { date: '1995-05-08', name: 'Early May bank holiday (VE Day)', replaces: '1995-05-01' },
  { date: '1999-12-31', name: 'Millennium bank holiday', replaces: null },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday', replaces: null },
  { date: '2002-06-04', name: 'Spring bank holiday', replaces: '2002-05-27' },
  { date: '2011-04-29', name: 'Royal wedding bank holiday', replaces: null },
  { date: '2012-06-04', name: 'Spring bank holiday', replaces: '2012-05-28' },
  { date: '2012-06-05', name: 'Diamond Jubilee bank holiday', replaces: null },
  { date: '2020-05-08', name: 'Early May bank holiday (VE Day)', replaces: '2020-05-04' },
  { date: '2022-06-02', name: 'Spring bank holiday', replaces: '2022-05-30' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', replaces: null },
  { date: '2022-09-19', name: 'Bank holiday for the State Funeral of Queen Elizabeth II', replaces: null },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', replaces: null },
];
