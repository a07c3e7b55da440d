import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, nameText, requiredText, singleLineText } from '../text.ts';
import { interventionStatusSchema } from './intervention-status.ts';
import { methodTagIds } from './method-tags.ts';
import { targetGroupIds } from './target-groups.ts';

/**
 * individual = individinriktad (participants counted by gender and outcome);
 * structural = strukturinriktad (staff and managers reached, meetings held). An intervention with
 * both parts is registered as two interventions, as FK's Uppföljning Finsam counts them.
 */
export const interventionKinds = ['individual', 'structural'] as const;
export type InterventionKind = (typeof interventionKinds)[number];
export const interventionKindSchema = z.enum(interventionKinds, { error: 'intervention.kindInvalid' });

/**
 * "Deltagarregistrering" in the report: how the lead organisation registers participants in its own
 * systems. Samsyn itself never stores a person either way, only counts.
 */
export const participantRegistrations = ['volume_only', 'personal_data_or_anonymous'] as const;
export type ParticipantRegistration = (typeof participantRegistrations)[number];

/**
 * "Uppföljningsmetod" in FK's Uppföljning Finsam: how the förbund follows the intervention up. The
 * seeds name SUS (Sektorsövergripande uppföljningssystem) and the network's indicator surveys (NNS).
 */
export const followUpMethods = ['sus', 'indicators', 'other'] as const;
export type FollowUpMethod = (typeof followUpMethods)[number];

/**
 * The fields Uppföljning Finsam asks of each intervention. They are locked once a period the
 * intervention ran in has been registered there (the verb checks; see `finsamLockedFields`).
 */
export const finsamFieldNames = ['isEsfFunded', 'followUpMethod', 'detailedDirection'] as const;
export type FinsamFieldName = (typeof finsamFieldNames)[number];

const memberIdSchema = z.uuid({ error: 'intervention.memberIdInvalid' });

/** The huvudman: one of the förbund's members, or the förbund itself (Trisam, Mysam in Gävleborg). */
export const leadOrganisationSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('forbund') }),
    z.object({ type: z.literal('member'), memberId: memberIdSchema }),
  ],
  { error: 'intervention.leadOrganisationInvalid' },
);
export type LeadOrganisation = z.infer<typeof leadOrganisationSchema>;

const isoDate = z.iso.date({ error: 'intervention.dateInvalid' });
const freeTagSchema = singleLineText({ typeError: 'intervention.freeTagInvalid' })
  .min(1, 'intervention.freeTagEmpty')
  .max(50, 'intervention.freeTagTooLong');

/** The fields of an intervention, without the rules that span fields (those are in the schemas below). */
export const interventionFieldsSchema = z.object({
  name: requiredText(nameText, 200, 'intervention.nameRequired', 'intervention.nameTooLong'),
  kind: interventionKindSchema,
  purpose: multiLineText({ typeError: 'intervention.purposeInvalid' }).max(
    5000,
    'intervention.purposeTooLong',
  ),
  targetGroupIds: z
    .array(z.enum(targetGroupIds, { error: 'intervention.targetGroupUnknown' }), {
      error: 'intervention.targetGroupsInvalid',
    })
    .max(targetGroupIds.length, 'intervention.targetGroupsTooMany'),
  targetGroupText: multiLineText({ typeError: 'intervention.targetGroupTextInvalid' }).max(
    2000,
    'intervention.targetGroupTextTooLong',
  ),
  methodTagIds: z
    .array(z.enum(methodTagIds, { error: 'intervention.methodTagUnknown' }), {
      error: 'intervention.methodTagsInvalid',
    })
    .max(methodTagIds.length, 'intervention.methodTagsTooMany'),
  freeTags: z
    .array(freeTagSchema, { error: 'intervention.freeTagsInvalid' })
    .max(20, 'intervention.freeTagsTooMany'),
  leadOrganisation: leadOrganisationSchema,
  partnerMemberIds: z.array(memberIdSchema, { error: 'intervention.partnersInvalid' }).max(100),
  // Optional: a pre-study may not have dates yet, and older interventions are registered without them.
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: interventionStatusSchema,
  participantRegistration: z.enum(participantRegistrations, { error: 'intervention.registrationInvalid' }),
  localGroupId: z.uuid({ error: 'intervention.localGroupIdInvalid' }).nullable(),
  isEsfFunded: z.boolean({ error: 'intervention.esfInvalid' }),
  followUpMethod: z.enum(followUpMethods, { error: 'intervention.followUpMethodInvalid' }).nullable(),
  detailedDirection: singleLineText({ typeError: 'intervention.detailedDirectionInvalid' }).max(
    200,
    'intervention.detailedDirectionTooLong',
  ),
});
export type InterventionFields = z.infer<typeof interventionFieldsSchema>;

