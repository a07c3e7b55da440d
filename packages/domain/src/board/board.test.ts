import { describe, expect, it } from 'vitest';
import { memberSeatInput } from '../testing/member-seat-input.ts';
import {
  boardBodySchema,
  boardPersonSchema,
  boardSeatRuleSchema,
  boardSeatSchema,
  looksLikePersonalNumber,
  representedBy,
  representsValue,
} from './board.ts';

const keysOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

const memberId = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const seat = memberSeatInput('0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');

describe('a personnummer is never stored', () => {
  it('is recognised in its usual spellings, not in shorter or longer runs of digits', () => {
    for (const text of ['8001011234', '800101-1234', '19800101-1234', '800101+1234', 'Anna 800101 1234'])
      expect(looksLikePersonalNumber(text), text).toBe(true);
    for (const text of ['Anna Berg', '2019-04-01', '123456789', '070-123 45 67', '12345678901234'])
      expect(looksLikePersonalNumber(text), text).toBe(false);
  });
  it('is refused in a person’s every field with the Swedish key', () => {
    expect(
      keysOf(
        boardPersonSchema.safeParse({
          name: 'Anna 800101-1234',
          email: '800101-1234@x.se',
          party: '8001011234',
          userId: '',
        }),
      ),
    ).toEqual({
      name: 'boardOrganisation.personalNumber',
      email: 'boardOrganisation.personalNumber',
      party: 'boardOrganisation.personalNumber',
    });
    expect(keysOf(boardSeatSchema.safeParse({ ...seat, note: 'pnr 19800101-1234' }))).toEqual({
      note: 'boardOrganisation.personalNumber',
    });
  });
});

describe('a person', () => {
  it('needs a name; e-mail and party are optional, the e-mail lower-cased', () => {
    expect(
      boardPersonSchema.parse({ name: ' Tommy Berger ', email: 'Tommy@Region.se', party: 'S', userId: '' }),
    ).toEqual({
      name: 'Tommy Berger',
      email: 'tommy@region.se',
      party: 'S',
      userId: null,
    });
    expect(boardPersonSchema.parse({ name: 'Eva', email: '', party: '', userId: null })).toMatchObject({
      email: null,
    });
    expect(
      keysOf(boardPersonSchema.safeParse({ name: '', email: 'inte-en-adress', party: '', userId: 'x' })),
    ).toEqual({
      name: 'boardOrganisation.personNameRequired',
      email: 'boardOrganisation.emailInvalid',
      userId: 'boardOrganisation.userInvalid',
    });
  });
});

describe('a seat', () => {
  it('represents a member, a group or nobody', () => {
    expect(boardSeatSchema.parse({ ...seat, represents: `member:${memberId}` })).toMatchObject({
      memberId,
      memberGroup: null,
    });
    expect(boardSeatSchema.parse({ ...seat, represents: 'group:municipalities' })).toMatchObject({
      memberId: null,
      memberGroup: 'municipalities',
    });
    expect(boardSeatSchema.parse(seat)).toMatchObject({
      memberId: null,
      memberGroup: null,
      toDate: '2023-03-31',
    });
    expect(keysOf(boardSeatSchema.safeParse({ ...seat, represents: 'group:everyone' }))).toEqual({
      represents: 'boardOrganisation.representsInvalid',
    });
  });
  it('a calling order only for substitutes, from ≤ to, an open end allowed', () => {
    expect(boardSeatSchema.parse({ ...seat, role: 'substitute', substituteOrder: '2' })).toMatchObject({
      substituteOrder: 2,
    });
    expect(
      keysOf(boardSeatSchema.safeParse({ ...seat, substituteOrder: '1', toDate: '2019-03-31' })),
    ).toEqual({
      substituteOrder: 'boardOrganisation.substituteOrderOnlyForSubstitutes',
      toDate: 'boardOrganisation.toBeforeFrom',
    });
    expect(boardSeatSchema.parse({ ...seat, toDate: '2019-04-01' }).toDate).toBe('2019-04-01');
    expect(boardSeatSchema.parse({ ...seat, toDate: '' }).toDate).toBeNull();
    expect(
      keysOf(boardSeatSchema.safeParse({ ...seat, fromDate: '2019-02-30', role: 'king' })),
    ).toMatchObject({
      fromDate: 'boardOrganisation.fromDateInvalid',
      role: 'boardOrganisation.roleInvalid',
    });
  });
  it('the form’s choice and the columns convert both ways', () => {
    for (const value of ['', `member:${memberId}`, 'group:state'])
      expect(representsValue(representedBy(value))).toBe(value);
  });
});

describe('a body and a seat rule', () => {
  const body = {
    kind: 'board',
    name: 'Förbundsstyrelse',
    description: '',
    quorumRule: 'half',
    quorumCount: '',
    meetingFee: '2 200',
    feeLineCode: '',
  };
  it('a body: the fee typed in kronor, a count only for the count rule', () => {
    expect(boardBodySchema.parse(body)).toMatchObject({
      meetingFee: 220_000,
      quorumCount: null,
      feeLineCode: null,
    });
    expect(boardBodySchema.parse({ ...body, quorumCount: '3' }).quorumCount).toBeNull();
    expect(boardBodySchema.parse({ ...body, quorumRule: 'count', quorumCount: '3' }).quorumCount).toBe(3);
    expect(keysOf(boardBodySchema.safeParse({ ...body, quorumRule: 'count' }))).toEqual({
      quorumCount: 'boardOrganisation.quorumCountRequired',
    });
  });
  it('a seat rule is for a member or a group, with whole seat counts', () => {
    const rule = {
      bodyId: seat.bodyId,
      represents: 'group:municipalities',
      ordinarySeats: '5',
      substituteSeats: '5',
      validFrom: '2016-04-01',
      validTo: '',
      source: '5 § förbundsordningen',
    };
    expect(boardSeatRuleSchema.parse(rule)).toMatchObject({
      memberGroup: 'municipalities',
      ordinarySeats: 5,
      validTo: null,
    });
    expect(
      keysOf(boardSeatRuleSchema.safeParse({ ...rule, represents: '', substituteSeats: '1,5' })),
    ).toEqual({
      represents: 'boardOrganisation.ruleRepresentsRequired',
      substituteSeats: 'boardOrganisation.seatCountInvalid',
    });
  });
});
