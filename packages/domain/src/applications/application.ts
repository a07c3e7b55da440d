import { z } from 'zod';
import { MAX_DOCUMENT_BASE64_LENGTH } from '../board/meeting-document.ts';
import { goalSchema } from '../interventions/goal.ts';
import { targetGroupIds } from '../interventions/target-groups.ts';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, nameText, optionalText, requiredText, singleLineText } from '../text.ts';
import { applicationKinds } from './application-enums.ts';
import { applicationStatuses } from './application-status.ts';

// Keys are under applications.* (validation.applications.* in the catalogue). Money is integer öre
// in a JS number, as the interventions' budget keeps it (exact up to 2^53 öre).
const ore = (key: string) =>
  z
    .number({ error: `applications.${key}Invalid` })
    .int(`applications.${key}Invalid`)
    .nonnegative(`applications.${key}Negative`)
    .max(Number.MAX_SAFE_INTEGER, `applications.${key}TooLarge`);

const year = z
  .number({ error: 'applications.yearInvalid' })
  .int('applications.yearInvalid')
  .min(2000, 'applications.yearInvalid')
  .max(2100, 'applications.yearInvalid');

const count = z
  .number({ error: 'applications.plannedInvalid' })
  .int('applications.plannedInvalid')
  .nonnegative('applications.plannedInvalid')
  .max(MAX_INT4, 'applications.plannedInvalid');

const memberId = z.uuid({ error: 'applications.memberInvalid' });
const isoDate = z.iso.date({ error: 'applications.dateInvalid' });
const longText = (key: string) => optionalText(multiLineText, 10_000, `applications.${key}TooLong`);

/** Planned participants by gender, as Uppföljning Finsam counts them; the parts sum to the total. */
export const plannedParticipantsSchema = z
  .object({ total: count, women: count, men: count, otherUnknown: count })
  .refine((planned) => planned.women + planned.men + planned.otherUnknown === planned.total, {
    message: 'applications.plannedPartsDoNotSum',
    path: ['total'],
  });

/** One year of the budget applied for: the sum requested, the parties' own contribution, participants. */
export const applicationBudgetYearSchema = z.object({
  year,
  requestedOre: ore('requested'),
  ownContributionOre: ore('ownContribution'),
  plannedParticipants: plannedParticipantsSchema.nullable(),
});
export type ApplicationBudgetYear = z.infer<typeof applicationBudgetYearSchema>;

/**
 * An application's fields, parties, goals (the interventions' goal model, so "Skapa insats" copies
 * them) and budget years, saved whole. `partyMemberIds` are the parties besides the lead.
 */
export const applicationFieldsSchema = z
  .object({
    title: requiredText(nameText, 200, 'applications.titleRequired', 'applications.titleTooLong'),
    diaryNumber: optionalText(singleLineText, 50, 'applications.diaryNumberTooLong'),
    kind: z.enum(applicationKinds, { error: 'applications.kindInvalid' }),
    leadMemberId: memberId.nullable(),
    partyMemberIds: z
      .array(memberId, { error: 'applications.memberInvalid' })
      .max(50, 'applications.partiesTooMany'),
    localGroupId: z.uuid({ error: 'applications.localGroupInvalid' }).nullable(),
    contact: optionalText(singleLineText, 300, 'applications.contactTooLong'),
    targetGroupIds: z
      .array(z.enum(targetGroupIds, { error: 'applications.targetGroupUnknown' }), {
        error: 'applications.targetGroupUnknown',
      })
      .max(targetGroupIds.length, 'applications.targetGroupUnknown'),
    targetGroupText: optionalText(multiLineText, 2000, 'applications.targetGroupTextTooLong'),
    need: longText('need'),
    purpose: longText('purpose'),
    collaboration: longText('collaboration'),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    expectedYear: year.nullable(),
    expectedAmountOre: ore('expectedAmount').nullable(),
    goals: z.array(goalSchema, { error: 'applications.goalsInvalid' }).max(50, 'applications.goalsTooMany'),
    budgetYears: z
      .array(applicationBudgetYearSchema, { error: 'applications.budgetInvalid' })
      .max(20, 'applications.budgetTooManyYears'),
  })
  .superRefine((value, ctx) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate)
      ctx.addIssue({ code: 'custom', message: 'applications.endBeforeStart', path: ['endDate'] });
    const seenYears = new Set<number>();
    value.budgetYears.forEach((entry, index) => {
      if (seenYears.has(entry.year))
        ctx.addIssue({
          code: 'custom',
          message: 'applications.budgetYearTwice',
          path: ['budgetYears', index, 'year'],
        });
      seenYears.add(entry.year);
    });
    if (new Set(value.partyMemberIds).size !== value.partyMemberIds.length)
      ctx.addIssue({ code: 'custom', message: 'applications.partyTwice', path: ['partyMemberIds'] });
  });
