import type { DemoMemberName } from './interventions/demo-types.ts';

/**
 * Samordningsförbund Gävleborg's ten member municipalities, named as the demo seeds its members
 * (demo-data.ts gives their codes), in alphabetical order: the parties of its county-wide
 * interventions and applications.
 */
export const gavleborgMunicipalities: readonly DemoMemberName[] = [
  'Bollnäs kommun',
  'Gävle kommun',
  'Hofors kommun',
  'Hudiksvalls kommun',
  'Ljusdals kommun',
  'Nordanstigs kommun',
  'Ockelbo kommun',
  'Ovanåkers kommun',
  'Sandvikens kommun',
  'Söderhamns kommun',
];
