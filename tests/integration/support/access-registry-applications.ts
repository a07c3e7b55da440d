/**
 * Access rules of `applications.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts ([under review, granted]). Each hostile input
 * names a real row of another förbund; the harmless inputs carry a stale version (CONFLICT before
 * anything changes) or input the schema refuses.
 */
import type { AccessRule, Victim } from './access-registry.ts';
import { blankApplicationFields } from './blank-application.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const application = (v: Victim) => first(v.applicationIds);
const fields = (v: Victim) => ({
  ...blankApplicationFields,
  title: 'Kapad ansökan',
  kind: 'individual',
  leadMemberId: first(v.memberIds),
  partyMemberIds: v.memberIds.slice(1, 2),
});

/** A write carrying the application's version: the hostile input, and the same with a stale version. */
const applicationWrite = (
  input: (v: Victim) => Record<string, unknown>,
  minRole: 'editor' | 'admin' = 'editor',
): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ applicationId: application(v), expectedVersion: 1, ...input(v) }),
  harmless: (v) => ({ applicationId: application(v), expectedVersion: stale, ...input(v) }),
});

export const applicationsAccessRules: Record<string, AccessRule> = {
  'applications.list': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ localGroupId: first(v.localGroupIds), year: 2031 }),
  },
  'applications.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ applicationId: application(v) }),
  },
  // Hostile: the victim's members as lead and party. Harmless: a title the schema refuses.
  'applications.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ ...fields(v), status: 'received' }),
    harmless: (v) => ({ ...fields(v), title: '', status: 'draft' }),
  },
  'applications.update': applicationWrite(fields),
  'applications.move': applicationWrite(() => ({
    to: 'withdrawn',
    effectiveDate: '2031-03-02',
    note: 'Kapad',
  })),
  // Editors may call it (the verb refuses them past draft); the victim's is under review.
  'applications.delete': applicationWrite(() => ({})),
  'applications.attachments.add': applicationWrite(() => ({
    title: 'Kapad bilaga',
    fileName: 'kapad.pdf',
    contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  })),
  'applications.attachments.remove': applicationWrite((v) => ({
    attachmentId: first(v.applicationAttachmentIds),
  })),
};
