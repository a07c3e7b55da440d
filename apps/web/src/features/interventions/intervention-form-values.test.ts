import { describe, expect, it } from 'vitest';
import { emptyInterventionValues, interventionFormSchema } from './intervention-form-values.ts';

const member = '5b0c8f4e-2f7c-4d53-9a4f-3f7a0f3b9a11';

describe('the intervention form', () => {
  it('hands over the API input: tags split, lead and dates converted', () => {
    const parsed = interventionFormSchema.safeParse({
      ...emptyInterventionValues,
      name: 'Unga till arbete',
      freeTags: ' ung , arbete ,',
      leadOrganisation: member,
      partnerMemberIds: [member],
      targetGroupIds: false,
      startDate: '2019-01-01',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      name: 'Unga till arbete',
      freeTags: ['ung', 'arbete'],
      leadOrganisation: { type: 'member', memberId: member },
      partnerMemberIds: [member],
      targetGroupIds: [],
      startDate: '2019-01-01',
      endDate: null,
      localGroupId: null,
    });
  });

  it('puts each problem on its control, once, and refuses an impossible date', () => {
    const parsed = interventionFormSchema.safeParse({
      ...emptyInterventionValues,
      freeTags: 'a, A, b, B',
      startDate: '2019-02-31',
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'intervention.nameRequired'],
      ['startDate', 'intervention.dateInvalid'],
      ['freeTags', 'intervention.duplicateFreeTag'],
    ]);
  });

  it('names an end before the start on the end date', () => {
    const parsed = interventionFormSchema.safeParse({
      ...emptyInterventionValues,
      name: 'X',
      freeTags: 'a, A',
      startDate: '2019-06-01',
      endDate: '2019-05-31',
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['endDate', 'intervention.endBeforeStart'],
      ['freeTags', 'intervention.duplicateFreeTag'],
    ]);
  });

  it('hands over the Uppföljning Finsam fields: ESF as a boolean, no method as null, a long direction refused', () => {
    const parsed = interventionFormSchema.safeParse({
      ...emptyInterventionValues,
      name: 'X',
      isEsfFunded: 'yes',
      detailedDirection: ' Förrehabilitering ',
    });
    expect(parsed.data).toMatchObject({ isEsfFunded: true, followUpMethod: null });
    expect(
      interventionFormSchema.safeParse({ ...emptyInterventionValues, name: 'X', followUpMethod: 'sus' }).data,
    ).toMatchObject({ isEsfFunded: false, followUpMethod: 'sus', detailedDirection: '' });
    const tooLong = interventionFormSchema.safeParse({
      ...emptyInterventionValues,
      name: 'X',
      detailedDirection: 'x'.repeat(201),
    });
    expect(tooLong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['detailedDirection', 'intervention.detailedDirectionTooLong'],
    ]);
  });
});
