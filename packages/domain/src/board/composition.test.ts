import { describe, expect, it } from 'vitest';
import type { SeatRole } from './board.ts';
import {
  type CompositionFinding,
  type CompositionInput,
  type CompositionMember,
  type CompositionSeat,
  type CompositionSeatRule,
  checkComposition,
  groupOfMember,
} from './composition.ts';

/** Samordningsförbund Gävleborg's members: the state, the region and the county's ten municipalities. */
const municipalities = [
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
const members: CompositionMember[] = [
  { id: 'fk', name: 'Försäkringskassan', kind: 'fk', joinedOn: null, leftOn: null },
  { id: 'af', name: 'Arbetsförmedlingen', kind: 'af', joinedOn: null, leftOn: null },
  { id: 'region', name: 'Region Gävleborg', kind: 'region', joinedOn: null, leftOn: null },
  ...municipalities.map((name) => ({
    id: name,
    name,
    kind: 'municipality' as const,
    joinedOn: null,
    leftOn: null,
  })),
];
const board = { id: 'fs', kind: 'board' as const, name: 'Förbundsstyrelse' };
const committee = { id: 'au', kind: 'workingCommittee' as const, name: 'Arbetsutskott' };

let seatNumber = 0;
const seat = (role: SeatRole, represents: string, more: Partial<CompositionSeat> = {}): CompositionSeat => ({
  seatId: `seat-${++seatNumber}`,
  bodyId: 'fs',
  role,
  personName: `Person ${seatNumber}`,
  memberId: represents === 'Kommunerna' ? null : represents,
  memberGroup: represents === 'Kommunerna' ? 'municipalities' : null,
  substituteOrder: null,
  ...more,
});

const rule = (
  represents: string,
  ordinarySeats: number,
  substituteSeats: number,
  validFrom: string,
  validTo: string | null,
) =>
  ({
    id: `rule-${represents}-${validFrom}`,
    bodyId: 'fs',
    memberId: represents === 'Kommunerna' ? null : represents,
    memberGroup: represents === 'Kommunerna' ? 'municipalities' : null,
    ordinarySeats,
    substituteSeats,
    validFrom,
    validTo,
    source: '5 § förbundsordningen',
  }) satisfies CompositionSeatRule;

const rules: CompositionSeatRule[] = [
  ...['fk', 'af', 'region'].map((id) => rule(id, 1, 1, '2014-12-15', '2016-03-31')),
  rule('Kommunerna', 4, 4, '2014-12-15', '2016-03-31'),
  ...['fk', 'af', 'region'].map((id) => rule(id, 1, 1, '2016-04-01', null)),
  rule('Kommunerna', 5, 5, '2016-04-01', null),
];

/** Verksamhetsplan 2016: seven and seven, the municipalities' four jointly; Ockelbo and Söderhamn co-opted. */
const seats2016: CompositionSeat[] = [
  ...['fk', 'af', 'region'].flatMap((id) => [seat('member', id), seat('substitute', id)]),
  ...[1, 2, 3, 4].flatMap(() => [seat('member', 'Kommunerna'), seat('substitute', 'Kommunerna')]),
  seat('coopted', 'Ockelbo kommun'),
  seat('coopted', 'Söderhamns kommun'),
];

/** Halvårsredovisning 2019 §2, as printed: eight and eight. */
const seats2019: CompositionSeat[] = [
  seat('chair', 'region'),
  seat('viceChair', 'Kommunerna'),
  seat('member', 'fk'),
  seat('member', 'af'),
  seat('member', 'Ovanåkers kommun'),
  seat('member', 'Ljusdals kommun'),
  seat('member', 'Nordanstigs kommun'),
  seat('member', 'Söderhamns kommun'),
  seat('substitute', 'fk'),
  seat('substitute', 'af'),
  seat('substitute', 'region'),
  seat('substitute', 'Gävle kommun'),
  seat('substitute', 'Hudiksvalls kommun'),
  seat('substitute', 'Sandvikens kommun'),
  seat('substitute', 'Bollnäs kommun'),
  seat('substitute', 'Ockelbo kommun'),
];

const input = (
  date: string,
  seats: CompositionSeat[],
  more: Partial<CompositionInput> = {},
): CompositionInput => ({
  date,
  members,
  bodies: [board],
  seats,
  rules,
  ...more,
});

const short = (findings: CompositionFinding[], rule: CompositionFinding['rule']) =>
  findings
    .filter((f) => f.rule === rule)
    .map(
      (f) =>
        `${f.level} ${f.key.replace('boardOrganisation.findings.', '')} ${f.params.name || f.params.group}`,
    );

describe('the 2016 Gävleborg board', () => {
  const findings = checkComposition(input('2016-02-01', seats2016));

  it('meets the förbundsordning of the time: one and one for the state and the region, four and four for the municipalities', () => {
    expect(short(findings, 'forbundsordning')).toEqual([
      'ok ordinaryFilled Försäkringskassan',
      'ok substitutesFilled Försäkringskassan',
      'ok ordinaryFilled Arbetsförmedlingen',
      'ok substitutesFilled Arbetsförmedlingen',
      'ok ordinaryFilled Region Gävleborg',
      'ok substitutesFilled Region Gävleborg',
      'ok ordinaryFilled municipalities',
      'ok substitutesFilled municipalities',
    ]);
  });

  it('flags Ockelbo and Söderhamn as co-opted only and every other municipality as joint only (Finsam 10 §)', () => {
    const finsam = short(findings, 'finsam10');
    expect(finsam.filter((line) => line.includes('cooptedOnly'))).toEqual([
      'problem cooptedOnly Ockelbo kommun',
      'problem cooptedOnly Söderhamns kommun',
    ]);
    expect(finsam.filter((line) => line.includes('jointOnly'))).toHaveLength(8);
    expect(finsam.filter((line) => line.startsWith('ok'))).toEqual([
      'ok represented Försäkringskassan',
      'ok represented Arbetsförmedlingen',
      'ok represented Region Gävleborg',
    ]);
    const joint = findings.find((f) => f.params.name === 'Gävle kommun');
    expect(joint?.params.group).toBe('municipalities');
  });

  it('has as many substitutes as ordinary members', () => {
    expect(short(findings, 'equalSubstitutes')).toEqual(['ok equalSubstitutes undefined']);
  });

  it('hints that the substitutes have no calling order (12 §)', () => {
    const hint = findings.filter((f) => f.rule === 'finsam12');
    expect(hint).toHaveLength(1);
    expect(hint[0]).toMatchObject({ level: 'hint', params: { count: 7 } });
  });

  it('after the amendment (five municipal seats from 2016-04-01) the same seats miss one of each', () => {
    const later = checkComposition(input('2016-04-01', seats2016));
    expect(short(later, 'forbundsordning').slice(-2)).toEqual([
      'problem ordinaryMissing municipalities',
      'problem substitutesMissing municipalities',
    ]);
    const missing = later.find((f) => f.key.endsWith('ordinaryMissing'));
    expect(missing?.params).toMatchObject({ held: 4, required: 5 });
  });
});

describe('the 2019 Gävleborg board', () => {
  const findings = checkComposition(input('2019-05-01', seats2019));

  it('fills the förbundsordning: five municipal seats counting the joint vice chair and the municipalities’ own', () => {
    expect(short(findings, 'forbundsordning').every((line) => line.startsWith('ok'))).toBe(true);
    const municipal = findings.find(
      (f) => f.key.endsWith('ordinaryFilled') && f.params.group === 'municipalities',
    );
    expect(municipal?.params).toMatchObject({ held: 5, required: 5 });
  });

  it('Finsam 10 §: each municipality has either a member or a substitute, Hofors only the joint seat', () => {
    const finsam = short(findings, 'finsam10');
    expect(finsam).toContain('problem noSubstitute Ovanåkers kommun');
    expect(finsam).toContain('problem noSubstitute Söderhamns kommun');
    expect(finsam).toContain('problem noOrdinary Gävle kommun');
    expect(finsam).toContain('problem noOrdinary Ockelbo kommun');
    expect(finsam).toContain('problem jointOnly Hofors kommun');
    expect(finsam.filter((line) => line.startsWith('ok'))).toHaveLength(3);
    expect(finsam.filter((line) => line.includes('cooptedOnly'))).toEqual([]);
  });

  it('eight and eight are equal', () => {
    expect(findings.find((f) => f.rule === 'equalSubstitutes')).toMatchObject({
      level: 'ok',
      params: { ordinary: 8, substitutes: 8 },
    });
  });
});

describe('single checks', () => {
  it('counts too many seats against a rule as a problem', () => {
    const findings = checkComposition(
      input('2019-05-01', [seat('member', 'fk'), seat('member', 'fk'), seat('substitute', 'fk')], {
        rules: [rule('fk', 1, 1, '2016-04-01', null)],
      }),
    );
    expect(short(findings, 'forbundsordning')).toEqual([
      'problem ordinaryTooMany Försäkringskassan',
      'ok substitutesFilled Försäkringskassan',
    ]);
  });

  it('skips rules not in force on the date (to date inclusive)', () => {
    const r = rule('fk', 1, 1, '2016-04-01', '2016-12-31');
    expect(
      checkComposition(input('2016-12-31', [], { rules: [r] })).filter((f) => f.rule === 'forbundsordning'),
    ).toHaveLength(2);
    expect(
      checkComposition(input('2017-01-01', [], { rules: [r] })).filter((f) => f.rule === 'forbundsordning'),
    ).toHaveLength(0);
    expect(
      checkComposition(input('2016-03-31', [], { rules: [r] })).filter((f) => f.rule === 'forbundsordning'),
    ).toHaveLength(0);
  });

  it('a group rule does not count a member that has a rule of its own', () => {
    const findings = checkComposition(
      input('2019-05-01', [seat('member', 'Gävle kommun'), seat('member', 'Kommunerna')], {
        rules: [rule('Gävle kommun', 1, 0, '2016-01-01', null), rule('Kommunerna', 2, 0, '2016-01-01', null)],
      }),
    );
    const group = findings.find((f) => f.params.group === 'municipalities' && f.key.includes('ordinary'));
    expect(group?.params).toMatchObject({ held: 1, required: 2 });
  });

  it('a member with no seat at all is not represented', () => {
    const findings = checkComposition(input('2019-05-01', [seat('member', 'fk'), seat('substitute', 'fk')]));
    expect(short(findings, 'finsam10')).toContain('problem notRepresented Hofors kommun');
  });

  it('Finsam 10 § applies to the board only, not to the working committee', () => {
    const findings = checkComposition(input('2019-05-01', [], { bodies: [committee] }));
    expect(findings.filter((f) => f.rule === 'finsam10' || f.rule === 'equalSubstitutes')).toEqual([]);
  });

  it('an ordinary member and a substitute in another body do not represent a member on the board', () => {
    const findings = checkComposition(
      input(
        '2019-05-01',
        [seat('member', 'fk', { bodyId: 'au' }), seat('substitute', 'fk', { bodyId: 'au' })],
        {
          bodies: [board, committee],
        },
      ),
    );
    expect(short(findings, 'finsam10')).toContain('problem notRepresented Försäkringskassan');
  });

  it('unequal numbers of members and substitutes', () => {
    const findings = checkComposition(
      input('2019-05-01', [seat('chair', 'fk'), seat('member', 'af'), seat('substitute', 'fk')]),
    );
    expect(findings.find((f) => f.rule === 'equalSubstitutes')).toMatchObject({
      level: 'problem',
      key: 'boardOrganisation.findings.unequalSubstitutes',
      params: { ordinary: 2, substitutes: 1 },
    });
  });

  it('co-opted, presenters and staff are neither members nor substitutes', () => {
    const findings = checkComposition(
      input('2019-05-01', [
        seat('coopted', 'fk'),
        seat('presenter', 'fk'),
        seat('staff', 'fk'),
        seat('auditor', 'fk'),
      ]),
    );
    expect(findings.find((f) => f.rule === 'equalSubstitutes')?.params).toMatchObject({
      ordinary: 0,
      substitutes: 0,
    });
    expect(short(findings, 'finsam10')).toContain('problem cooptedOnly Försäkringskassan');
  });

  it('seats held for a member that left on or before the date', () => {
    const left = members.map((m) => (m.id === 'Hofors kommun' ? { ...m, leftOn: '2019-01-01' } : m));
    const seats = [seat('member', 'Hofors kommun'), seat('substitute', 'Hofors kommun')];
    const on = checkComposition(input('2019-01-01', seats, { members: left }));
    expect(on.filter((f) => f.rule === 'memberLeft')).toEqual([
      expect.objectContaining({
        level: 'problem',
        memberId: 'Hofors kommun',
        params: expect.objectContaining({ count: 2 }),
      }),
    ]);
    // A member that has left is no longer required to be represented.
    expect(on.filter((f) => f.rule === 'finsam10' && f.memberId === 'Hofors kommun')).toEqual([]);
    const before = checkComposition(input('2018-12-31', seats, { members: left }));
    expect(before.filter((f) => f.rule === 'memberLeft')).toEqual([]);
  });

  it('a member that has not joined yet is not required', () => {
    const joining = members.map((m) => (m.id === 'Hofors kommun' ? { ...m, joinedOn: '2020-01-01' } : m));
    const findings = checkComposition(input('2019-05-01', [], { members: joining }));
    expect(findings.filter((f) => f.memberId === 'Hofors kommun')).toEqual([]);
  });

  it('no calling-order hint once every substitute has an order', () => {
    const findings = checkComposition(
      input('2019-05-01', [
        seat('substitute', 'fk', { substituteOrder: 1 }),
        seat('substitute', 'af', { substituteOrder: 2 }),
      ]),
    );
    expect(findings.filter((f) => f.rule === 'finsam12')).toEqual([]);
  });

  it('groups: municipalities for a municipality, the state for FK and AF, none for a region', () => {
    expect(groupOfMember('municipality')).toBe('municipalities');
    expect(groupOfMember('fk')).toBe('state');
    expect(groupOfMember('af')).toBe('state');
    expect(groupOfMember('region')).toBeNull();
  });
});
