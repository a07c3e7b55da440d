import { describe, expect, it } from 'vitest';
import { issueMessageKey } from '../../lib/error-message.ts';
import { addMemberFormSchema, OTHER_MUNICIPALITY } from './add-member-schema.ts';

const typed = {
  kind: 'municipality' as const,
  municipalityCode: '2180',
  name: '',
  officialCode: '',
  joinedOn: '',
};

describe('addMemberFormSchema', () => {
  it('takes a listed municipality’s member name and code', () => {
    expect(addMemberFormSchema.parse(typed)).toEqual({
      kind: 'municipality',
      name: 'Gävle kommun',
      officialCode: '2180',
      joinedOn: null,
    });
  });

  it('takes the typed name and code for anything else', () => {
    expect(
      addMemberFormSchema.parse({
        ...typed,
        municipalityCode: OTHER_MUNICIPALITY,
        name: ' Nya kommunen ',
        officialCode: '',
        joinedOn: '2026-01-01',
      }),
    ).toEqual({ kind: 'municipality', name: 'Nya kommunen', officialCode: null, joinedOn: '2026-01-01' });
  });

  it('names a short name and a malformed code, as the API would', () => {
    const result = addMemberFormSchema.safeParse({
      ...typed,
      kind: 'region',
      name: 'X',
      officialCode: '123',
    });
    expect(
      Object.fromEntries(
        (result.error?.issues ?? []).map((issue) => [
          issue.path.join('.'),
          issueMessageKey(issue.message, issue.code),
        ]),
      ),
    ).toEqual({ name: 'validation.name.tooShort', officialCode: 'validation.officialCode.format' });
  });
});
