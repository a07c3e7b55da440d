import type { MemberKind, TenantRole } from '@samsyn/domain';

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
  members: { kind: MemberKind; name: string; officialCode: string | null }[];
  staff: { role: TenantRole; name: string }[];
}

const state = [
  { kind: 'fk', name: 'Försäkringskassan', officialCode: null },
  { kind: 'af', name: 'Arbetsförmedlingen', officialCode: null },
] as const;

export const demoTenants: DemoTenant[] = [
  {
    slug: 'gavleborg',
    name: 'Samordningsförbund Gävleborg',
    orgNumber: '222000-3137',
    countyCode: '21',
    equityGoalPercent: 20,
    members: [
      ...state,
      { kind: 'region', name: 'Region Gävleborg', officialCode: '21' },
      { kind: 'municipality', name: 'Bollnäs kommun', officialCode: '2183' },
      { kind: 'municipality', name: 'Gävle kommun', officialCode: '2180' },
      { kind: 'municipality', name: 'Hofors kommun', officialCode: '2104' },
      { kind: 'municipality', name: 'Hudiksvalls kommun', officialCode: '2184' },
      { kind: 'municipality', name: 'Ljusdals kommun', officialCode: '2161' },
      { kind: 'municipality', name: 'Nordanstigs kommun', officialCode: '2132' },
      { kind: 'municipality', name: 'Ockelbo kommun', officialCode: '2101' },
      { kind: 'municipality', name: 'Ovanåkers kommun', officialCode: '2121' },
      { kind: 'municipality', name: 'Sandvikens kommun', officialCode: '2181' },
      { kind: 'municipality', name: 'Söderhamns kommun', officialCode: '2182' },
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
    members: [
      ...state,
      { kind: 'region', name: 'Region Västernorrland', officialCode: '22' },
      { kind: 'municipality', name: 'Härnösands kommun', officialCode: '2280' },
      { kind: 'municipality', name: 'Timrå kommun', officialCode: '2262' },
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
    members: [
      ...state,
      { kind: 'region', name: 'Västra Götalandsregionen', officialCode: '14' },
      { kind: 'municipality', name: 'Härryda kommun', officialCode: '1401' },
      { kind: 'municipality', name: 'Mölndals stad', officialCode: '1481' },
      { kind: 'municipality', name: 'Partille kommun', officialCode: '1402' },
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
