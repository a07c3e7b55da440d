import {
  type CreateInterventionInput,
  createInterventionSchema,
  type FollowUpMethod,
  type InterventionKind,
  type InterventionStatus,
  type ParticipantRegistration,
} from '@samsyn/domain';
import { z } from 'zod';
import type { InterventionDetail } from './shared.tsx';

/** What the intervention form's controls hold: text, choices, and lists of checked ids. */
export interface InterventionFormValues {
  name: string;
  kind: InterventionKind;
  purpose: string;
  targetGroupIds: string[];
  targetGroupText: string;
  methodTagIds: string[];
  /** Comma-separated, as typed. */
  freeTags: string;
  /** 'forbund' or a member's id. */
  leadOrganisation: string;
  partnerMemberIds: string[];
  startDate: string;
  endDate: string;
  status: InterventionStatus;
  participantRegistration: ParticipantRegistration;
  /** '' for none. */
  localGroupId: string;
  /** The radio buttons' values. */
  isEsfFunded: 'yes' | 'no';
  /** '' for none chosen. */
  followUpMethod: FollowUpMethod | '';
  detailedDirection: string;
}

export const emptyInterventionValues: InterventionFormValues = {
  name: '',
  kind: 'individual',
  purpose: '',
  targetGroupIds: [],
  targetGroupText: '',
  methodTagIds: [],
  freeTags: '',
  leadOrganisation: 'forbund',
  partnerMemberIds: [],
  startDate: '',
  endDate: '',
  status: 'ongoing',
  participantRegistration: 'volume_only',
  localGroupId: '',
  isEsfFunded: 'no',
  followUpMethod: '',
  detailedDirection: '',
};

/** The form for a registered intervention. */
export function interventionValuesOf(detail: InterventionDetail): InterventionFormValues {
  const i = detail.intervention;
  return {
    name: i.name,
    kind: i.kind,
    purpose: i.purpose,
    targetGroupIds: [...i.targetGroupIds],
    targetGroupText: i.targetGroupText,
    methodTagIds: [...i.methodTagIds],
    freeTags: i.freeTags.join(', '),
    leadOrganisation: i.leadOrganisation.type === 'forbund' ? 'forbund' : i.leadOrganisation.memberId,
    partnerMemberIds: [...i.partnerMemberIds],
    startDate: i.startDate ?? '',
    endDate: i.endDate ?? '',
    status: i.status,
    participantRegistration: i.participantRegistration,
    localGroupId: i.localGroupId ?? '',
    isEsfFunded: i.isEsfFunded ? 'yes' : 'no',
    followUpMethod: i.followUpMethod ?? '',
    detailedDirection: i.detailedDirection,
  };
}

/** The API's input from the form (unvalidated). A checkbox group with nothing checked may hold `false`. */
export function interventionInputOf(values: InterventionFormValues): unknown {
  const list = (value: unknown) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  return {
    ...values,
    targetGroupIds: list(values.targetGroupIds),
    methodTagIds: list(values.methodTagIds),
    partnerMemberIds: list(values.partnerMemberIds),
    freeTags: values.freeTags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    leadOrganisation:
      values.leadOrganisation === 'forbund'
        ? { type: 'forbund' }
        : { type: 'member', memberId: values.leadOrganisation },
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    localGroupId: values.localGroupId || null,
    isEsfFunded: values.isEsfFunded === 'yes',
    followUpMethod: values.followUpMethod || null,
  };
}

/**
 * The form's schema: the domain's `createInterventionSchema` over the converted input, each problem
 * put on the control it belongs to (a duplicate tag at `freeTags.2` on the tags field).
 */
export const interventionFormSchema = z
  .custom<InterventionFormValues>((value) => typeof value === 'object' && value !== null)
  .transform((values, ctx): CreateInterventionInput => {
    const parsed = createInterventionSchema.safeParse(interventionInputOf(values));
    if (parsed.success) return parsed.data;
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      if (seen.has(field)) continue;
      seen.add(field);
      ctx.addIssue({ code: 'custom', message: issue.message, path: [field] });
    }
    return z.NEVER;
  });
