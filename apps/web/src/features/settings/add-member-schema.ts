import { addMemberInputSchema, findMunicipality, memberKindSchema } from '@samsyn/domain';
import { z } from 'zod';

/** The municipality select's choice for a member not in the county's list. */
export const OTHER_MUNICIPALITY = 'other';

/**
 * The add-member form: a municipality chosen from the county's list brings its own name and code;
 * otherwise the typed name and optional code. Then the domain's rules for a new member, so the
 * browser refuses what the API would, with the same sentences beside the same fields.
 */
export const addMemberFormSchema = z
  .object({
    kind: memberKindSchema,
    municipalityCode: z.string(),
    name: z.string(),
    officialCode: z.string(),
    joinedOn: z.string(),
  })
  .transform((values) => {
    const listed = values.kind === 'municipality' ? findMunicipality(values.municipalityCode) : undefined;
    return {
      kind: values.kind,
      name: listed ? listed.memberName : values.name,
      officialCode: listed ? listed.code : values.officialCode.trim() || null,
      joinedOn: values.joinedOn || null,
    };
  })
  .pipe(addMemberInputSchema);
