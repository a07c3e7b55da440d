import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../blocks.ts';
import { membersSentence, type OrganisationMember, organisationSection } from './organisation.ts';

const gavleborgMembers: OrganisationMember[] = [
  { kind: 'fk', name: 'Försäkringskassan', officialCode: null },
  { kind: 'af', name: 'Arbetsförmedlingen', officialCode: null },
  { kind: 'region', name: 'Region Gävleborg', officialCode: '21' },
  ...[
    ['2183', 'Bollnäs kommun'],
    ['2180', 'Gävle kommun'],
    ['2104', 'Hofors kommun'],
    ['2184', 'Hudiksvalls kommun'],
    ['2161', 'Ljusdals kommun'],
    ['2132', 'Nordanstigs kommun'],
    ['2101', 'Ockelbo kommun'],
    ['2121', 'Ovanåkers kommun'],
    ['2182', 'Söderhamns kommun'],
    ['2181', 'Sandvikens kommun'],
  ].map(([officialCode, name]) => ({
    kind: 'municipality' as const,
    name: name ?? '',
    officialCode: officialCode ?? null,
  })),
];

const plan2019 = {
  name: 'Verksamhetsplan 2019',
  firstYear: 2019,
  lastYear: 2019,
  purpose: 'Samordningsförbundets ändamål är …',
  vision:
    'Samordningsförbundets vision är ett socialt hållbart och jämställt samhälle där fler individer får stöd att nå egen försörjning.\n\nFör att nå visionen har förbundet som verksamhetsidé att integrera samverkan.',
  adoptedOn: '2018-11-30',
  goalAreas: [
    'Driva utveckling av en långsiktigt strukturell samverkan och metodutveckling mellan parterna.',
    'Våra insatser ska leda till att individer får stöd och rehabilitering som ger dem möjlighet att försörja sig själva.',
    'Förbundet ska driva förebyggande insatser såväl strukturellt som individinriktat.',
    'Verksamhet i ekonomisk balans.',
  ],
};

describe('organisationSection (§1.2 Om förbundet)', () => {
  it('writes the members as the half-year report 2019 does', () => {
    expect(membersSentence('Samordningsförbund Gävleborg', gavleborgMembers)).toBe(
      'Samordningsförbund Gävleborg är en fristående juridisk organisation med Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och kommunerna Bollnäs, Gävle, Hofors, Hudiksvall, Ljusdal, Nordanstig, Ockelbo, Ovanåker, Sandviken samt Söderhamn som medlemmar.',
    );
  });

  it('names a single municipality in full', () => {
    expect(
      membersSentence('Samordningsförbundet X', [
        { kind: 'af', name: 'Arbetsförmedlingen', officialCode: null },
        { kind: 'municipality', name: 'Timrå kommun', officialCode: '2262' },
      ]),
    ).toBe(
      'Samordningsförbundet X är en fristående juridisk organisation med Arbetsförmedlingen och Timrå kommun som medlemmar.',
    );
  });

  it('lists the goal areas of the plan in force after its vision', () => {
    const result = organisationSection({
      tenantName: 'Samordningsförbund Gävleborg',
      kind: 'halfYear',
      members: gavleborgMembers,
      plan: plan2019,
      year: 2019,
    });
    if (result.status !== 'ok') throw new Error('expected content');
    expect(result.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Organisation' });
    expect(result.blocks[2]).toEqual({
      type: 'paragraph',
      runs: [
        {
          text: 'Förbundet leds av en styrelse som utses av medlemmarna. Till sin hjälp har den ett kansli.',
        },
      ],
    });
    expect(result.blocks[3]).toEqual({ type: 'heading', level: 1, text: 'Vision och verksamhetsidé' });
    expect(result.blocks.at(-2)).toEqual({
      type: 'paragraph',
      runs: [{ text: 'Målområden i verksamhetsplanen 2019:' }],
    });
    expect(result.blocks.at(-1)).toMatchObject({ type: 'list', ordered: true });
    expect(blocksToPlainText(result.blocks.slice(-1))).toBe(plan2019.goalAreas.join('\n'));
  });

  it('writes the plan’s purpose, members and adoption for the verksamhetsplan', () => {
    const result = organisationSection({
      tenantName: 'Samordningsförbund Gävleborg',
      kind: 'plan',
      members: gavleborgMembers,
      plan: { ...plan2019, name: 'Verksamhetsplan och budget 2020–2022', adoptedOn: '2019-11-29' },
      year: 2020,
    });
    if (result.status !== 'ok') throw new Error('expected content');
    expect(blocksToPlainText(result.blocks).split('\n').at(-1)).toBe(
      'Verksamhetsplan och budget 2020–2022 är fastställd vid styrelsemötet den 29 november 2019.',
    );
  });

  it('says where to register the members when there are none, and notes a missing plan', () => {
    expect(
      organisationSection({ tenantName: 'X', kind: 'annual', members: [], plan: null, year: 2019 }),
    ).toEqual({
      status: 'unavailable',
      reason:
        'Förbundet har inga medlemmar registrerade för perioden. Registrera medlemmarna under Administration → Inställningar.',
    });
    const result = organisationSection({
      tenantName: 'X',
      kind: 'annual',
      members: gavleborgMembers,
      plan: null,
      year: 2019,
    });
    expect(result.status === 'ok' && result.blocks.at(-1)).toMatchObject({
      type: 'notice',
      tone: 'unavailable',
    });
  });
});