export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

/** The statuses an application may be created in: an idea, a draft, or one that has come in. */
export const initialApplicationStatuses = ['expected', 'draft', 'received'] as const;
export type InitialApplicationStatus = (typeof initialApplicationStatuses)[number];

export const createApplicationSchema = z.intersection(
  applicationFieldsSchema,
  z.object({ status: z.enum(initialApplicationStatuses, { error: 'applications.initialStatusInvalid' }) }),
);
export type CreateApplication = z.infer<typeof createApplicationSchema>;

/**
 * A plain transition: to, the day it took effect (today in Sweden when not given), a note; the
 * proposal step carries the proposed sum.
 */
export const moveApplicationSchema = z.object({
  to: z.enum(applicationStatuses, { error: 'applications.statusInvalid' }),
  effectiveDate: isoDate.optional(),
  note: optionalText(multiLineText, 2000, 'applications.noteTooLong'),
  proposedAmountOre: ore('proposedAmount').nullable().optional(),
});
export type MoveApplication = z.infer<typeof moveApplicationSchema>;

/** An application as it is read back: its row (with more than the fields), its goals, its budget years. */
export interface SavedApplication {
  application: Omit<ApplicationFields, 'goals' | 'budgetYears' | 'targetGroupIds'> & {
    targetGroupIds: readonly string[];
  };
  goals: ApplicationFields['goals'];
  budgetYears: ApplicationFields['budgetYears'];
}

/** The saved fields of an application, as the edit form and the API's checks take them. */
export function fieldsOfApplication(saved: SavedApplication): ApplicationFields {
  const { application } = saved;
  return {
    title: application.title,
    diaryNumber: application.diaryNumber,
    kind: application.kind,
    leadMemberId: application.leadMemberId,
    partyMemberIds: application.partyMemberIds,
    localGroupId: application.localGroupId,
    contact: application.contact,
    targetGroupIds: application.targetGroupIds as ApplicationFields['targetGroupIds'],
    targetGroupText: application.targetGroupText,
    need: application.need,
    purpose: application.purpose,
    collaboration: application.collaboration,
    startDate: application.startDate,
    endDate: application.endDate,
    expectedYear: application.expectedYear,
    expectedAmountOre: application.expectedAmountOre,
    goals: saved.goals,
    budgetYears: saved.budgetYears,
  };
}

/** The sum requested over the budget years, in öre. */
export const requestedTotalOre = (budgetYears: readonly { requestedOre: number }[]): number =>
  budgetYears.reduce((sum, entry) => sum + entry.requestedOre, 0);

/**
 * An attachment (the signed application, a project plan): a title (the file's name when blank) and
 * the file as base64, at most 10 MB; the verb reads its type from the bytes (board/meeting-document.ts).
 */
export const applicationAttachmentSchema = z.object({
  title: optionalText(singleLineText, 300, 'applications.attachmentTitleTooLong'),
  fileName: requiredText(singleLineText, 255, 'applications.fileNameRequired', 'applications.fileNameTooLong')
    // A name, never a path: it becomes the download's file name.
    .regex(/^[^/\\:*?"<>|]+$/, 'applications.fileNameInvalid'),
  contentBase64: z
    .string({ error: 'applications.fileRequired' })
    .min(1, 'applications.fileRequired')
    .max(MAX_DOCUMENT_BASE64_LENGTH, 'applications.fileTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'applications.fileUnreadable'),
});
export type ApplicationAttachmentInput = z.infer<typeof applicationAttachmentSchema>;
