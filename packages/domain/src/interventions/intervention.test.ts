import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  type CreateInterventionInput,
  createInterventionSchema,
  crossFieldProblems,
  isInterventionActiveBetween,
  updateInterventionSchema,
} from './intervention.ts';

const af = '00000000-0000-4000-8000-000000000001';
const fk = '00000000-0000-4000-8000-000000000002';

const valid: CreateInterventionInput = {
  name: 'Supported Employment coach Gävle',
  kind: 'individual',
  purpose: 'Supported Employment för unga med aktivitetsersättning.',
  targetGroupIds: ['young_adults_16_29', 'activity_compensation'],
  targetGroupText: 'Unga med aktivitetsersättning med psykisk ohälsa',
  methodTagIds: ['supported_employment'],
  freeTags: ['SIUS'],
  leadOrganisation: { type: 'member', memberId: af },
  partnerMemberIds: [fk],
  startDate: '2017-09-01',
  endDate: '2019-10-31',
  status: 'ongoing',
  participantRegistration: 'personal_data_or_anonymous',
  localGroupId: null,
  isEsfFunded: false,
  followUpMethod: null,
  detailedDirection: '',
};

const keys = (input: unknown, schema: z.ZodType = createInterventionSchema) =>
  schema.safeParse(input).error?.issues.map((issue) => [issue.message, issue.path.join('.')]) ?? [];

describe('createInterventionSchema', () => {
  it('accepts the SE coach and trims its name', () => {
    const result = createInterventionSchema.safeParse({
      ...valid,
      name: '  Supported Employment coach Gävle ',
    });
    expect(result.data?.name).toBe('Supported Employment coach Gävle');
  });

  it('accepts the förbund itself as lead organisation and unknown dates', () => {
    expect(keys({ ...valid, leadOrganisation: { type: 'forbund' }, startDate: null, endDate: null })).toEqual(
      [],
    );
  });

  it('rejects an end before the start with intervention.endBeforeStart on endDate', () => {
    expect(keys({ ...valid, endDate: '2017-08-31' })).toEqual([['intervention.endBeforeStart', 'endDate']]);
  });

  it('accepts an intervention that ends the day it starts', () => {
    expect(keys({ ...valid, endDate: '2017-09-01' })).toEqual([]);
  });

  it('reports stable keys, never prose, for every bad field at once', () => {
    expect(
      keys({
        ...valid,
        name: ' ',
        kind: 'both',
        targetGroupIds: ['young_adults_16_29', 'astronauts'],
        methodTagIds: ['ips', 'ips'],
        leadOrganisation: { type: 'member', memberId: 'Arbetsförmedlingen' },
        startDate: '2019-02-30',
      }),
    ).toEqual([
      ['intervention.nameRequired', 'name'],
      ['intervention.kindInvalid', 'kind'],
      ['intervention.targetGroupUnknown', 'targetGroupIds.1'],
      ['intervention.memberIdInvalid', 'leadOrganisation.memberId'],
      ['intervention.dateInvalid', 'startDate'],
    ]);
  });

  it('rejects duplicate target groups, method tags, free tags (in any case) and partners', () => {
    expect(
      keys({
        ...valid,
        targetGroupIds: ['mental_ill_health', 'mental_ill_health'],
        methodTagIds: ['ips', 'ips'],
        freeTags: ['SIUS', 'sius'],
        partnerMemberIds: [fk, fk.toUpperCase()],
      }),
    ).toEqual([
      ['intervention.duplicateTargetGroup', 'targetGroupIds.1'],
      ['intervention.duplicateMethodTag', 'methodTagIds.1'],
      ['intervention.duplicateFreeTag', 'freeTags.1'],
      ['intervention.duplicatePartner', 'partnerMemberIds.1'],
    ]);
  });

  it('allows the lead organisation among the partners, as the seeds do', () => {
    expect(keys({ ...valid, partnerMemberIds: [af, fk] })).toEqual([]);
  });

  it('requires every field: no default hides a missing one', () => {
    const { participantRegistration: _omitted, ...rest } = valid;
    expect(keys(rest)).toEqual([['intervention.registrationInvalid', 'participantRegistration']]);
  });
});

describe('updateInterventionSchema', () => {
  it('accepts a subset of fields with the expected version, but not the status', () => {
    expect(updateInterventionSchema.safeParse({ name: 'Ny', expectedVersion: 3 }).data).toEqual({
      name: 'Ny',
      expectedVersion: 3,
    });
    expect(updateInterventionSchema.safeParse({ status: 'ended', expectedVersion: 3 }).data).toEqual({
      expectedVersion: 3,
    });
  });
  it('checks the dates when both are given, and leaves a lone date to the verb', () => {
    expect(
      keys({ startDate: '2020-01-01', endDate: '2019-01-01', expectedVersion: 1 }, updateInterventionSchema),
    ).toEqual([['intervention.endBeforeStart', 'endDate']]);
    expect(crossFieldProblems({ ...{ startDate: '2020-01-01' }, ...{ endDate: '2019-12-31' } })).toEqual([
      { key: 'intervention.endBeforeStart', path: ['endDate'] },
    ]);
  });
});

describe('isInterventionActiveBetween', () => {
  it('includes an intervention overlapping the period by a day and excludes one ended before it', () => {
    const h1 = ['2019-01-01', '2019-06-30'] as const;
    expect(isInterventionActiveBetween({ startDate: '2019-06-30', endDate: null }, ...h1)).toBe(true);
    expect(isInterventionActiveBetween({ startDate: '2018-01-01', endDate: '2018-12-31' }, ...h1)).toBe(
      false,
    );
    expect(isInterventionActiveBetween({ startDate: '2019-07-01', endDate: null }, ...h1)).toBe(false);
    expect(isInterventionActiveBetween({ startDate: null, endDate: null }, ...h1)).toBe(true);
  });
});