type CrossFieldInput = Partial<
  Pick<
    InterventionFields,
    'startDate' | 'endDate' | 'targetGroupIds' | 'methodTagIds' | 'freeTags' | 'partnerMemberIds'
  >
>;

/**
 * The rules that span fields, shared by create and update. The lead organisation may also be listed
 * among the partners: the seeds do it (Naturbaserad grön rehabilitering: Hofors kommun is both), and
 * it hurts nothing.
 */
function addCrossFieldIssues(value: CrossFieldInput, ctx: z.RefinementCtx): void {
  for (const problem of crossFieldProblems(value)) {
    ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
  }
}

/** Problems between fields of an intervention; the update verb calls it again on the merged row. */
export function crossFieldProblems(value: CrossFieldInput): { key: string; path: (string | number)[] }[] {
  const problems: { key: string; path: (string | number)[] }[] = [];
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    problems.push({ key: 'intervention.endBeforeStart', path: ['endDate'] });
  }
  const lists = [
    ['targetGroupIds', value.targetGroupIds, 'intervention.duplicateTargetGroup'],
    ['methodTagIds', value.methodTagIds, 'intervention.duplicateMethodTag'],
    ['freeTags', value.freeTags?.map((tag) => tag.toLocaleLowerCase('sv')), 'intervention.duplicateFreeTag'],
    [
      'partnerMemberIds',
      value.partnerMemberIds?.map((id) => id.toLowerCase()),
      'intervention.duplicatePartner',
    ],
  ] as const;
  for (const [field, items, key] of lists) {
    const seen = new Set<string>();
    for (const [index, item] of (items ?? []).entries()) {
      if (seen.has(item)) problems.push({ key, path: [field, index] });
      seen.add(item);
    }
  }
  return problems;
}

/**
 * Input for registering an intervention. Every field is explicit: no defaults hide a missing one —
 * except the Uppföljning Finsam fields added with issue 19, which default to "not ESF-financed, no
 * method, no direction" so that clients written before them keep registering what they did.
 */
export const createInterventionSchema = interventionFieldsSchema
  .extend({
    isEsfFunded: interventionFieldsSchema.shape.isEsfFunded.default(false),
    followUpMethod: interventionFieldsSchema.shape.followUpMethod.default(null),
    detailedDirection: interventionFieldsSchema.shape.detailedDirection.default(''),
  })
  .superRefine(addCrossFieldIssues);
export type CreateInterventionInput = z.infer<typeof createInterventionSchema>;

/**
 * Input for changing an intervention: any subset of the fields, plus the version the editor saw
 * (optimistic concurrency). Status is changed through its own verb so the history is kept; dates
 * given alone are checked against the stored ones by the verb with `crossFieldProblems`.
 */
export const updateInterventionSchema = interventionFieldsSchema
  .omit({ status: true })
  .partial()
  .extend({
    expectedVersion: z.number({ error: 'intervention.versionInvalid' }).int().nonnegative().max(MAX_INT4),
  })
  .superRefine(addCrossFieldIssues);
export type UpdateInterventionInput = z.infer<typeof updateInterventionSchema>;

/** A registered intervention as the domain functions read it. */
export interface Intervention extends InterventionFields {
  id: string;
}

/**
 * True when the intervention ran at some time in [periodStart, periodEnd] (ISO dates, inclusive).
 * Unknown dates count as "open": an intervention without dates is never hidden from a report.
 */
export function isInterventionActiveBetween(
  intervention: Pick<InterventionFields, 'startDate' | 'endDate'>,
  periodStart: string,
  periodEnd: string,
): boolean {
  const startsInTime = intervention.startDate === null || intervention.startDate <= periodEnd;
  const notEndedBefore = intervention.endDate === null || intervention.endDate >= periodStart;
  return startsInTime && notEndedBefore;
}

/**
 * The Uppföljning Finsam fields a change would alter: those given in `changes` that differ from the
 * stored intervention. Once a period the intervention ran in is registered, these are refused.
 */
export function changedFinsamFields(
  stored: Pick<InterventionFields, FinsamFieldName>,
  changes: Partial<Pick<InterventionFields, FinsamFieldName>>,
): FinsamFieldName[] {
  return finsamFieldNames.filter((name) => changes[name] !== undefined && changes[name] !== stored[name]);
}
