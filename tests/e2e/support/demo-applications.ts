import type { Page } from '@playwright/test';
import { blankApplicationFields } from '../../integration/support/blank-application.ts';
import { call } from './trpc-call.ts';

/** The förbund's member whose name starts with `name` ("Region", "Sandviken"), by id; throws if none. */
export async function memberIdsByName(page: Page, tenant: string): Promise<(name: string) => string> {
  const { members } = await call<{ members: { id: string; name: string }[] }>(page, 'tenant.get', { tenant });
  return (name) => {
    const found = members.find((candidate) => candidate.name.startsWith(name));
    if (!found) throw new Error(`no member ${name} in the demo`);
    return found.id;
  };
}

/** A received application through the API: the fields given, the rest blank (no dates, goals or budget). */
export async function createReceivedApplication(
  page: Page,
  tenant: string,
  fields: { title: string; kind: string; leadMemberId: string; partyMemberIds: string[] } & Record<
    string,
    unknown
  >,
): Promise<{ id: string; version: number }> {
  return call(
    page,
    'applications.create',
    { tenant, status: 'received', ...blankApplicationFields, ...fields },
    true,
  );
}

/** Moves the application through the statuses in turn, each on the same day; returns its last version. */
export async function moveApplication(
  page: Page,
  tenant: string,
  application: { id: string; version: number },
  statuses: string[],
  effectiveDate: string,
): Promise<number> {
  let version = application.version;
  for (const to of statuses) {
    ({ version } = await call<{ version: number }>(
      page,
      'applications.move',
      { tenant, applicationId: application.id, expectedVersion: version, to, effectiveDate, note: '' },
      true,
    ));
  }
  return version;
}

/** A planned meeting of the demo förbund's Förbundsstyrelse on the day, 09–12 in Gävle. */
export async function planBoardMeeting(
  page: Page,
  tenant: string,
  meetingDate: string,
): Promise<{ id: string; version: number }> {
  const bodies = await call<{ id: string; name: string }[]>(page, 'organisation.bodies.list', { tenant });
  const board = bodies.find((body) => body.name === 'Förbundsstyrelse');
  if (!board) throw new Error('no Förbundsstyrelse in the demo');
  return call(
    page,
    'meetings.create',
    {
      tenant,
      bodyId: board.id,
      meetingDate,
      startsAt: '09:00',
      endsAt: '12:00',
      place: 'Gävle',
      onlineUrl: '',
      secretary: '',
    },
    true,
  );
}
