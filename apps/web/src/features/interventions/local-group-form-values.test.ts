import { describe, expect, it } from 'vitest';
import {
  localGroupFormSchema,
  localGroupYearFormSchema,
  localGroupYearValuesOf,
} from './local-group-form-values.ts';

const member = '5b0c8f4e-2f7c-4d53-9a4f-3f7a0f3b9a11';
const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the local group forms', () => {
  it('reads a blank population as unknown and one checked municipality as a list', () => {
    expect(
      localGroupFormSchema.parse({ name: 'Mysam Gävle', municipalityMemberIds: member, population: ' ' }),
    ).toEqual({ name: 'Mysam Gävle', municipalityMemberIds: [member], population: null });
  });

  it('names a missing name and a population that is not a whole number', () => {
    expect(
      problems(localGroupFormSchema.safeParse({ name: '', municipalityMemberIds: false, population: '1,5' })),
    ).toEqual([
      ['name', 'localGroup.nameRequired'],
      ['population', 'localGroup.populationInvalid'],
    ]);
  });

  it('reads the year in kronor into öre', () => {
    const values = { ...localGroupYearValuesOf(undefined), budget: '1 828 035' };
    expect(localGroupYearFormSchema(2019).parse(values)).toEqual({
      year: 2019,
      budget: 182_803_500,
      spend: 0,
      meetingsHeld: 0,
      hasUpdatedActionPlan: false,
    });
  });

  it('names an unreadable budget and a blank meeting count', () => {
    const values = { ...localGroupYearValuesOf(undefined), budget: 'mycket', meetingsHeld: '' };
    expect(problems(localGroupYearFormSchema(2019).safeParse(values))).toEqual([
      ['budget', 'localGroup.budgetInvalid'],
      ['meetingsHeld', 'localGroup.meetingsInvalid'],
    ]);
  });
});
