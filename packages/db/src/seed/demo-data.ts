import type { TenantRole } from '@samsyn/domain';

/**
 * The three förbund of the seed documents in `shared/seeds/`, with their real members.
 * Codes are SCB's municipality and county codes. Only Gävleborg's organisation number appears
 * in the seeds (half-year report 2019); the others are left empty rather than invented.
 */
export interface DemoTenant {
  slug: string;
  name: string;
  orgNumber: string | null;
  countyCode: string;
  /** Equity goal: at most this share of budgeted revenue (Gävleborg's is 20 %, from its report). */
  equityGoalPercent: number;
  /** SCB codes of the member municipalities; the members follow from them (`finsamMembers`). */
  municipalityCodes: string[];
  staff: { role: TenantRole; name: string }[];
}

export const demoTenants: DemoTenant[] = [
  {
    slug: 'gavleborg',
    name: 'Samordningsförbund Gävleborg',
    orgNumber: '222000-3137',
    countyCode: '21',
    equityGoalPercent: 20,
    municipalityCodes: [
      '2183', // Bollnäs kommun
      '2180', // Gävle kommun
      '2104', // Hofors kommun
      '2184', // Hudiksvalls kommun
      '2161', // Ljusdals kommun
      '2132', // Nordanstigs kommun
      '2101', // Ockelbo kommun
      '2121', // Ovanåkers kommun
      '2181', // Sandvikens kommun
      '2182', // Söderhamns kommun
    ],
    staff: [
      { role: 'admin', name: 'Maria Berg' },
      { role: 'editor', name: 'Johan Ek' },
      { role: 'viewer', name: 'Lena Holm' },
    ],
  },
  {
    slug: 'harnosand-timra',
    name: 'Samordningsförbundet Härnösand-Timrå',
    orgNumber: null,
    countyCode: '22',
    equityGoalPercent: 20,
    municipalityCodes: [
      '2280', // Härnösands kommun
      '2262', // Timrå kommun
    ],
    staff: [
      { role: 'admin', name: 'Sara Nyström' },
      { role: 'editor', name: 'Erik Sjöberg' },
      { role: 'viewer', name: 'Karin Wik' },
    ],
  },
  {
    slug: 'insjoriket',
    name: 'Samordningsförbundet Insjöriket',
    orgNumber: null,
    countyCode: '14',
    equityGoalPercent: 20,
    municipalityCodes: [
      '1401', // Härryda kommun
      '1481', // Mölndals stad
      '1402', // Partille kommun
    ],
    staff: [
      { role: 'admin', name: 'Anders Lind' },
      { role: 'editor', name: 'Eva Strand' },
      { role: 'viewer', name: 'Per Dahl' },
    ],
  },
];

/** Password of every demo account; printed in the README. Demo mode only. */
export const demoPassword = 'samsyn-demo';

/** `admin@gavleborg.demo`, `editor@insjoriket.demo`, … */
export const demoStaffEmail = (role: TenantRole, slug: string) => `${role}@${slug}.demo`;

/** Users who are not one förbund's staff. */
export const demoOtherUsers = {
  process: {
    email: 'process@samsyn.demo',
    name: 'Fatima Ali',
    memberships: [
      { slug: 'gavleborg', role: 'editor' },
      { slug: 'insjoriket', role: 'editor' },
    ] as { slug: string; role: TenantRole }[],
  },
  network: { email: 'network@samsyn.demo', name: 'Ingrid Norberg' },
  platform: { email: 'platform@samsyn.demo', name: 'Olof Sandberg' },
};
