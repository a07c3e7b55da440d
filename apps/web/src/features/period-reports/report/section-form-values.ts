import { assignSectionSchema, type ReportSource, sectionSettingsSchema } from '@samsyn/domain';
import { domainFormSchema } from '../list/domain-form-schema.ts';

/** The section settings dialog's controls: level and source as the select holds them ('' = written). */
export interface SectionSettingsValues {
  title: string;
  level: '1' | '2';
  numbered: boolean;
  enabled: boolean;
  source: string;
}

export function sectionSettingsValuesOf(section: {
  title: string;
  level: 1 | 2;
  numbered: boolean;
  enabled: boolean;
  source: ReportSource | null;
}): SectionSettingsValues {
  return {
    title: section.title,
    level: section.level === 2 ? '2' : '1',
    numbered: section.numbered,
    enabled: section.enabled,
    source: section.source ?? '',
  };
}

/** The domain's `sectionSettingsSchema` over the dialog: '' as source is "written by the förbund". */
export const sectionSettingsFormSchema = domainFormSchema(
  sectionSettingsSchema,
  (values: SectionSettingsValues) => ({
    ...values,
    level: Number(values.level),
    source: values.source === '' ? null : values.source,
  }),
);

/** The assignment dialog's controls: '' for nobody and no deadline. */
export interface AssignValues {
  assigneeUserId: string;
  deadline: string;
}

/** The domain's `assignSectionSchema` (without the section and version, which the page adds). */
export const assignFormSchema = domainFormSchema(
  assignSectionSchema.pick({ assigneeUserId: true, deadline: true }),
  (values: AssignValues) => ({
    assigneeUserId: values.assigneeUserId === '' ? null : values.assigneeUserId,
    deadline: values.deadline,
  }),
);
