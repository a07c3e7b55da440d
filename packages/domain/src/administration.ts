import { z } from 'zod';
import { emailSchema, newPasswordSchema } from './auth.ts';
import { organisationNumberSchema } from './organisation-number.ts';
import { isCountyCode } from './reference/counties.ts';
import { isMunicipalityCode } from './reference/municipalities.ts';
import { tenantRoleSchema } from './roles.ts';
import { MAX_INT4 } from './stored-integer.ts';
import { memberKindSchema, tenantSlugSchema } from './tenant.ts';
import { nameText, secretText, singleLineText } from './text.ts';

/**
 * Inputs of onboarding and administration. Messages are stable keys (`field.problem`) that the
 * web app's catalogue turns into Swedish.
 */

const nameSchema = nameText().min(2, 'name.tooShort').max(200, 'name.tooLong');
const uuid = z.uuid();
/** Optimistic concurrency: the version the editor saw; a stale one gets CONFLICT. */
const expectedVersion = z.number().int().positive().max(MAX_INT4);
const isoDate = z.iso.date();

export const onboardTenantInputSchema = z.object({
  name: nameSchema,
  orgNumber: z.union([z.literal('').transform(() => null), organisationNumberSchema]).nullable(),
  slug: tenantSlugSchema,
  // Plain strings checked against the reference data: clients send what a form holds.
  countyCode: singleLineText().min(1, 'county.required').refine(isCountyCode, 'county.unknown'),
  municipalityCodes: z
    .array(singleLineText().refine(isMunicipalityCode, 'municipality.unknown'))
    .max(400)
    .min(1, 'municipalities.none')
    .refine((codes) => new Set(codes).size === codes.length, 'municipalities.duplicate'),
  firstAdminEmail: emailSchema,
  /**
   * Members outside the municipality list, named as the förbund names them: a renamed or merged
   * municipality, a kommunalförbund. FK and AF are always added, so they are not offered here.
   */
  otherMembers: z
    .array(z.object({ name: nameSchema, kind: memberKindSchema.exclude(['fk', 'af']) }))
    .max(50)
    .refine(
      (members) =>
        new Set(members.map((member) => member.name.toLocaleLowerCase('sv'))).size === members.length,
      'otherMembers.duplicate',
    )
    .default([]),
});
export type OnboardTenantInput = z.infer<typeof onboardTenantInputSchema>;

export const inviteInputSchema = z.object({ email: emailSchema, role: tenantRoleSchema });

export const acceptInvitationInputSchema = z.object({
  token: secretText().min(10).max(200),
  /** For a new account; ignored when the email already has one. */
  name: nameText().max(200).optional(),
  password: secretText().min(1).max(1024),
});

export const changeRoleInputSchema = z.object({ userId: uuid, role: tenantRoleSchema, expectedVersion });
export const setMembershipActiveInputSchema = z.object({
  userId: uuid,
  isActive: z.boolean(),
  expectedVersion,
});

export const allocationKeys = ['population', 'agreed'] as const;
export type AllocationKey = (typeof allocationKeys)[number];

export const tenantSettingsInputSchema = z.object({
  name: nameSchema,
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  /** Equity at year end may be at most this share of budgeted revenue (Gävleborg: 20). */
  equityGoalPercent: z
    .number()
    .min(0, 'percent.range')
    .max(100, 'percent.range')
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, 'percent.decimals'),
  allocationKeyDefault: z.enum(allocationKeys),
  shareNamedFigures: z.boolean(),
  expectedVersion,
});
export type TenantSettingsInput = z.infer<typeof tenantSettingsInputSchema>;

export const addMemberInputSchema = z.object({
  kind: memberKindSchema,
  name: nameSchema,
  officialCode: singleLineText()
    .regex(/^\d{2}(\d{2})?$/, 'officialCode.format')
    .nullable(),
  joinedOn: isoDate.nullable(),
});
export const renameMemberInputSchema = z.object({ memberId: uuid, name: nameSchema, expectedVersion });
export const endMembershipInputSchema = z.object({ memberId: uuid, leftOn: isoDate, expectedVersion });

export const updateProfileInputSchema = z.object({ name: nameSchema });
export const changePasswordInputSchema = z.object({
  currentPassword: secretText().min(1).max(1024),
  newPassword: newPasswordSchema,
});

export const auditFilterSchema = z.object({
  action: singleLineText().max(100).optional(),
  actorUserId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Keyset pagination: entries older than this id. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const tenantStatusChangeSchema = z.object({
  slug: tenantSlugSchema,
  status: z.enum(['active', 'suspended', 'archived']),
  expectedVersion,
});
