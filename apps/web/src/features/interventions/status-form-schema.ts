import { statusChangeSchema } from '@samsyn/domain';

/** The status form: the domain's status change without `isReopening`, which follows from the current status. */
export const statusFormSchema = statusChangeSchema.pick({ to: true, effectiveDate: true, note: true });
